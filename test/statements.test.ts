import { afterAll, describe, expect, it } from 'vitest';
import { RolesWithLinksDocument, RoleListDocument } from '../src/generated/graphql.js';
import { countStatements, data, ormWith, testApp } from './helpers.js';
import { syntheticContent, testShape } from './fixtures/synthetic.js';
import type { Orm } from '../src/db/orm.js';

const shape = testShape;

const opened: Orm[] = [];
afterAll(async () => {
  for (const orm of opened) await orm.close();
});

async function statementsFor(roles: number) {
  const orm = await ormWith(syntheticContent(shape(roles)));
  opened.push(orm);
  const app = await testApp(orm);
  let result: Awaited<ReturnType<typeof data<unknown, { first: number }>>> | undefined;
  const counted = await countStatements(orm, async () => {
    result = await data(app, RolesWithLinksDocument, { first: 100 });
  });
  await app.stop();
  return {
    ...counted,
    result: result as {
      roles: { edges: { node: { skills: unknown[]; technologies: unknown[]; hubs: unknown[] } }[] };
    },
  };
}

describe('SQL statements per query (no N+1)', () => {
  it('is the same for 5 roles and for 50 roles with skills, technologies and hubs', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    // The data really was loaded: every role with its full link lists.
    expect(five.result.roles.edges).toHaveLength(5);
    expect(fifty.result.roles.edges).toHaveLength(50);
    for (const { node } of fifty.result.roles.edges) {
      expect(node.skills).toHaveLength(15);
      expect(node.technologies).toHaveLength(12);
      expect(node.hubs).toHaveLength(8);
    }
    expect(fifty.count).toBe(five.count);
    // One page query, then one batched query per relation.
    expect(five.count).toBe(4);
    console.log(`SQL statements: ${five.count} for 5 roles, ${fifty.count} for 50 roles`);
  });

  it('counts totalCount only when asked, in one statement', async () => {
    const orm = await ormWith(syntheticContent(shape(30)));
    opened.push(orm);
    const app = await testApp(orm);
    const { count } = await countStatements(orm, () => data(app, RoleListDocument, { first: 10 }));
    // page + count + skills of the page
    expect(count).toBe(3);
    await app.stop();
  });
});
