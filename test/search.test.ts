import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/server/app.js';
import type { Orm } from '../src/db/orm.js';
import { buildAppSchema } from '../src/server/schema.js';
import { operationCost } from '../src/graphql/limits.js';
import { toGlobalId } from '../src/content/common/global-id.js';
import { as, codes, data, run, seededOrm, snapshot, testApp } from './helpers.js';

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

const SEARCH = `query ($query: String!, $locale: String, $types: [ContentType!], $first: Int, $after: String) {
  search(query: $query, locale: $locale, types: $types, first: $first, after: $after) {
    totalCount matchedAllWords
    facets { type count }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      cursor score
      node { __typename id
        ... on Specialism { slug name } ... on Role { slug name } ... on Skill { slug name }
        ... on Technology { slug name } ... on Industry { slug name } ... on Hub { slug name: city }
        ... on Employer { slug name } ... on Faq { slug name: question } }
      highlights { field snippet html matches { start end } }
    }
  }
}`;

interface Edge {
  cursor: string;
  score: number;
  node: { __typename: string; id: string; slug: string; name: string };
  highlights: {
    field: string;
    snippet: string;
    html: string;
    matches: { start: number; end: number }[];
  }[];
}
interface Found {
  search: {
    totalCount: number;
    matchedAllWords: boolean;
    facets: { type: string; count: number }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Edge[];
  };
}
type Vars = {
  query: string;
  locale?: string | null;
  types?: string[] | null;
  first?: number | null;
  after?: string | null;
};

const search = (variables: Vars, auth = as.public) =>
  run<Found, Vars>(app, SEARCH, variables, auth);
const found = async (variables: Vars, auth = as.public) => {
  const result = await search(variables, auth);
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data!.search;
};
const top = (edges: Edge[], n = 3) => edges.slice(0, n).map((e) => e.node.slug);

