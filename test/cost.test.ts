import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type App, type RunningServer } from '../src/server/app.js';
import { syntheticContent, testShape } from '../src/seed/synthetic.js';
import { loadContent } from '../src/seed/load.js';
import { DEFAULT_LIMITS, operationCost } from '../src/graphql/limits.js';
import { buildAppSchema } from '../src/server/schema.js';
import { ormWith, silentLogger, TEST_SITE } from './helpers.js';

let orm: Orm;
let app: App;
let server: RunningServer;
let pageCount: number;

type Answer = {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions: { code: string; found?: number } }[];
};

const post = async (query: string): Promise<Answer> =>
  (await (
    await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
  ).json()) as Answer;

/** `n` aliased `pagesAffectedBy` calls, each with another slug (so no cached answer helps). */
const affected = (n: number, salt = '') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: pagesAffectedBy(type: ROLE, slug: "s-role-${String(i).padStart(4, '0')}${salt}")`).join(' ')} }`;

beforeAll(async () => {
  orm = await ormWith(syntheticContent(testShape(20)));
  app = await createApp({
    orm,
    logger: silentLogger,
    site: TEST_SITE,
    cacheBytes: 0,
    limits: { maxCost: 2000 },
  });
  server = await listen(app, 0);
  // The real number of pages, read with a generous limit.
  const wide = await createApp({ orm, logger: silentLogger, site: TEST_SITE });
  const { data } = (await (
    await fetch(`${(await listen(wide, 0)).origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ pages { path } }' }),
    })
  ).json()) as { data: { pages: { path: string }[] } };
  pageCount = data.pages.length;
  await wide.stop();
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('what a request costs', () => {
  it('prices pagesAffectedBy by the pages it scans, so a handful of aliases is refused before any work', async () => {
    expect(pageCount).toBeGreaterThan(100);
    const one = await post(affected(1));
    expect(one.errors).toBeUndefined();
    // Each call scans every page: n calls cost about n × pages, over the limit of 2000.
    const n = Math.ceil(2000 / pageCount) + 1;
    const many = await post(affected(n, '-x'));
    expect(many.data).toBeUndefined();
    expect(many.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(many.errors![0].message).toMatch(/cost limit of 2000 exceeded/);
    expect(many.errors![0].extensions.found).toBeGreaterThanOrEqual(n * pageCount);
  });

  it('prices pages as a list as long as the site, with what is selected of each', async () => {
    const paths = await post('{ pages { path } }');
    expect(paths.errors).toBeUndefined();
    const detailed = await post(
      '{ pages { path title description canonicalUrl jsonLd breadcrumbs { name path } } }',
    );
    expect(detailed.errors![0].message).toMatch(/cost limit of 2000 exceeded/);
    expect(detailed.errors![0].extensions.found).toBeGreaterThanOrEqual(5 * pageCount);
  });

  it('builds the page index once per content version, and again after a change', async () => {
    const store = app.content!.current()!;
    expect(app.pageIndexes.size(store)).toBe(pageCount);
    const first = await app.pageIndexes.pages(store, undefined, undefined);
    expect(await app.pageIndexes.pages(store, undefined, undefined)).toBe(first);
    const changed = syntheticContent(testShape(20));
    changed.nodes.find((n) => n.type === 'role')!.fields.name = 'Renamed Role';
    await loadContent(orm.em, changed);
    await app.content!.refresh();
    const next = app.content!.current()!;
    expect(next).not.toBe(store);
    const rebuilt = await app.pageIndexes.pages(next, undefined, undefined);
    expect(rebuilt).not.toBe(first);
    expect(rebuilt.some((p) => p.title.includes('Renamed Role'))).toBe(true);
  });

  it('answers pagesAffectedBy from the index: the paths of the pages that show the node', async () => {
    const { data } = await post('{ pagesAffectedBy(type: ROLE, slug: "s-role-0003") }');
    const paths = data!.pagesAffectedBy as string[];
    expect(paths).toContain('/roles/s-role-0003/');
    expect(paths.every((p) => p.startsWith('/'))).toBe(true);
  });
});

describe("the Studio's own documents", () => {
  it('each costs less than the default limit, so the app is never refused its own screens', async () => {
    const schema = await buildAppSchema();
    const folder = 'src/studio/api';
    const files = readdirSync(folder).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    const fragments = files.map((f) => readFileSync(`${folder}/${f}`, 'utf8')).join('\n');
    const document = parse(fragments);
    for (const definition of document.definitions) {
      if (definition.kind !== 'OperationDefinition') continue;
      const name = definition.name!.value;
      const cost = operationCost(schema, document, { pages: () => pageCount }, {}, name);
      expect(cost, name).toBeLessThan(DEFAULT_LIMITS.maxCost / 10);
    }
  });
});
