import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/index.js';
import { SearchIndex, type SearchDocument } from './search-index.js';

const doc = (type: string, slug: string, name: string): SearchDocument => ({
  ...{ id: `${type}:${slug}`, type, slug, name },
  ...{ aliases: [], summary: '', body: '' },
});
const index = SearchIndex.build([
  doc('Role', 'platform-engineer', 'Platform Engineer'),
  doc('Role', 'data-engineer', 'Data Engineer'),
  doc('Vacancy', 'senior-data-engineer', 'Senior Data Engineer'),
  doc('Technology', 'go', 'Go'),
]);

/** Every check the caller maps to BAD_USER_INPUT, with the argument it names. */
describe('bad input', () => {
  const rejects = (run: () => unknown, argumentName: string) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { argumentName } });
      return;
    }
    expect.fail(`expected BAD_USER_INPUT on ${argumentName}`);
  };

  it('refuses an empty, blank or over-long query', () => {
    rejects(() => index.search(''), 'query');
    rejects(() => index.search(' \t\n'), 'query');
    rejects(() => index.search('k'.repeat(201)), 'query');
    expect(index.search('k'.repeat(200)).totalCount).toBe(0);
    // Counted in characters, not UTF-16 units.
    expect(index.search('😀'.repeat(200)).totalCount).toBe(0);
  });

  it('refuses a page size over 100, negative or not whole', () => {
    for (const first of [101, -1, 1.5, Number.NaN])
      rejects(() => index.search('go', { first }), 'first');
    expect(index.search('go', { first: 100 }).totalCount).toBeGreaterThan(0);
  });

  it('refuses a cursor this search did not issue', () => {
    const cursor = index.search('engineer', { first: 1 }).pageInfo.endCursor!;
    const forged = (raw: string) => Buffer.from(raw).toString('base64url');
    for (const after of ['', 'abc', forged('slug:go'), forged('s1:0123456789ab:1'), `${cursor}!`]) {
      rejects(() => index.search('engineer', { after }), 'after');
    }
    // The same offset written another way is not a cursor this search wrote.
    const raw = Buffer.from(cursor, 'base64url').toString();
    rejects(
      () => index.search('engineer', { after: forged(raw.replace(/:(\d+)$/, ':0$1')) }),
      'after',
    );
    rejects(() => index.search('engineers', { after: cursor }), 'after');
    rejects(() => index.search('engineer ', { after: cursor }), 'after');
    rejects(() => index.search('engineer', { after: cursor, types: ['Role'] }), 'after');
    expect(index.search('engineer', { after: cursor }).pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('good input', () => {
  it('takes null as "not given", as GraphQL arguments arrive', () => {
    const r = index.search('engineer', { first: null, after: null, types: null });
    expect(r.totalCount).toBe(3);
  });

  it('keeps a cursor valid whatever order the same types are listed in', () => {
    const types = ['Role', 'Vacancy'];
    const page = index.search('engineer', { first: 1, types });
    const next = index.search('engineer', {
      after: page.pageInfo.endCursor,
      types: ['Vacancy', 'Role'],
    });
    expect(next.edges.map((e) => e.slug)).not.toContain(page.edges[0].slug);
    expect(next.edges).toHaveLength(2);
  });
});
