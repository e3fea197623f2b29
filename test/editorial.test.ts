import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import type { App } from '../src/server/app.js';
import type { RequestAuth } from '../src/server/auth.js';
import { buildAppSchema } from '../src/server/schema.js';
import { as, codes, data, emptyOrm, run, testApp } from './helpers.js';
import { seedFromDir } from '../src/seed/index.js';

const BASE = 'test/fixtures/seed/base';
let orm: Orm;
let app: App;

beforeAll(async () => {
  orm = await emptyOrm();
  await seedFromDir(orm.em, BASE);
  app = await testApp(orm);
});

afterAll(async () => {
  await app.stop();
  await orm.close();
});

/** A literal of the right type for an argument; values need not be valid, only well typed. */
function literal(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return literal(type.ofType);
  if (type instanceof GraphQLList) return `[${literal(type.ofType)}]`;
  if (type instanceof GraphQLEnumType) return type.getValues()[0].name;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter((f) => f.type instanceof GraphQLNonNull);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  const scalar = type as GraphQLScalarType;
  return (
    { Int: '1', Boolean: 'false', Float: '1', DateTimeISO: '"2030-01-01T00:00:00Z"' }[
      scalar.name
    ] ?? '"x"'
  );
}

/** An operation calling one root field with its required arguments; `fields` for an object. */
function call(
  name: string,
  args: readonly GraphQLArgument[],
  returns: unknown,
  kind: 'mutation' | 'query',
  fields = '__typename',
) {
  const given = args
    .filter((a) => a.type instanceof GraphQLNonNull)
    .map((a) => `${a.name}: ${literal(a.type)}`);
  const named = getNamedType(returns as never);
  const selection = isObjectType(named) ? ` { ${fields} }` : '';
  return `${kind} { ${name}${given.length ? `(${given.join(', ')})` : ''}${selection} }`;
}

const ADMIN_ONLY = new Set([
  'createWebhook',
  'deleteWebhook',
  'resendWebhookDelivery',
  'auditLog',
  'webhooks',
  'webhookDeliveries',
  'inviteUser',
  'changeUserRole',
  'deactivateUser',
  'resetUserPassword',
  'users',
  'apiTokens',
  'createApiToken',
  'revokeApiToken',
]);
/**
 * Mutations anyone may call: the enquiry and application forms, and the account ones that stand on their own
 * proof (a password, a one-time code) or on the session itself (test/accounts.test.ts).
 */
const PUBLIC_MUTATIONS = new Set([
  'submitEnquiry',
  'submitApplication',
  'signIn',
  'signOut',
  'signOutEverywhere',
  'acceptInvitation',
  'resetPassword',
]);
const VIEWER_OK = new Set(['revisions', 'editorNodes', 'editorNode']);
const EDITOR_QUERIES = new Set(['enquiries', 'applications']);

