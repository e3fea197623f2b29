import type { EntityManager } from '@mikro-orm/core';
import { nodeModels, nodeTypes } from './content-set.js';
import { loadContent, type LoadOptions, type LoadSummary } from './load.js';
import { SeedValidationError } from './problems.js';
import { readContentDir } from './read.js';

export { SeedValidationError, formatProblem, sortProblems, type Problem } from './problems.js';
export { readContentDir } from './read.js';
export { loadContent, type LoadSummary } from './load.js';
export type { ContentSet } from './content-set.js';

/**
 * Reads, validates and loads a seed folder. Throws `SeedValidationError` (and writes nothing)
 * when the files have errors.
 */
export async function seedFromDir(
  em: EntityManager,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const { content, problems } = await readContentDir(dir);
  if (problems.some((p) => p.severity === 'error')) throw new SeedValidationError(problems);
  return loadContent(em, content, options);
}

/** True when no content node is stored yet. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  const fork = em.fork();
  for (const type of nodeTypes) {
    if ((await fork.count(nodeModels[type].entity as never, {})) > 0) return false;
  }
  return true;
}

/** One line per node type that changed, e.g. `roles: 5 created, 0 updated, 0 unchanged`. */
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
  lines.push(
    summary.unchanged ? 'No changes.' : dryRun ? 'Dry run: nothing written.' : 'Changes written.',
  );
  return lines;
}
