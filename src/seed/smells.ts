import { linkModels, type ContentSet, type NodeRecord, type NodeType } from './content-set.js';
import type { Problem } from './problems.js';

/** A role with fewer skills than this is probably unfinished. */
export const MIN_SKILLS_PER_ROLE = 3;

/** Text editors leave to fill in later; `rolegraph new` writes it. */
export const PLACEHOLDER = /\bTODO\b/;

const at = (node: NodeRecord) => node.source ?? { file: '?', line: 1, column: 1 };

/**
 * Graph smells: content that loads but is probably a mistake. Reported as warnings (errors
 * with `check --strict`).
 */
export function findSmells(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const warn = (node: NodeRecord, message: string) =>
    problems.push({ ...at(node), severity: 'warning', message });

  const linkedTo = new Set<string>();
  for (const link of content.links) linkedTo.add(`${linkModels[link.kind].to[1]}:${link.to}`);
  const isRoot = (type: NodeType) => type === 'specialism';

  const skillCount = new Map<string, number>();
  for (const link of content.links) {
    if (link.kind === 'roleSkill') skillCount.set(link.from, (skillCount.get(link.from) ?? 0) + 1);
  }

  const named = new Map<string, NodeRecord>();
  for (const node of content.nodes) {
    const name = String(
      node.fields.name ?? node.fields.city ?? node.fields.question ?? '',
    ).toLowerCase();
    const key = `${node.type}:${name}`;
    const first = named.get(key);
    if (name && first) {
      warn(
        node,
        `${node.type} "${node.slug}" has the same name as "${first.slug}": their pages would share a title`,
      );
    } else named.set(key, node);
  }

  for (const node of content.nodes) {
    if (!isRoot(node.type) && !linkedTo.has(`${node.type}:${node.slug}`)) {
      warn(node, `${node.type} "${node.slug}" is not linked from anything, so no page shows it`);
    }
    if (node.type === 'role') {
      const count = skillCount.get(node.slug) ?? 0;
      if (count < MIN_SKILLS_PER_ROLE) {
        warn(
          node,
          `role "${node.slug}" has ${count} skill${count === 1 ? '' : 's'}; a role usually needs at least ${MIN_SKILLS_PER_ROLE}`,
        );
      }
    }
    if (node.type === 'faq' && String(node.fields.answer ?? '').trim() === '') {
      warn(node, `FAQ "${node.slug}" has an empty answer`);
    }
  }
  return problems;
}

/**
 * Warns about every text value that still holds a TODO placeholder: a warning for `check` while
 * drafting, an error for `seed` (see `forLoading`).
 */
export function findPlaceholders(
  data: unknown,
  locate: (path: (string | number)[]) => { file: string; line: number; column: number },
): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (PLACEHOLDER.test(value)) {
        const field = path.filter((p) => typeof p === 'string').join('.');
        problems.push({
          ...locate(path),
          severity: 'warning',
          message: `${field || 'value'}: placeholder text left to fill in`,
          refusedBySeed: true,
        });
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    }
  };
  walk(data, []);
  return problems;
}
