import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../src/server/app.js';
import type { Orm } from '../src/db/orm.js';
import { nodeModels, nodeTypes } from '../src/content/model.js';
import { toGlobalId } from '../src/content/common/global-id.js';
import { importFeed } from '../src/vacancies/import.js';
import { codes, data, run, seededOrm, testApp, TEST_SITE } from './helpers.js';

let orm: Orm;
let app: App;
beforeAll(async () => {
  orm = await seededOrm();
  // Vacancies come from a feed, not the seed: one, so every type has a node.
  const job = {
    id: 'N-1',
    title: 'MLOps Engineer',
    role: 'mlops-engineer',
    hubs: ['london'],
    workplace: 'ONSITE',
    employmentType: 'FULL_TIME',
    datePosted: '2026-11-30',
    description: 'A job with no end date.',
  };
  await importFeed(orm.em, JSON.stringify([job]), { siteUrl: TEST_SITE.url });
  app = await testApp(orm);
});
afterAll(async () => {
  await app.stop();
  await orm.close();
});

interface Ident {
  __typename: string;
  id: string;
  slug: string;
}
type Listed = Record<string, { edges: { node: Ident }[] }>;

/** A few nodes of every type, as the lists give them. */
async function someOfEach(): Promise<Ident[]> {
  const selection = nodeTypes
    .map((t) => (t === 'faq' ? 'faqs' : nodeModels[t].plural))
    .map((plural) => `${plural}(first: 3) { edges { node { __typename id slug } } }`)
    .join(' ');
  const lists = await data<Listed, Record<string, never>>(app, `{ ${selection} }`);
  return Object.values(lists).flatMap((l) => l.edges.map((e) => e.node));
}

const BY_ID = `query ($id: ID!, $locale: String) { node(id: $id, locale: $locale) {
  __typename id
  ... on Specialism { slug name } ... on Role { slug name } ... on Skill { slug name }
  ... on Technology { slug name } ... on Industry { slug name } ... on Hub { slug name: city }
  ... on Employer { slug name } ... on Faq { slug name: question }
  ... on Vacancy { slug title }
} }`;

describe('global object identification (Relay)', () => {
  it('every content type implements Node with an id unique across types, and node(id) returns the node whose id it was given', async () => {
    const all = await someOfEach();
    expect(new Set(all.map((n) => n.__typename)).size).toBe(nodeTypes.length);
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
    for (const node of all) {
      const found = await data<{ node: Ident | null }, { id: string }>(app, BY_ID, { id: node.id });
      expect(found.node).toMatchObject(node);
    }
  });

  it('ids are the base64 of type and slug, so they survive restarts, engines and reloads', async () => {
    const got = await data<{ technology: { id: string } }, Record<string, never>>(
      app,
      '{ technology(slug: "kubernetes") { id } }',
    );
    expect(got.technology.id).toBe(Buffer.from('Technology:kubernetes').toString('base64'));
    expect(got.technology.id).toBe(toGlobalId('Technology', 'kubernetes'));
  });

  it('nodes(ids) keeps the order and gives null for ids that name nothing; node reads in a locale', async () => {
    const k8s = toGlobalId('Technology', 'kubernetes');
    const spec = toGlobalId('Specialism', 'ml-infrastructure');
    const result = await data<{ nodes: (Ident | null)[] }, Record<string, never>>(
      app,
      `{ nodes(ids: ["${spec}", "${toGlobalId('Technology', 'no-such-thing')}", "not an id", "${toGlobalId('Planet', 'mars')}", "${k8s}"]) { __typename id } }`,
    );
    expect(result.nodes).toEqual([
      { __typename: 'Specialism', id: spec },
      null,
      null,
      null,
      { __typename: 'Technology', id: k8s },
    ]);
    const german = await data<{ node: { name: string } }, { id: string; locale: string }>(
      app,
      BY_ID,
      { id: spec, locale: 'de-DE' },
    );
    expect(german.node.name).toBe('ML-Infrastruktur');
  });

  it('more than 100 ids, or an unknown locale, is BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => toGlobalId('Role', `r-${i}`));
    const many = await run(app, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(codes(many)).toEqual(['BAD_USER_INPUT']);
    const locale = await run(app, BY_ID, {
      id: toGlobalId('Role', 'mlops-engineer'),
      locale: 'xx-XX',
    });
    expect(codes(locale)).toEqual(['BAD_USER_INPUT']);
  });
});
