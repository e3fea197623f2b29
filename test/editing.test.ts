import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import type { App } from '../src/server/app.js';
import { seedFromDir } from '../src/seed/index.js';
import { as, codes, data, emptyOrm, run, snapshot, testApp } from './helpers.js';

// The type-generic editing API the Studio's forms use: a node's working fields and lists,
// every node of a type with its state, fields saved by name, and a link's data changed in place.
let orm: Orm;
let app: App;

beforeAll(async () => {
  orm = await emptyOrm();
  await seedFromDir(orm.em, 'test/fixtures/seed/base');
  app = await testApp(orm);
});

afterAll(async () => {
  await app.stop();
  await orm.close();
});

interface EditorNode {
  version: number;
  status: string;
  hasUnpublishedChanges: boolean;
  title: string;
  fields: Record<string, unknown>;
  links: {
    kind: string;
    items: { slug: string; title: string; data: Record<string, unknown> }[];
  }[];
}

const NODE = `query ($type: ContentType!, $slug: String!) {
  editorNode(type: $type, slug: $slug) {
    version status hasUnpublishedChanges title fields
    links { kind items { slug title data } }
  }
}`;
const read = async (type: string, slug: string) =>
  (
    await data<{ editorNode: EditorNode }, Record<string, unknown>>(
      app,
      NODE,
      { type, slug },
      as.viewer,
    )
  ).editorNode;

const LIST = `query ($type: ContentType!, $status: EditorStatus, $query: String, $orderBy: EditorOrderBy) {
  editorNodes(type: $type, status: $status, query: $query, orderBy: $orderBy) { slug title status hasUnpublishedChanges }
}`;
const list = async (variables: Record<string, unknown>) =>
  (
    await data<{ editorNodes: { slug: string; title: string }[] }, Record<string, unknown>>(
      app,
      LIST,
      variables,
      as.viewer,
    )
  ).editorNodes;

const SAVE = `mutation ($type: ContentType!, $slug: String!, $version: Int!, $fields: JSON!) {
  updateNodeFields(type: $type, slug: $slug, version: $version, fields: $fields) { version hasUnpublishedChanges }
}`;

const PUBLIC_ROLE = `{ role(slug: "site-reliability-engineer") { summary skillLinks { level skill { slug } } } }`;

describe('the editing API of any type', () => {
  it('reads a node’s working fields and lists, with edge data, in order', async () => {
    const role = await read('ROLE', 'site-reliability-engineer');
    expect(role.title).toBe('Site Reliability Engineer');
    expect(role.status).toBe('PUBLISHED');
    expect(role.fields.summary).toBe('Keeps production reliable.');
    const skills = role.links.find((l) => l.kind === 'ROLE_SKILL')!;
    expect(skills.items.map((i) => i.slug)).toEqual([
      'distributed-systems',
      'systems-design',
      'communication',
    ]);
    expect(skills.items[0]!.data).toEqual({ level: 'CORE' });
    const hub = await read('HUB', 'london');
    expect(hub.title).toBe('London');
  });

  it('lists every node of a type by name, filtered by state and words', async () => {
    const all = await list({ type: 'TECHNOLOGY' });
    expect(all.length).toBeGreaterThan(1);
    const titles = all.map((n) => n.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    expect((await list({ type: 'TECHNOLOGY', query: 'KUBER' })).map((n) => n.slug)).toEqual([
      'kubernetes',
    ]);
    expect(await list({ type: 'TECHNOLOGY', status: 'CHANGED' })).toEqual([]);
  });

  it('saves fields by name as a draft the public does not see, then publishes it', async () => {
    const before = await read('ROLE', 'site-reliability-engineer');
    const saved = await data<{ updateNodeFields: { version: number } }, Record<string, unknown>>(
      app,
      SAVE,
      {
        type: 'ROLE',
        slug: 'site-reliability-engineer',
        version: before.version,
        fields: { summary: 'Keeps production reliable, measurably.' },
      },
      as.editor,
    );
    expect(saved.updateNodeFields.version).toBeGreaterThan(before.version);
    expect((await read('ROLE', 'site-reliability-engineer')).fields.summary).toBe(
      'Keeps production reliable, measurably.',
    );
    const changed = await list({ type: 'ROLE', status: 'CHANGED' });
    expect(changed.map((n) => n.slug)).toEqual(['site-reliability-engineer']);
    const publicView = await data<{ role: { summary: string } }, Record<string, unknown>>(
      app,
      PUBLIC_ROLE,
    );
    expect(publicView.role.summary).toBe('Keeps production reliable.');
  });

  it('refuses a stale version, an unknown field and a viewer, and changes nothing', async () => {
    const current = await read('ROLE', 'site-reliability-engineer');
    const before = await snapshot(orm);
    const stale = await run(
      app,
      SAVE,
      {
        type: 'ROLE',
        slug: 'site-reliability-engineer',
        version: current.version - 1,
        fields: { summary: 'x y z' },
      },
      as.editor,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    const unknown = await run(
      app,
      SAVE,
      {
        type: 'ROLE',
        slug: 'site-reliability-engineer',
        version: current.version,
        fields: { salary: 1 },
      },
      as.editor,
    );
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.errors![0]!.message).toContain('salary');
    const viewer = await run(
      app,
      SAVE,
      {
        type: 'ROLE',
        slug: 'site-reliability-engineer',
        version: current.version,
        fields: { summary: 'x y z' },
      },
      as.viewer,
    );
    expect(codes(viewer)).toEqual(['FORBIDDEN']);
    expect(await snapshot(orm)).toEqual(before);
  });

  it('changes a skill’s level in place, keeping its place, as a draft until publish', async () => {
    const UPDATE = `mutation ($input: UpdateLinkInput!) { updateLink(input: $input) { version } }`;
    await data(
      app,
      UPDATE,
      {
        input: {
          kind: 'ROLE_SKILL',
          from: 'site-reliability-engineer',
          to: 'systems-design',
          level: 'SUPPORTING',
        },
      },
      as.editor,
    );
    const skills = (await read('ROLE', 'site-reliability-engineer')).links.find(
      (l) => l.kind === 'ROLE_SKILL',
    )!;
    expect(skills.items.map((i) => [i.slug, i.data.level])).toEqual([
      ['distributed-systems', 'CORE'],
      ['systems-design', 'SUPPORTING'],
      ['communication', 'CORE'],
    ]);
    const levelOf = async () =>
      (
        await data<
          { role: { skillLinks: { level: string; skill: { slug: string } }[] } },
          Record<string, unknown>
        >(app, PUBLIC_ROLE)
      ).role.skillLinks.find((e) => e.skill.slug === 'systems-design')!.level;
    expect(await levelOf()).toBe('CORE');
    await data(
      app,
      `mutation { publish(type: ROLE, slug: "site-reliability-engineer") { version } }`,
      {},
      as.editor,
    );
    expect(await levelOf()).toBe('SUPPORTING');
    await data(
      app,
      `mutation { unlink(input: { kind: ROLE_SKILL, from: "site-reliability-engineer", to: "communication" }) { version } }`,
      {},
      as.editor,
    );
    const missing = await run(
      app,
      UPDATE,
      {
        input: {
          kind: 'ROLE_SKILL',
          from: 'site-reliability-engineer',
          to: 'communication',
          level: 'CORE',
        },
      },
      as.editor,
    );
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0]!.message).toContain('does not link to "communication"');
  });
});