describe('search: what the issue asks', () => {
  it('kubernets, k8s and golang put Kubernetes, Kubernetes and Go in the top three', async () => {
    expect(top((await found({ query: 'kubernets' })).edges)).toContain('kubernetes');
    expect(top((await found({ query: 'k8s' })).edges)).toContain('kubernetes');
    expect(top((await found({ query: 'golang' })).edges)).toContain('go');
  });

  it('"mlops eng" among roles puts MLOps Engineer in the top three', async () => {
    const result = await found({ query: 'mlops eng', types: ['ROLE'] });
    expect(top(result.edges)).toContain('mlops-engineer');
    expect(result.edges.every((e) => e.node.__typename === 'Role')).toBe(true);
  });

  it('"Infrastruktur" in de-DE among specialisms finds ML Infrastructure, read and highlighted in German', async () => {
    const result = await found({ query: 'Infrastruktur', locale: 'de-DE', types: ['SPECIALISM'] });
    const first = result.edges[0];
    expect(first.node).toMatchObject({ slug: 'ml-infrastructure', name: 'ML-Infrastruktur' });
    expect(first.highlights[0]).toMatchObject({
      field: 'NAME',
      snippet: 'ML-Infrastruktur',
      html: 'ML-<mark>Infrastruktur</mark>',
      matches: [{ start: 3, end: 16 }],
    });
  });

  it('node(id) returns the node a result carries', async () => {
    const [edge] = (await found({ query: 'k8s' })).edges;
    const again = await data<{ node: { __typename: string; id: string } }, { id: string }>(
      app,
      'query ($id: ID!) { node(id: $id) { __typename id } }',
      { id: edge.node.id },
    );
    expect(again.node).toEqual({
      __typename: 'Technology',
      id: toGlobalId('Technology', 'kubernetes'),
    });
  });

  it('an alias match is highlighted in the aliases; a name match outranks it', async () => {
    const result = await found({ query: 'golang' });
    const go = result.edges.find((e) => e.node.slug === 'go')!;
    expect(go.highlights.map((h) => h.field)).toContain('ALIASES');
    for (const h of go.highlights)
      for (const m of h.matches)
        expect(h.snippet.slice(m.start, m.end).toLowerCase()).toBe('golang');
    const scores = result.edges.map((e) => e.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('snippets are HTML-escaped around the marks', async () => {
    const result = await found({ query: 'declarative configuration' });
    const summary = result.edges[0].highlights.find((h) => h.field === 'SUMMARY')!;
    expect(summary.snippet).toContain("HashiCorp's");
    expect(summary.html).toContain('HashiCorp&#39;s');
    expect(summary.html).toContain('<mark>declarative</mark>');
    expect(summary.html).not.toMatch(/<(?!\/?mark>)/);
  });
});

describe('search: counts, facets and pages', () => {
  it('facets count every type before the filter; totalCount counts the filtered list', async () => {
    const all = await found({ query: 'engineer' });
    const sum = all.facets.reduce((n, f) => n + f.count, 0);
    expect(sum).toBe(all.totalCount);
    expect(all.facets.length).toBeGreaterThan(1);
    const roles = await found({ query: 'engineer', types: ['ROLE'] });
    expect(roles.facets).toEqual(all.facets);
    expect(roles.totalCount).toBe(all.facets.find((f) => f.type === 'ROLE')!.count);
  });

  it('pages follow one another without gaps or repeats, and a cursor from another search is refused', async () => {
    const whole = (
      await data<{ search: { edges: { cursor: string; node: { id: string } }[] } }, Vars>(
        app,
        'query ($query: String!) { search(query: $query, first: 100) { edges { cursor node { id } } } }',
        { query: 'engineer' },
      )
    ).search;
    expect(whole.edges.length).toBeGreaterThan(14);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Found['search'] = await found({ query: 'engineer', first: 7, after });
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.edges).toHaveLength(7);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.edges.map((e) => e.node.id));
    const foreign = await search({ query: 'platform', after: whole.edges[0].cursor });
    expect(codes(foreign)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('search: bad input is BAD_USER_INPUT and changes nothing', () => {
  it.each([
    ['an empty query', { query: '' }],
    ['a blank query', { query: '   ' }],
    ['a query over 200 characters', { query: 'k'.repeat(201) }],
    ['first over 100', { query: 'kubernetes', first: 101 }],
    ['a negative first', { query: 'kubernetes', first: -1 }],
    ['an unknown type', { query: 'kubernetes', types: ['PLANET'] }],
    ['an unknown locale', { query: 'kubernetes', locale: 'xx-XX' }],
    ['a cursor this API did not issue', { query: 'kubernetes', after: 'bm90IGEgY3Vyc29y' }],
  ] as [string, Vars][])('%s', async (_what, variables) => {
    const before = await snapshot(orm);
    const result = await search(variables);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await snapshot(orm)).toEqual(before);
  });

  it('200 characters are accepted', async () => {
    expect((await search({ query: 'k'.repeat(200) })).errors).toBeUndefined();
  });
});

describe('search: cost', () => {
  it('counts a search like a connection of its page size', async () => {
    const schema = await buildAppSchema();
    const cost = (query: string) => operationCost(schema, parse(query), { pages: () => 100 });
    const node = '{ edges { node { id } } }';
    expect(cost(`{ search(query: "x", first: 50) ${node} }`)).toBe(
      cost(`{ roles(first: 50) ${node} }`),
    );
    expect(cost(`{ search(query: "x", first: 100) ${node} }`)).toBeGreaterThan(
      cost(`{ search(query: "x", first: 10) ${node} }`),
    );
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => `id${i}`));
    expect(cost(`{ nodes(ids: ${ids(100)}) { id } }`)).toBeGreaterThan(
      10 * cost(`{ nodes(ids: ${ids(5)}) { id } }`) - 10,
    );
  });

  it('a search too costly for the limit is refused before it runs', async () => {
    const strict = await testApp(orm, { limits: { maxCost: 1000 } });
    try {
      const heavy = `{ search(query: "engineer", first: 100) { edges { node { id ... on Role { skills { name } } } } } }`;
      const result = await run(strict, heavy);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].message).toMatch(/cost limit/);
      const light = await run(strict, `{ search(query: "engineer", first: 10) { totalCount } }`);
      expect(light.errors).toBeUndefined();
    } finally {
      await strict.stop();
    }
  });
});

describe('search: drafts', () => {
  it('the public searches published content; preview searches the working versions; publishing makes them public', async () => {
    const { technology } = await data<{ technology: { version: number } }, Record<string, never>>(
      app,
      '{ technology(slug: "kubernetes") { version } }',
    );
    await data(
      app,
      `mutation { updateTechnology(slug: "kubernetes", version: ${technology.version}, input: { aliases: ["K8s", "Helmsman"] }) { slug } }`,
      {},
      as.editor,
    );
    await data(
      app,
      'mutation { createTechnology(input: { slug: "quokkaflow", name: "Quokkaflow", category: "workflow-orchestration" }) { slug } }',
      {},
      as.editor,
    );
    expect((await found({ query: 'helmsman' })).totalCount).toBe(0);
    expect((await found({ query: 'quokkaflow' })).totalCount).toBe(0);
    expect(top((await found({ query: 'helmsman' }, as.preview)).edges)).toEqual(['kubernetes']);
    expect(top((await found({ query: 'quokkaflw' }, as.preview)).edges)).toEqual(['quokkaflow']);

    await data(
      app,
      'mutation { publish(type: TECHNOLOGY, slug: "kubernetes") { slug } }',
      {},
      as.editor,
    );
    await data(
      app,
      'mutation { publish(type: TECHNOLOGY, slug: "quokkaflow") { slug } }',
      {},
      as.editor,
    );
    expect(top((await found({ query: 'helmsman' })).edges)).toEqual(['kubernetes']);
    expect(top((await found({ query: 'quokkaflow' })).edges)).toEqual(['quokkaflow']);
  });
});
