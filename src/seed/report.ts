import type { Change, LoadSummary } from './load.js';
import { nodeModels, nodeTypes } from './content-set.js';

function describeChange(change: Change): string {
  const sign = { create: '+', update: '~', delete: '-' }[change.action];
  if ('setting' in change) return `~ ${change.setting} (locales.yaml)`;
  const fields = change.action === 'update' ? ` (${change.fields.join(', ')})` : '';
  if ('type' in change) return `${sign} ${change.type} ${change.slug}${fields}`;
  return `${sign} link ${change.link} ${change.from} → ${change.to}${fields}`;
}

/** The diff of a load, one line per change: `+` created, `~` updated, `-` deleted. */
export function describeChanges(summary: LoadSummary): string[] {
  return summary.changes.map(describeChange);
}

/** One line per node type, then links, then a verdict. */
export function describeSummary(summary: LoadSummary, dryRun = false): string[] {
  const lines = nodeTypes.map((type) => {
    const c = summary.nodes[type];
    const deleted = c.deleted ? `, ${c.deleted} deleted` : '';
    return `${nodeModels[type].plural}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged${deleted}`;
  });
  const links = Object.values(summary.links).reduce(
    (sum, c) => ({
      created: sum.created + c.created,
      updated: sum.updated + c.updated,
      unchanged: sum.unchanged + c.unchanged,
      deleted: sum.deleted + c.deleted,
    }),
    { created: 0, updated: 0, unchanged: 0, deleted: 0 },
  );
  lines.push(
    `links: ${links.created} created, ${links.updated} updated, ${links.unchanged} unchanged, ${links.deleted} deleted`,
  );
  if (summary.unchanged) lines.push('No changes: the database already matches the files.');
  else lines.push(dryRun ? 'Dry run: nothing was written.' : 'Changes written in one transaction.');
  return lines;
}
