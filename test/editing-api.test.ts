import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';
import { exportToDir, seedFromDir } from '../src/seed/index.js';
import { as, countStatements, data, emptyOrm, testApp } from './helpers.js';

/**
 * The editing API a web app needs, over real HTTP with API tokens: editors' lists, what a
 * publish would do, and translations.
 */

const temps: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `rolegraph-${name}-`));
  temps.push(dir);
  return dir;
};

let orm: Orm;
let app: App;
let server: RunningServer;
const tokens: Record<'viewer' | 'editor', string> = { viewer: '', editor: '' };

beforeAll(async () => {
  // The base fixture, with German and French enabled.
  const dir = tempDir('seed');
  cpSync('test/fixtures/seed/base', dir, { recursive: true });
  writeFileSync(
    join(dir, 'locales.yaml'),
    'default: en-GB\nlocales:\n  en-GB:\n    name: English\n  de-DE:\n    name: Deutsch\n  fr-FR:\n    name: Français\n',
  );
  orm = await emptyOrm();
  await seedFromDir(orm.em, dir);
  app = await testApp(orm);
  server = await listen(app, 0);
  tokens.viewer = (await app.tokens.create('vera', TokenRole.VIEWER)).token;
  tokens.editor = (await app.tokens.create('eddie', TokenRole.EDITOR)).token;
});

