import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/server/app.js';
import type { Orm } from '../src/db/orm.js';
import { data, seededOrm, testApp } from './helpers.js';

/**
 * The committed relevance table (docs/search-relevance.md), run against the shipped content:
 * each row's node must rank where the row says.
 */
interface Row {
  query: string;
  locale: string | null;
  types: string[] | null;
  expected: string;
  rank: number;
}

function readTable(path: string): Row[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  // The header and its rule.
  return rows.slice(2).map(([query, locale, types, expected, rank]) => ({
    query,
    locale: locale || null,
    types: types ? types.split(',').map((t) => t.trim()) : null,
    expected,
    rank: Number(rank),
  }));
}

const TABLE = readTable('docs/search-relevance.md');

const SEARCH = `query ($query: String!, $locale: String, $types: [ContentType!]) {
  search(query: $query, locale: $locale, types: $types, first: 3) {
    edges { node { __typename ... on Specialism { slug } ... on Role { slug } ... on Skill { slug }
      ... on Technology { slug } ... on Industry { slug } ... on Hub { slug }
      ... on Employer { slug } ... on Faq { slug } } }
  }
}`;
type Found = { search: { edges: { node: { __typename: string; slug: string } }[] } };

let orm: Orm;
let app: App;
beforeAll(async () => {
  orm = await seededOrm();
  app = await testApp(orm);
});
afterAll(async () => {
  await app.stop();
  await orm.close();
});

describe('search relevance (docs/search-relevance.md)', () => {
  it('the table holds at least 30 queries, in English, German and French, each rank 1 or 3', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(30);
    expect(new Set(TABLE.map((r) => r.locale))).toEqual(new Set([null, 'de-DE', 'fr-FR']));
    for (const row of TABLE) {
      expect([1, 3], row.query).toContain(row.rank);
      expect(row.expected, row.query).toMatch(/^[a-z]+:[a-z0-9-]+$/);
    }
  });

  it.each(TABLE.map((r) => [r.query, r] as const))('%s', async (_query, row) => {
    const found = await data<Found, Record<string, unknown>>(app, SEARCH, {
      query: row.query,
      locale: row.locale,
      types: row.types,
    });
    const ranked = found.search.edges.map(
      (e) => `${e.node.__typename.toLowerCase()}:${e.node.slug}`,
    );
    expect(ranked.slice(0, row.rank), `top ${row.rank}`).toContain(row.expected);
  });
});
