import { afterAll, describe, expect, it } from 'vitest';
import { RolesWithLinksDocument, RoleListDocument } from '../src/generated/graphql.js';
import { benchQueries, type BenchQuery } from '../src/bench/queries.js';
import { renderPath } from '../src/render/render-page.js';
import type { App } from '../src/server/app.js';
import { countStatements, data, ormWith, run, TEST_SITE, testApp } from './helpers.js';
import { syntheticContent, testShape } from '../src/seed/synthetic.js';
import type { Orm } from '../src/db/orm.js';

const shape = testShape;

const opened: Orm[] = [];
afterAll(async () => {
  for (const orm of opened) await orm.close();
});

/** One of the benchmark's requests, in-process: its data, or the page's HTML. */
async function answer(app: App, q: BenchQuery): Promise<unknown> {
  if (q.path) return renderPath(q.path, app.query, TEST_SITE.name);
  const result = await run(app, q.graphql!.query, q.graphql!.variables);
  if (result.errors?.length) throw new Error(`${q.name}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** Statement counts and answers of the four bench requests, on the database path and the store. */
async function benchFigures(roles: number) {
  const orm = await ormWith(syntheticContent(shape(roles), 's1'));
  opened.push(orm);
  const database = await testApp(orm, { publishedStore: false });
  // No poll of the content version while statements are counted (it would be counted too).
  const store = await testApp(orm, { contentPollMs: 3_600_000 });
  const out: Record<
    string,
    { db: number; store: number; dbAnswer: unknown; storeAnswer: unknown }
  > = {};
  for (const q of benchQueries('s1')) {
    let dbAnswer: unknown, storeAnswer: unknown;
    const db = await countStatements(orm, async () => (dbAnswer = await answer(database, q)));
    const mem = await countStatements(orm, async () => (storeAnswer = await answer(store, q)));
    out[q.name] = { db: db.count, store: mem.count, dbAnswer, storeAnswer };
  }
  await database.stop();
  await store.stop();
  return out;
}

describe('SQL statements per query (no N+1)', () => {
  it('the bench queries: the same count at 5 and 50 roles, none from the store, and the same answers', async () => {
    const small = await benchFigures(5);
    const large = await benchFigures(50);
    for (const name of ['rolePage', 'roleList', 'comparison', 'htmlPage', 'search']) {
      // The statement count does not grow with the lists.
      expect(large[name].db, name).toBe(small[name].db);
      expect(small[name].db, name).toBeGreaterThan(0);
      // The public's reads come from memory.
      expect(small[name].store, name).toBe(0);
      expect(large[name].store, name).toBe(0);
      // Both read paths give the same answer, byte for byte once serialised.
      expect(JSON.stringify(small[name].storeAnswer), name).toBe(
        JSON.stringify(small[name].dbAnswer),
      );
      expect(JSON.stringify(large[name].storeAnswer), name).toBe(
        JSON.stringify(large[name].dbAnswer),
      );
    }
    const list = large.roleList.storeAnswer as { roles: { totalCount: number; edges: unknown[] } };
    expect(list.roles.totalCount).toBe(50);
    expect(list.roles.edges).toHaveLength(50);
    const page = large.htmlPage.storeAnswer as { status: number; html: string };
    expect(page.status).toBe(200);
    expect(page.html).toContain('Role 0');
    console.log(
      'SQL statements (database path / store):',
      Object.entries(small)
        .map(
          ([name, f]) =>
            `${name} ${f.db}/${f.store} at 5 roles, ${large[name].db}/${large[name].store} at 50`,
        )
        .join('; '),
    );
  });

  it('is the same for 5 roles and for 50 roles with skills, technologies and hubs', async () => {
    const counts = [];
    for (const roles of [5, 50]) {
      const orm = await ormWith(syntheticContent(shape(roles)));
      opened.push(orm);
      const app = await testApp(orm, { publishedStore: false });
      let result: { roles: { edges: { node: Record<string, unknown> }[] } } | undefined;
      const counted = await countStatements(orm, async () => {
        result = await data(app, RolesWithLinksDocument, { first: 100 });
      });
      await app.stop();
      // The data really was loaded: every role with its full link lists.
      expect(result!.roles.edges).toHaveLength(roles);
      for (const { node } of result!.roles.edges) {
        expect(node.skills).toHaveLength(15);
        expect(node.technologies).toHaveLength(12);
        expect(node.hubs).toHaveLength(8);
      }
      counts.push(counted.count);
    }
    // One page query, then one batched query per relation.
    expect(counts).toEqual([4, 4]);
  });

  it('counts totalCount only when asked, in one statement', async () => {
    const orm = await ormWith(syntheticContent(shape(30)));
    opened.push(orm);
    const app = await testApp(orm, { publishedStore: false });
    const { count } = await countStatements(orm, () => data(app, RoleListDocument, { first: 10 }));
    // page + count + skills of the page
    expect(count).toBe(3);
    await app.stop();
  });
});
