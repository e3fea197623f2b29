import { describe, expect, it } from 'vitest';
import type { NodeSnapshot } from './revision.entity.js';
import { diff } from './revisions.js';

/** A snapshot with these fields and link lists. */
function snapshot(
  fields: Record<string, unknown>,
  links: NodeSnapshot['links'] = {},
): NodeSnapshot {
  return { fields, links };
}

describe('diff of two revisions', () => {
  it('is empty when nothing changed', () => {
    const same = snapshot(
      { name: 'MLOps Engineer', teams: ['platform'], compensation: { text: 'High', factors: [] } },
      { roleSkill: [{ to: 'python', data: { level: 'core' } }] },
    );
    expect(diff(same, structuredClone(same))).toEqual([]);
  });

  it('reports a changed field with its value before and after', () => {
    const before = snapshot({ name: 'MLOps Engineer', summary: 'Runs models.' });
    const after = snapshot({ name: 'MLOps Engineer', summary: 'Runs models in production.' });
    expect(diff(before, after)).toEqual([
      { field: 'summary', before: 'Runs models.', after: 'Runs models in production.' },
    ]);
  });

  it('reports a field given a value as added from null, and one emptied as removed to null', () => {
    const before = snapshot({ website: null, keyDifference: 'Owns the platform.' });
    const after = snapshot({ website: 'https://example.com', keyDifference: null });
    expect(diff(before, after)).toEqual([
      { field: 'website', before: null, after: 'https://example.com' },
      { field: 'keyDifference', before: 'Owns the platform.', after: null },
    ]);
  });

  it('compares against nothing for the first revision: every field with a value', () => {
    const first = snapshot({ name: 'Kubernetes', website: null }, { roleHub: [] });
    expect(diff(null, first)).toEqual([{ field: 'name', before: null, after: 'Kubernetes' }]);
  });

  it('compares lists as a whole, in order', () => {
    const before = snapshot({ teams: ['platform', 'research'] });
    expect(diff(before, snapshot({ teams: ['research', 'platform'] }))).toEqual([
      { field: 'teams', before: ['platform', 'research'], after: ['research', 'platform'] },
    ]);
    expect(diff(before, snapshot({ teams: ['platform'] }))).toEqual([
      { field: 'teams', before: ['platform', 'research'], after: ['platform'] },
    ]);
  });

  it('compares nested objects by value, whatever their key order', () => {
    const before = snapshot({ compensation: { text: 'High', factors: ['scarcity'] } });
    const reordered = snapshot({ compensation: { factors: ['scarcity'], text: 'High' } });
    expect(diff(before, reordered)).toEqual([]);

    const changed = snapshot({ compensation: { text: 'High', factors: ['scarcity', 'on-call'] } });
    expect(diff(before, changed)).toEqual([
      {
        field: 'compensation',
        before: { text: 'High', factors: ['scarcity'] },
        after: { text: 'High', factors: ['scarcity', 'on-call'] },
      },
    ]);
  });

  it('reports a changed link list as `links.<kind>`, after the fields', () => {
    const python = { to: 'python', data: { level: 'core' } };
    const before = snapshot({ name: 'MLOps Engineer' }, { roleSkill: [python], roleHub: [] });
    const after = snapshot(
      { name: 'ML Platform Engineer' },
      { roleSkill: [{ to: 'python', data: { level: 'supporting' } }], roleHub: [] },
    );
    expect(diff(before, after)).toEqual([
      { field: 'name', before: 'MLOps Engineer', after: 'ML Platform Engineer' },
      {
        field: 'links.roleSkill',
        before: [python],
        after: [{ to: 'python', data: { level: 'supporting' } }],
      },
    ]);
  });

  it('reports a link list that was not there before against an empty list', () => {
    const hub = { to: 'london', data: {} };
    expect(diff(snapshot({}), snapshot({}, { roleHub: [hub] }))).toEqual([
      { field: 'links.roleHub', before: [], after: [hub] },
    ]);
  });
});
