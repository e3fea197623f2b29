import type { FieldChange, NodeSnapshot } from './revision.entity.js';
import { canonical } from '../content/common/canonical.js';

/** Field-level difference between two snapshots; links are compared as whole lists. */
export function diff(before: NodeSnapshot | null, after: NodeSnapshot): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(after.fields)) {
    const old = before?.fields[field] ?? null;
    if (canonical(old) !== canonical(value)) changes.push({ field, before: old, after: value });
  }
  for (const [kind, list] of Object.entries(after.links)) {
    const old = before?.links[kind] ?? [];
    if (canonical(old) !== canonical(list))
      changes.push({ field: `links.${kind}`, before: old, after: list });
  }
  return changes;
}