afterAll(async () => {
  await server.close();
  await orm.close();
  temps.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

/** An answer's data as `fetch` gives any JSON body: untyped, read by each test as it expects. */
type Body = Awaited<ReturnType<Response['json']>>;

interface Answer<T> {
  data?: T;
  errors?: {
    message: string;
    extensions: { code: string; argumentName?: string; field?: string };
  }[];
}

/** One GraphQL request over HTTP, as the public, or with a token (and preview). */
async function gql<T = Record<string, Body>>(
  query: string,
  variables: Record<string, unknown> = {},
  as?: { token: string; preview?: boolean },
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (as) headers.authorization = `Bearer ${as.token}`;
  if (as?.preview) headers['x-preview'] = 'true';
  const res = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Answer<T>;
}

/** The data of a request that must succeed. */
async function ok<T = Record<string, Body>>(
  query: string,
  variables: Record<string, unknown> = {},
  as?: { token: string; preview?: boolean },
): Promise<T> {
  const answer = await gql<T>(query, variables, as);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

const editor = () => ({ token: tokens.editor });
const preview = () => ({ token: tokens.editor, preview: true });
const slugsOf = (c: { edges: { node: { slug: string } }[] }) => c.edges.map((e) => e.node.slug);

async function versionOf(type: string, slug: string): Promise<number> {
  const d = await ok(`{ ${type}(slug: "${slug}") { version } }`, {}, preview());
  return d[type].version as number;
}

describe('lists for editors', () => {
  it('filter by status, sort by name or last change, and tell each node’s version, status and who changed it', async () => {
    // A draft whose name sorts first and slug last; a published skill with a pending change.
    await ok(
      `mutation { createSkill(input: { slug: "zz-observability", name: "Aardvark observability", category: "core-technical" }) { slug } }`,
      {},
      editor(),
    );
    await ok(
      `mutation ($v: Int!) { updateSkill(slug: "communication", version: $v, input: { description: "Talks well." }) { slug } }`,
      { v: await versionOf('skill', 'communication') },
      editor(),
    );
    const list = `query ($status: ContentStatus, $orderBy: ContentOrder, $first: Int, $after: String) {
      skills(status: $status, orderBy: $orderBy, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { slug name version status hasUnpublishedChanges updatedBy updatedAt } }
      } }`;

    const drafts = (await ok(list, { status: 'DRAFT' }, preview())).skills;
    expect(slugsOf(drafts)).toEqual(['zz-observability']);
    expect(drafts.totalCount).toBe(1);
    expect(drafts.edges[0].node).toMatchObject({
      status: 'DRAFT',
      hasUnpublishedChanges: true,
      version: 1,
      updatedBy: 'eddie',
    });
    const changed = (await ok(list, { status: 'CHANGED' }, preview())).skills;
    expect(slugsOf(changed)).toEqual(['communication']);
    expect(changed.edges[0].node).toMatchObject({
      status: 'PUBLISHED',
      hasUnpublishedChanges: true,
      updatedBy: 'eddie',
    });
    const published = (await ok(list, { status: 'PUBLISHED' }, preview())).skills;
    expect(slugsOf(published)).toEqual(['communication', 'distributed-systems', 'systems-design']);
    // Loaded by the seed only: nobody changed them through the API.
    expect(published.edges[1].node.updatedBy).toBeNull();

    // The public sees published nodes only, without pending changes, and never who changed them.
    expect(slugsOf((await ok(list, { status: 'DRAFT' })).skills)).toEqual([]);
    expect(slugsOf((await ok(list, { status: 'CHANGED' })).skills)).toEqual([]);
    const pub = (await ok(list, { status: 'PUBLISHED' })).skills;
    expect(slugsOf(pub)).toHaveLength(3);
    expect(
      pub.edges.every((e: { node: { updatedBy: unknown } }) => e.node.updatedBy === null),
    ).toBe(true);

    // By name, as the reader sees it, page by page the same as in one page.
    const byName = (await ok(list, { orderBy: 'NAME' }, preview())).skills;
    const names = byName.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toEqual([
      'Aardvark observability',
      'Communication',
      'Distributed systems',
      'Systems design',
    ]);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Body = (await ok(list, { orderBy: 'NAME', first: 1, after }, preview())).skills;
      paged.push(...slugsOf(page));
      expect(page.totalCount).toBe(4);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(slugsOf(byName));

    // By last change, newest first: the skill changed last leads.
    const recent = (await ok(list, { orderBy: 'LAST_CHANGED' }, preview())).skills;
    expect(slugsOf(recent)[0]).toBe('communication');
    const times = recent.edges.map((e: { node: { updatedAt: string } }) => e.node.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);

    // A cursor from another order is not one this list issued.
    const wrong = await gql(
      list,
      { orderBy: 'LAST_CHANGED', after: byName.edges[0].cursor },
      preview(),
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'after',
    });

    // The filter combines with the others, on every plural query.
    const roles = await ok(
      `{ roles(status: PUBLISHED, orderBy: NAME, skill: "communication") { edges { node { slug } } } }`,
      {},
      preview(),
    );
    expect(slugsOf(roles.roles)).toEqual(['platform-engineer', 'site-reliability-engineer']);
  });
});

describe('who changed it, without N+1', () => {
  it('updatedBy costs one statement for a page, however long', async () => {
    // Every read from the database, so the count is the query's own.
    const dbApp = await testApp(orm, { publishedStore: false });
    try {
      const list = (first: number) =>
        `{ skills(first: ${first}, orderBy: LAST_CHANGED) { edges { node { slug updatedBy } } } }`;
      // The HTTP app on the same database polls the content version meanwhile: not counted.
      const own = (counted: { sql: string[] }) =>
        counted.sql.filter((q) => !q.includes('content_state')).length;
      const count = async (first: number) =>
        own(await countStatements(orm, () => data(dbApp, list(first), {}, as.preview)));
      const one = await count(1);
      expect(await count(4)).toBe(one);
      const without = own(
        await countStatements(orm, () =>
          data(
            dbApp,
            '{ skills(first: 4, orderBy: LAST_CHANGED) { edges { node { slug } } } }',
            {},
            as.preview,
          ),
        ),
      );
      expect(one - without).toBe(1);
    } finally {
      await dbApp.stop();
    }
  });
});

describe('what a publish will do', () => {
  it('publishPreview lists the fields and links that would change and the pages it touches, and changes nothing', async () => {
    const slug = 'platform-engineer';
    await ok(
      `mutation ($v: Int!) { updateRole(slug: "${slug}", version: $v, input: { summary: "Builds the paved road." }) { version } }`,
      { v: await versionOf('role', slug) },
      editor(),
    );
    await ok(
      `mutation { unlink(input: { kind: ROLE_SKILL, from: "${slug}", to: "communication" }) { version } }`,
      {},
      editor(),
    );
    await ok(
      `mutation { reorderLinks(input: { kind: ROLE_TECHNOLOGY, from: "${slug}", order: ["python", "kubernetes"] }) { version } }`,
      {},
      editor(),
    );
    const version = await versionOf('role', slug);
    const query = `{ publishPreview(type: ROLE, slug: "${slug}") {
      type slug fields { field before after } links { kind added removed changed } affectedPaths } }`;

    // A viewer may ask; the public may not.
    const refused = await gql(query);
    expect(refused.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const plan = (await ok(query, {}, { token: tokens.viewer })).publishPreview;
    expect(plan.fields).toEqual([
      {
        field: 'summary',
        before: 'Builds the internal developer platform.',
        after: 'Builds the paved road.',
      },
    ]);
    expect(plan.links).toEqual([
      { kind: 'ROLE_SKILL', added: [], removed: ['communication'], changed: false },
      { kind: 'ROLE_TECHNOLOGY', added: [], removed: [], changed: true },
    ]);
    expect(plan.affectedPaths).toContain(`/roles/${slug}/`);
    expect(plan.affectedPaths).toContain('/skills/communication/');

    // Nothing changed: the same version, the public still sees the old summary.
    expect(await versionOf('role', slug)).toBe(version);
    expect((await ok(`{ role(slug: "${slug}") { summary } }`)).role.summary).toBe(
      'Builds the internal developer platform.',
    );

    // The publish does what the preview said.
    await ok(`mutation { publish(type: ROLE, slug: "${slug}") { version } }`, {}, editor());
    const revisions = await ok(
      `{ revisions(type: ROLE, slug: "${slug}") { changes { field } } }`,
      {},
      editor(),
    );
    expect(revisions.revisions[0].changes.map((c: { field: string }) => c.field)).toEqual([
      'summary',
      'links.roleSkill',
      'links.roleTechnology',
    ]);
    const after = (
      await ok(
        `{ publishPreview(type: ROLE, slug: "${slug}") { fields { field } links { kind } } }`,
        {},
        editor(),
      )
    ).publishPreview;
    expect(after).toEqual({ fields: [], links: [] });

    const missing = await gql(
      `{ publishPreview(type: ROLE, slug: "nope") { slug } }`,
      {},
      editor(),
    );
    expect(missing.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('translations through the API', () => {
  const slug = 'distributed-systems';
  const set = `mutation ($locale: String!, $fields: JSON!, $v: Int!) {
    updateTranslation(type: SKILL, slug: "${slug}", locale: $locale, fields: $fields, version: $v) {
      version status hasUnpublishedChanges } }`;
  const read = `query ($locale: String) { skill(slug: "${slug}", locale: $locale) { name description } }`;

  it('refuses an unknown field, an untranslatable field, an unknown or the default locale, naming it, and changes nothing', async () => {
    const v = await versionOf('skill', slug);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ locale: 'de-DE', fields: { colour: 'rot' } }, 'field', 'fields.colour'],
      [{ locale: 'de-DE', fields: { category: 'kern' } }, 'field', 'fields.category'],
      [{ locale: 'xx-XX', fields: { name: 'x' } }, 'argumentName', 'locale'],
      [{ locale: 'en-GB', fields: { name: 'x' } }, 'argumentName', 'locale'],
      [{ locale: 'de-DE', fields: { name: '' } }, 'field', 'fields.name'],
    ];
    for (const [vars, key, where] of cases) {
      const answer = await gql(set, { ...vars, v }, editor());
      expect(answer.errors?.[0].extensions, JSON.stringify(vars)).toMatchObject({
        code: 'BAD_USER_INPUT',
        [key]: where,
      });
    }
    expect(
      (await gql(set, { locale: 'de-DE', fields: { colour: 'x' }, v }, editor())).errors?.[0]
        .message,
    ).toMatch(/unknown field "colour"/);
    expect(
      (await gql(set, { locale: 'de-DE', fields: { category: 'x' }, v }, editor())).errors?.[0]
        .message,
    ).toMatch(/untranslatable field "category"/);
    expect(
      (await gql(set, { locale: 'xx-XX', fields: { name: 'x' }, v }, editor())).errors?.[0].message,
    ).toMatch(/unknown locale "xx-XX"/);
    expect(await versionOf('skill', slug)).toBe(v);
    // A viewer may not.
    const viewer = await gql(
      set,
      { locale: 'de-DE', fields: { name: 'x' }, v },
      { token: tokens.viewer },
    );
    expect(viewer.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('waits as a draft on a published node, is public in the locale after publish, is in the revision, and is exported beside its file', async () => {
    const v = await versionOf('skill', slug);
    const state = (
      await ok(set, { locale: 'de-DE', fields: { name: 'Verteilte Systeme' }, v }, editor())
    ).updateTranslation;
    expect(state).toMatchObject({
      version: v + 1,
      status: 'PUBLISHED',
      hasUnpublishedChanges: true,
    });
    // A stale version is refused.
    const stale = await gql(set, { locale: 'de-DE', fields: { name: 'x' }, v }, editor());
    expect(stale.errors?.[0].extensions.code).toBe('CONFLICT');

    expect((await ok(read, { locale: 'de-DE' })).skill.name).toBe('Distributed systems');
    expect((await ok(read, { locale: 'de-DE' }, preview())).skill.name).toBe('Verteilte Systeme');
    expect(
      slugsOf(
        (await ok(`{ skills(status: CHANGED) { edges { node { slug } } } }`, {}, preview())).skills,
      ),
    ).toContain(slug);

    const plan = (
      await ok(
        `{ publishPreview(type: SKILL, slug: "${slug}") { fields { field before after } } }`,
        {},
        editor(),
      )
    ).publishPreview;
    expect(plan.fields).toEqual([
      { field: 'translations.de-DE.name', before: null, after: 'Verteilte Systeme' },
    ]);

    await ok(`mutation { publish(type: SKILL, slug: "${slug}") { version } }`, {}, editor());
    expect((await ok(read, { locale: 'de-DE' })).skill.name).toBe('Verteilte Systeme');
    expect((await ok(read, { locale: 'fr-FR' })).skill.name).toBe('Distributed systems');
    expect((await ok(read, {})).skill.name).toBe('Distributed systems');
    const revisions = await ok(
      `{ revisions(type: SKILL, slug: "${slug}") { actor changes { field before after } } }`,
      {},
      editor(),
    );
    expect(revisions.revisions[0]).toEqual({
      actor: 'eddie',
      changes: [{ field: 'translations.de-DE.name', before: null, after: 'Verteilte Systeme' }],
    });

    const out = tempDir('export');
    await exportToDir(orm.em.fork(), out);
    const german = readFileSync(join(out, 'taxonomy/skills.de-DE.yaml'), 'utf8');
    expect(german).toContain(`slug: ${slug}`);
    expect(german).toContain('name: Verteilte Systeme');

    // Cleared with null: the locale falls back again once published.
    await ok(
      set,
      { locale: 'de-DE', fields: { name: null }, v: await versionOf('skill', slug) },
      editor(),
    );
    await ok(`mutation { publish(type: SKILL, slug: "${slug}") { version } }`, {}, editor());
    expect((await ok(read, { locale: 'de-DE' })).skill.name).toBe('Distributed systems');
  });

  it('on a draft node the text goes straight into its working version', async () => {
    await ok(
      `mutation ($v: Int!) { updateTranslation(type: SKILL, slug: "zz-observability", locale: "fr-FR", fields: { name: "Observabilité" }, version: $v) { status } }`,
      { v: await versionOf('skill', 'zz-observability') },
      editor(),
    );
    const d = await ok(
      `{ skill(slug: "zz-observability", locale: "fr-FR") { name } }`,
      {},
      preview(),
    );
    expect(d.skill.name).toBe('Observabilité');
  });
});
