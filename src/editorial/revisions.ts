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
  // Per locale and field (`translations.de-DE.name`); unknown for a revision that kept none.
  if (after.translations !== undefined && (before === null || before.translations !== undefined)) {
    const old = before?.translations ?? {};
    const now = after.translations;
    for (const locale of [...new Set([...Object.keys(old), ...Object.keys(now)])].sort()) {
      const was = old[locale] ?? {};
      const is = now[locale] ?? {};
      for (const field of [...new Set([...Object.keys(was), ...Object.keys(is)])].sort()) {
        const a = was[field] ?? null;
        const b = is[field] ?? null;
        if (canonical(a) !== canonical(b))
          changes.push({ field: `translations.${locale}.${field}`, before: a, after: b });
      }
    }
  }
  return changes;
}