describe('who may change what', () => {
  it('every mutation refuses the public (UNAUTHENTICATED) and a viewer (FORBIDDEN), and lets the right role through', async () => {
    const schema = await buildAppSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter(
      (f) => !PUBLIC_MUTATIONS.has(f.name),
    );
    expect(mutations.length).toBeGreaterThan(30);
    for (const field of mutations) {
      const text = call(field.name, field.args, field.type, 'mutation');
      expect(codes(await run(app, text, {}, as.public)), `public: ${text}`).toEqual([
        'UNAUTHENTICATED',
      ]);
      expect(codes(await run(app, text, {}, as.viewer)), `viewer: ${text}`).toEqual(['FORBIDDEN']);
      const editor = codes(await run(app, text, {}, as.editor));
      if (ADMIN_ONLY.has(field.name)) expect(editor, `editor: ${text}`).toEqual(['FORBIDDEN']);
      else
        expect(
          editor.filter((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN'),
          `editor: ${text}`,
        ).toEqual([]);
      const admin = codes(await run(app, text, {}, as.admin));
      expect(
        admin.filter((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN'),
        `admin: ${text}`,
      ).toEqual([]);
    }
  });

  it('editorial queries need their role too', async () => {
    const schema = await buildAppSchema();
    const fields = schema.getQueryType()!.getFields();
    const names = [...ADMIN_ONLY, ...VIEWER_OK, ...EDITOR_QUERIES].filter((n) => fields[n]);
    expect(names.sort()).toEqual([
      'apiTokens',
      'applications',
      'auditLog',
      'editorNode',
      'editorNodes',
      'enquiries',
      'revisions',
      'users',
      'webhookDeliveries',
      'webhooks',
    ]);
    for (const name of names) {
      // Ask for something the resolver must produce: a connection's count, a list's items.
      const connection = getNamedType(fields[name].type).name.endsWith('Connection');
      const text = call(
        name,
        fields[name].args,
        fields[name].type,
        'query',
        connection ? 'totalCount' : '__typename',
        // One node: one that exists (the first ContentType is SPECIALISM).
      ).replace('slug: "x"', name === 'editorNode' ? 'slug: "platforms"' : 'slug: "x"');
      /** Refused: the code, and no data at all. Let through: no error, and the answer. */
      const expectAnswer = async (auth: RequestAuth, refusal: string | null) => {
        const result = await run(app, text, {}, auth);
        const answer = (result.data as Record<string, unknown> | null | undefined)?.[name];
        if (refusal) {
          expect(codes(result), name).toEqual([refusal]);
          expect(result.data ?? null, name).toBeNull();
        } else {
          expect(codes(result), name).toEqual([]);
          if (connection)
            expect((answer as { totalCount: unknown }).totalCount, name).toEqual(
              expect.any(Number),
            );
          else if (name === 'editorNode')
            expect(answer, name).toEqual({ __typename: 'EditorNode' });
          else expect(answer, name).toEqual(expect.any(Array));
        }
      };
      await expectAnswer(as.public, 'UNAUTHENTICATED');
      await expectAnswer(as.viewer, VIEWER_OK.has(name) ? null : 'FORBIDDEN');
      await expectAnswer(as.editor, ADMIN_ONLY.has(name) ? 'FORBIDDEN' : null);
      await expectAnswer(as.admin, null);
    }
  });
});

const ROLE_INPUT = {
  slug: 'data-platform-engineer',
  name: 'Data Platform Engineer',
  summary: 'Builds the data platform that analysts and ML teams use.',
  description: 'Owns ingestion, storage and the tooling around them.',
  primaryFocus: 'Data platforms',
  keyDifference: 'Builds data infrastructure rather than models.',
  responsibilities: ['Run the data platform'],
};

const state = '{ slug status version hasUnpublishedChanges }';

describe('drafts, publishing and revisions', () => {
  it('a new node is a draft: preview sees it, the public does not, until it is published', async () => {
    const created = await data<
      { createRole: { slug: string; status: string; version: number } },
      { input: typeof ROLE_INPUT }
    >(
      app,
      `mutation ($input: RoleInput!) { createRole(input: $input) { slug status version name } }`,
      { input: ROLE_INPUT },
      as.editor,
    );
    expect(created.createRole).toMatchObject({
      slug: ROLE_INPUT.slug,
      status: 'DRAFT',
      version: 1,
    });

    const lookup = `{ role(slug: "${ROLE_INPUT.slug}") { name } roles(first: 100) { totalCount edges { node { slug } } } }`;
    const pub = await data<
      { role: null; roles: { edges: { node: { slug: string } }[] } },
      Record<string, never>
    >(app, lookup);
    expect(pub.role).toBeNull();
    expect(pub.roles.edges.map((e) => e.node.slug)).not.toContain(ROLE_INPUT.slug);
    const preview = await data<{ role: { name: string } }, Record<string, never>>(
      app,
      lookup,
      {},
      as.preview,
    );
    expect(preview.role.name).toBe('Data Platform Engineer');
    // A viewer token without preview is the public view.
    expect(
      (await data<{ role: null }, Record<string, never>>(app, lookup, {}, as.viewer)).role,
    ).toBeNull();

    await data(
      app,
      `mutation { link(input: { kind: SPECIALISM_ROLE, from: "platforms", to: "${ROLE_INPUT.slug}" }) ${state} }`,
      {},
      as.editor,
    );
    await data(
      app,
      `mutation { link(input: { kind: ROLE_SKILL, from: "${ROLE_INPUT.slug}", to: "systems-design", level: SUPPORTING }) ${state} }`,
      {},
      as.editor,
    );
    // Publishing the role shows it; the specialism's new link waits for the specialism's publish.
    await data(
      app,
      `mutation { publish(type: ROLE, slug: "${ROLE_INPUT.slug}") ${state} }`,
      {},
      as.editor,
    );
    const afterRole = await data<
      {
        role: {
          name: string;
          skillLinks: { level: string; skill: { slug: string } }[];
          specialisms: { slug: string }[];
        };
      },
      Record<string, never>
    >(
      app,
      `{ role(slug: "${ROLE_INPUT.slug}") { name skillLinks { level skill { slug } } specialisms { slug } } }`,
    );
    expect(afterRole.role.name).toBe('Data Platform Engineer');
    expect(afterRole.role.skillLinks).toEqual([
      { level: 'SUPPORTING', skill: { slug: 'systems-design' } },
    ]);
    expect(afterRole.role.specialisms).toEqual([]);
    await data(
      app,
      `mutation { publish(type: SPECIALISM, slug: "platforms") ${state} }`,
      {},
      as.editor,
    );
    const afterSpecialism = await data<
      { specialism: { roles: { slug: string }[] } },
      Record<string, never>
    >(app, '{ specialism(slug: "platforms") { roles { slug } } }');
    expect(afterSpecialism.specialism.roles.map((r) => r.slug)).toEqual([
      'platform-engineer',
      'site-reliability-engineer',
      ROLE_INPUT.slug,
    ]);
  });

  it('edits to a published node wait as a draft; publish stores a revision with the diff; restore brings one back', async () => {
    const read = `{ role(slug: "platform-engineer") { summary version hasUnpublishedChanges technologies { slug } } }`;
    type R = {
      role: {
        summary: string;
        version: number;
        hasUnpublishedChanges: boolean;
        technologies: { slug: string }[];
      };
    };
    const before = (await data<R, Record<string, never>>(app, read)).role;
    const updated = await data<
      { updateRole: { summary: string; version: number; hasUnpublishedChanges: boolean } },
      { v: number }
    >(
      app,
      'mutation ($v: Int!) { updateRole(slug: "platform-engineer", version: $v, input: { summary: "Builds the paved road for every team." }) { summary version hasUnpublishedChanges } }',
      { v: before.version },
      as.editor,
    );
    expect(updated.updateRole).toMatchObject({
      summary: 'Builds the paved road for every team.',
      hasUnpublishedChanges: true,
    });
    expect(updated.updateRole.version).toBe(before.version + 1);
    await data(
      app,
      'mutation { unlink(input: { kind: ROLE_TECHNOLOGY, from: "platform-engineer", to: "python" }) { version } }',
      {},
      as.editor,
    );

    // The public still sees the published version; preview sees the draft.
    expect((await data<R, Record<string, never>>(app, read)).role).toMatchObject({
      summary: before.summary,
      technologies: before.technologies,
    });
    const preview = (await data<R, Record<string, never>>(app, read, {}, as.preview)).role;
    expect(preview.summary).toBe('Builds the paved road for every team.');
    expect(preview.technologies.map((t) => t.slug)).toEqual(['kubernetes']);

    await data(
      app,
      'mutation { publish(type: ROLE, slug: "platform-engineer") { status } }',
      {},
      as.editor,
    );
    const live = (await data<R, Record<string, never>>(app, read)).role;
    expect(live).toMatchObject({
      summary: 'Builds the paved road for every team.',
      hasUnpublishedChanges: false,
    });
    expect(live.technologies.map((t) => t.slug)).toEqual(['kubernetes']);

    type Revs = {
      revisions: {
        id: number;
        actor: string;
        changes: { field: string; before: unknown; after: unknown }[];
      }[];
    };
    const { revisions } = await data<Revs, Record<string, never>>(
      app,
      '{ revisions(type: ROLE, slug: "platform-engineer") { id actor changes { field before after } } }',
      {},
      as.viewer,
    );
    // Loading the seed files was the first publish; this one records just what changed.
    expect(revisions.map((r) => r.actor)).toEqual(['test-editor', 'seed']);
    expect(revisions[0].changes.map((c) => c.field)).toEqual(['summary', 'links.roleTechnology']);
    expect(revisions[0].changes[0]).toEqual({
      field: 'summary',
      before: before.summary,
      after: 'Builds the paved road for every team.',
    });
    await data(
      app,
      `mutation { updateRole(slug: "platform-engineer", version: ${live.version}, input: { primaryFocus: "Internal platforms" }) { version } }`,
      {},
      as.editor,
    );
    await data(
      app,
      'mutation { publish(type: ROLE, slug: "platform-engineer") { status } }',
      {},
      as.editor,
    );
    const again = (
      await data<Revs, Record<string, never>>(
        app,
        '{ revisions(type: ROLE, slug: "platform-engineer") { id actor changes { field before after } } }',
        {},
        as.viewer,
      )
    ).revisions;
    expect(again).toHaveLength(3);
    expect(again[0].changes).toEqual([
      { field: 'primaryFocus', before: 'Developer platforms', after: 'Internal platforms' },
    ]);

    // Restore the files' version: it comes back as a draft, and goes live on publish.
    await data(
      app,
      `mutation { restoreRevision(id: ${again[2].id}) { hasUnpublishedChanges } }`,
      {},
      as.editor,
    );
    const stillLive = await data<R, Record<string, never>>(app, read);
    expect(stillLive.role.summary).toBe('Builds the paved road for every team.');
    await data(
      app,
      'mutation { publish(type: ROLE, slug: "platform-engineer") { status } }',
      {},
      as.editor,
    );
    const restored = await data<R & { role: { primaryFocus: string } }, Record<string, never>>(
      app,
      '{ role(slug: "platform-engineer") { summary version hasUnpublishedChanges primaryFocus technologies { slug } } }',
    );
    expect(restored.role).toMatchObject({
      summary: before.summary,
      primaryFocus: 'Developer platforms',
      technologies: before.technologies,
      hasUnpublishedChanges: false,
    });
  });

  it('unpublish takes a node off the public API and out of every list and link', async () => {
    await data(
      app,
      'mutation { unpublish(type: TECHNOLOGY, slug: "kubernetes") { status } }',
      {},
      as.editor,
    );
    const pub = await data<
      {
        technology: null;
        role: { technologies: { slug: string }[] };
        technologies: { edges: { node: { slug: string } }[] };
      },
      Record<string, never>
    >(
      app,
      '{ technology(slug: "kubernetes") { slug } role(slug: "site-reliability-engineer") { technologies { slug } } technologies(first: 50) { edges { node { slug } } } }',
    );
    expect(pub.technology).toBeNull();
    expect(pub.role.technologies).toEqual([]);
    expect(pub.technologies.edges.map((e) => e.node.slug)).not.toContain('kubernetes');
    const filtered = await data<{ roles: { totalCount: number } }, Record<string, never>>(
      app,
      '{ roles(technology: "kubernetes") { totalCount } }',
    );
    expect(filtered.roles.totalCount).toBe(0);
    await data(
      app,
      'mutation { publish(type: TECHNOLOGY, slug: "kubernetes") { status } }',
      {},
      as.editor,
    );
    expect(
      (
        await data<{ roles: { totalCount: number } }, Record<string, never>>(
          app,
          '{ roles(technology: "kubernetes") { totalCount } }',
        )
      ).roles.totalCount,
    ).toBeGreaterThan(0);
  });
});

describe('optimistic locking', () => {
  it('an update naming an older version gets CONFLICT and changes nothing', async () => {
    const { skill } = await data<
      { skill: { version: number; name: string } },
      Record<string, never>
    >(app, '{ skill(slug: "communication") { version name } }', {}, as.preview);
    await data(
      app,
      `mutation { updateSkill(slug: "communication", version: ${skill.version}, input: { name: "Clear communication" }) { version } }`,
      {},
      as.editor,
    );
    const stale = await run(
      app,
      `mutation { updateSkill(slug: "communication", version: ${skill.version}, input: { name: "Lost update" }) { version } }`,
      {},
      as.editor,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(skill.version + 1);
    const now = await data<{ skill: { name: string } }, Record<string, never>>(
      app,
      '{ skill(slug: "communication") { name } }',
      {},
      as.preview,
    );
    expect(now.skill.name).toBe('Clear communication');
  });

  it('two concurrent updates at the same version: exactly one wins, the other gets CONFLICT', async () => {
    const { industry } = await data<{ industry: { version: number } }, Record<string, never>>(
      app,
      '{ industry(slug: "technology") { version } }',
      {},
      as.preview,
    );
    const attempt = (name: string) =>
      run(
        app,
        `mutation { updateIndustry(slug: "technology", version: ${industry.version}, input: { name: "${name}" }) { name version } }`,
        {},
        as.editor,
      );
    const results = await Promise.all([attempt('Tech A'), attempt('Tech B'), attempt('Tech C')]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost.map(codes)).toEqual([['CONFLICT'], ['CONFLICT']]);
    const winner = (won[0].data as { updateIndustry: { name: string; version: number } })
      .updateIndustry;
    const now = await data<{ industry: { name: string; version: number } }, Record<string, never>>(
      app,
      '{ industry(slug: "technology") { name version } }',
      {},
      as.preview,
    );
    expect(now.industry).toEqual(winner);
  });
});

describe('input validation', () => {
  it('names the field that is wrong', async () => {
    const bad = await run(
      app,
      'mutation { createHub(input: { slug: "Big City", city: "", country: "UK", region: "Europe" }) { slug } }',
      {},
      as.editor,
    );
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const fields = (bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(['input.slug', 'input.city', 'input.country']);
    expect(bad.errors![0].message).toMatch(/^input\.slug: must be lowercase kebab-case/);
    const required = await run(
      app,
      'mutation { updateRole(slug: "platform-engineer", version: 999, input: { name: null }) { slug } }',
      {},
      as.editor,
    );
    expect(required.errors![0]).toMatchObject({
      message: 'input.name: cannot be null; it is required',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
    const dupe = await run(
      app,
      `mutation { createSkill(input: { slug: "communication", name: "Again", category: "x" }) { slug } }`,
      {},
      as.editor,
    );
    expect(dupe.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.slug',
    });
  });
});

describe('delete', () => {
  it('is refused while others link to the node, with the list; force unlinks them in the same transaction', async () => {
    const refused = await run(
      app,
      'mutation { deleteHub(slug: "london") { slug } }',
      {},
      as.editor,
    );
    expect(codes(refused)).toEqual(['CONFLICT']);
    const linkedFrom = refused.errors![0].extensions!.linkedFrom as {
      type: string;
      slug: string;
      relation: string;
    }[];
    expect(linkedFrom).toEqual(
      expect.arrayContaining([
        { type: 'role', slug: 'platform-engineer', relation: 'roleHub' },
        { type: 'employer', slug: 'acme', relation: 'employerHub' },
      ]),
    );
    expect(
      (
        await data<{ hub: { slug: string } }, Record<string, never>>(
          app,
          '{ hub(slug: "london") { slug } }',
        )
      ).hub.slug,
    ).toBe('london');
    const forced = await data<{ deleteHub: { slug: string } }, Record<string, never>>(
      app,
      'mutation { deleteHub(slug: "london", force: true) { slug } }',
      {},
      as.editor,
    );
    expect(forced.deleteHub.slug).toBe('london');
    const after = await data<{ hub: null; role: { hubs: unknown[] } }, Record<string, never>>(
      app,
      '{ hub(slug: "london") { slug } role(slug: "platform-engineer") { hubs { slug } } }',
      {},
      as.preview,
    );
    expect(after).toEqual({ hub: null, role: { hubs: [] } });
  });
});

describe('audit log', () => {
  it('records every mutation with its actor, for admins', async () => {
    const { auditLog } = await data<
      {
        auditLog: {
          totalCount: number;
          edges: {
            node: {
              actor: string;
              operation: string;
              nodeType: string | null;
              nodeSlug: string | null;
            };
          }[];
        };
      },
      Record<string, never>
    >(
      app,
      '{ auditLog(first: 100) { totalCount edges { node { actor operation nodeType nodeSlug } } } }',
      {},
      as.admin,
    );
    const ops = auditLog.edges.map((e) => e.node);
    expect(ops[0]).toMatchObject({
      operation: 'deleteHub',
      nodeSlug: 'london',
      actor: 'test-editor',
    });
    expect(ops.map((o) => o.operation)).toEqual(
      expect.arrayContaining([
        'createRole',
        'link',
        'unlink',
        'publish',
        'unpublish',
        'updateRole',
        'restoreRevision',
      ]),
    );
    expect(auditLog.totalCount).toBe(ops.length);
  });
});
