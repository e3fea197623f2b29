import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { AuditEntry } from '../src/editorial/audit-entry.entity.js';
import { Revision } from '../src/editorial/revision.entity.js';
import { listen } from '../src/server/app.js';
import { seedFromDir } from '../src/seed/index.js';
import { namedDatabaseUrl, namedTarget } from './engine.js';
import { testApp } from './helpers.js';
import { rolegraph, startServer, until } from './processes.js';

/**
 * Scheduled publishing: due actions run once across instances, with a clock the test moves;
 * through the real `serve`, within seconds of their time and after a restart that missed one.
 */

const BASE = 'test/fixtures/seed/base';
const dir = mkdtempSync(join(tmpdir(), 'rolegraph-schedule-'));
const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const clean of cleanups.reverse()) await clean();
  rmSync(dir, { recursive: true, force: true });
});

/** An answer's data as `fetch` gives any JSON body: untyped, read by each test as it expects. */
type Body = Awaited<ReturnType<Response['json']>>;

interface Answer {
  data?: Record<string, Body>;
  errors?: { message: string; extensions: { code: string; argumentName?: string } }[];
}

async function post(
  origin: string,
  query: string,
  token?: string,
  preview = false,
): Promise<Answer> {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
      ...(preview && { 'x-preview': 'true' }),
    },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as Answer;
}

async function ok(origin: string, query: string, token?: string, preview = false) {
  const answer = await post(origin, query, token, preview);
  expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  return answer.data!;
}

/** Drafts a new description for a skill (the public keeps the published one). */
async function draftDescription(origin: string, token: string, slug: string, text: string) {
  const { skill } = await ok(origin, `{ skill(slug: "${slug}") { version } }`, token, true);
  await ok(
    origin,
    `mutation { updateSkill(slug: "${slug}", version: ${skill.version}, input: { description: "${text}" }) { version } }`,
    token,
  );
}

const publicDescription = async (origin: string, slug: string) =>
  (await ok(origin, `{ skill(slug: "${slug}") { description } }`)).skill?.description as
    string | null | undefined;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The base fixture with German enabled. */
function withGerman(): string {
  const seed = mkdtempSync(join(dir, 'seed-'));
  cpSync(BASE, seed, { recursive: true });
  writeFileSync(
    join(seed, 'locales.yaml'),
    'default: en-GB\nlocales:\n  en-GB:\n    name: English\n  de-DE:\n    name: Deutsch\n',
  );
  return seed;
}

/** Two app instances on one database (a file, or a schema), each with its own ORM and scheduler. */
async function twoInstances(name: string, now: () => Date) {
  const target = namedTarget(dir, name);
  const first = await initOrm(target);
  await migrate(first);
  await seedFromDir(first.em, withGerman());
  const second = await initOrm(target);
  const open = async (orm: Orm) => {
    const app = await testApp(orm, { schedulePollMs: 30, contentPollMs: 50, now });
    const server = await listen(app, 0);
    cleanups.push(async () => {
      await server.close();
      await orm.close();
    });
    return { app, server };
  };
  const a = await open(first);
  const b = await open(second);
  const editor = (await a.app.tokens.create('sam', TokenRole.EDITOR)).token;
  const viewer = (await a.app.tokens.create('val', TokenRole.VIEWER)).token;
  return { a, b, editor, viewer, orm: first };
}

describe('scheduled actions on two instances', () => {
  it('run once each, after their time by the clock, publishing as publish does; cancelled ones never run', async () => {
    let clock = Date.parse('2030-01-01T09:00:00Z');
    const { a, b, editor, viewer, orm } = await twoInstances('two', () => new Date(clock));
    const A = a.server.origin;
    const B = b.server.origin;
    const slugs = ['communication', 'distributed-systems', 'systems-design'];
    for (const slug of slugs) await draftDescription(A, editor, slug, `Scheduled ${slug}.`);
    const at = new Date(clock + 3600_000).toISOString();
    const ids: number[] = [];
    for (const slug of slugs) {
      const { schedulePublish } = await ok(
        A,
        `mutation { schedulePublish(type: SKILL, slug: "${slug}", at: "${at}") { id status at createdBy nodeType nodeSlug } }`,
        editor,
      );
      expect(schedulePublish).toMatchObject({
        status: 'PENDING',
        at: '2030-01-01T10:00:00.000Z',
        createdBy: 'sam',
        nodeType: 'SKILL',
        nodeSlug: slug,
      });
      ids.push(schedulePublish.id as number);
    }
    // One more, cancelled before its time.
    await ok(
      A,
      `mutation { createSkill(input: { slug: "held-back", name: "Held back", category: "core-technical" }) { slug } }`,
      editor,
    );
    const extra = await ok(
      B,
      `mutation { schedulePublish(type: SKILL, slug: "held-back", at: "${new Date(clock + 7200_000).toISOString()}") { id } }`,
      editor,
    );
    const cancelled = await ok(
      B,
      `mutation { cancelScheduled(id: ${extra.schedulePublish.id}) { status finishedAt } }`,
      editor,
    );
    expect(cancelled.cancelScheduled.status).toBe('CANCELLED');
    const again = await post(
      B,
      `mutation { cancelScheduled(id: ${extra.schedulePublish.id}) { status } }`,
      editor,
    );
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    // A viewer may list them, not schedule.
    const refused = await post(
      B,
      `mutation { schedulePublish(type: SKILL, slug: "communication", at: "${at}") { id } }`,
      viewer,
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const listed = await ok(
      B,
      `{ scheduledActions(status: PENDING) { totalCount edges { node { id } } } }`,
      viewer,
    );
    expect(listed.scheduledActions.totalCount).toBe(3);

    // Not yet due: both instances look many times, nothing runs.
    await sleep(300);
    for (const slug of slugs)
      expect(await publicDescription(B, slug)).not.toBe(`Scheduled ${slug}.`);

    // Past its time (and the cancelled one's): both race for every action.
    clock += 3 * 3600_000;
    await until(async () => {
      const pending = await ok(B, `{ scheduledActions(status: PENDING) { totalCount } }`, viewer);
      return pending.scheduledActions.totalCount === 0;
    });
    // The public sees each on both instances (the other learns of it within its poll).
    for (const origin of [A, B])
      for (const slug of slugs)
        await until(async () => (await publicDescription(origin, slug)) === `Scheduled ${slug}.`);

    // Exactly once: one revision and one audit entry per action, in the scheduler's name.
    const em = orm.em.fork();
    for (const slug of slugs) {
      const revisions = await em.find(
        Revision,
        { nodeType: 'skill', nodeSlug: slug },
        { orderBy: { id: 'asc' } },
      );
      expect(revisions.map((r) => r.actor)).toEqual(['seed', 'sam']);
      expect(await em.count(AuditEntry, { operation: 'publish', nodeSlug: slug })).toBe(1);
    }
    const done = await ok(
      B,
      `{ scheduledActions(status: DONE) { edges { node { id finishedAt } } } }`,
      viewer,
    );
    expect(
      done.scheduledActions.edges.map((e: { node: { id: number } }) => e.node.id).sort(),
    ).toEqual([...ids].sort());
    // The cancelled one never ran.
    expect((await ok(A, `{ skill(slug: "held-back") { slug } }`)).skill).toBeNull();
  });

  it('a specialism with withLinked publishes it and every draft it reaches, in every locale, in one go, and no other draft', async () => {
    let clock = Date.parse('2030-01-01T09:00:00Z');
    const { a, editor } = await twoInstances('linked', () => new Date(clock));
    const A = a.server.origin;
    await ok(
      A,
      `mutation { createRole(input: { slug: "build-engineer", name: "Build Engineer", summary: "Keeps builds fast.", description: "Owns CI.", primaryFocus: "Builds", keyDifference: "Builds, not platforms." }) { slug } }`,
      editor,
    );
    await ok(
      A,
      `mutation { createSkill(input: { slug: "bazel", name: "Bazel", category: "core-technical" }) { slug } }`,
      editor,
    );
    await ok(
      A,
      `mutation { link(input: { kind: ROLE_SKILL, from: "build-engineer", to: "bazel" }) { version } }`,
      editor,
    );
    const { role } = await ok(A, `{ role(slug: "build-engineer") { version } }`, editor, true);
    await ok(
      A,
      `mutation { updateTranslation(type: ROLE, slug: "build-engineer", locale: "de-DE", fields: { name: "Build-Ingenieur" }, version: ${role.version}) { version } }`,
      editor,
    );
    await ok(
      A,
      `mutation { link(input: { kind: SPECIALISM_ROLE, from: "platforms", to: "build-engineer" }) { version } }`,
      editor,
    );
    // A draft elsewhere, not reached from the specialism, stays a draft.
    await ok(
      A,
      `mutation { createSkill(input: { slug: "unrelated", name: "Unrelated", category: "core-technical" }) { slug } }`,
      editor,
    );

    // withLinked is for a specialism only.
    const wrong = await post(
      A,
      `mutation { schedulePublish(type: ROLE, slug: "build-engineer", at: "2030-01-01T10:00:00Z", withLinked: true) { id } }`,
      editor,
    );
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'withLinked',
    });

    await ok(
      A,
      `mutation { schedulePublish(type: SPECIALISM, slug: "platforms", at: "2030-01-01T10:00:00Z", withLinked: true) { id } }`,
      editor,
    );
    expect((await ok(A, `{ role(slug: "build-engineer") { name } }`)).role).toBeNull();
    clock += 2 * 3600_000;
    await until(
      async () => (await ok(A, `{ role(slug: "build-engineer") { name } }`)).role !== null,
    );
    const seen = await ok(
      A,
      `{ specialism(slug: "platforms") { roles { slug } } role(slug: "build-engineer") { skills { slug } } unrelated: skill(slug: "unrelated") { slug } }`,
    );
    expect(seen.specialism.roles.map((r: { slug: string }) => r.slug)).toContain('build-engineer');
    expect(seen.role.skills).toEqual([{ slug: 'bazel' }]);
    expect(seen.unrelated).toBeNull();
    const german = await ok(A, `{ role(slug: "build-engineer", locale: "de-DE") { name } }`);
    expect(german.role.name).toBe('Build-Ingenieur');
    const audit = await ok(
      A,
      `{ publishes: scheduledActions(status: DONE) { totalCount } }`,
      editor,
    );
    expect(audit.publishes.totalCount).toBe(1);
  });

  it('a scheduled action whose node is gone fails, saying why, and does not block the others', async () => {
    let clock = Date.parse('2030-01-01T09:00:00Z');
    const { a, editor } = await twoInstances('fails', () => new Date(clock));
    const A = a.server.origin;
    await ok(
      A,
      `mutation { createSkill(input: { slug: "short-lived", name: "Short-lived", category: "core-technical" }) { slug } }`,
      editor,
    );
    await ok(
      A,
      `mutation { schedulePublish(type: SKILL, slug: "short-lived", at: "2030-01-01T09:30:00Z") { id } }`,
      editor,
    );
    await ok(
      A,
      `mutation { scheduleUnpublish(type: SKILL, slug: "communication", at: "2030-01-01T09:30:00Z") { id } }`,
      editor,
    );
    await ok(A, `mutation { deleteSkill(slug: "short-lived") { slug } }`, editor);
    clock += 3600_000;
    await until(
      async () =>
        (await ok(A, `{ scheduledActions(status: PENDING) { totalCount } }`, editor))
          .scheduledActions.totalCount === 0,
    );
    const failed = await ok(
      A,
      `{ scheduledActions(status: FAILED) { edges { node { nodeSlug error } } } }`,
      editor,
    );
    expect(failed.scheduledActions.edges).toEqual([
      { node: { nodeSlug: 'short-lived', error: 'no skill with slug "short-lived"' } },
    ]);
    await until(
      async () => (await ok(A, `{ skill(slug: "communication") { slug } }`)).skill === null,
    );
  });
});

describe('scheduled actions in the real server', { timeout: 90_000 }, () => {
  const env = (name: string) => ({
    DATABASE_URL: namedDatabaseUrl(dir, name),
    CONTENT_POLL_MS: '200',
  });

  async function prepared(name: string) {
    expect((await rolegraph(['migrate'], env(name)).done).code).toBe(0);
    expect((await rolegraph(['seed', BASE], env(name)).done).code).toBe(0);
    const created = await rolegraph(
      ['token', 'create', '--name', 'ops', '--role', 'editor'],
      env(name),
    ).done;
    expect(created.code).toBe(0);
    return created.stdout.trim().split('\n').at(-1)!;
  }

  async function serve(name: string) {
    const server = await startServer([], env(name));
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      server.child.kill('SIGKILL');
      await server.done;
    };
    cleanups.push(stop);
    return { origin: server.origin, stop };
  }

  it('a draft change scheduled two seconds ahead is public within fifteen seconds', async () => {
    const token = await prepared('serve');
    const server = await serve('serve');
    await draftDescription(server.origin, token, 'communication', 'Published on time.');
    const at = new Date(Date.now() + 2000).toISOString();
    await ok(
      server.origin,
      `mutation { schedulePublish(type: SKILL, slug: "communication", at: "${at}") { id } }`,
      token,
    );
    expect(await publicDescription(server.origin, 'communication')).not.toBe('Published on time.');
    const started = Date.now();
    await until(
      async () =>
        (await publicDescription(server.origin, 'communication')) === 'Published on time.',
      15_000,
    );
    // Not before its time.
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(at));
    expect(Date.now() - started).toBeLessThan(15_000);
    await server.stop();
  });

  it('an action that fell due while no server ran runs when one starts', async () => {
    const token = await prepared('restart');
    const first = await serve('restart');
    await draftDescription(first.origin, token, 'communication', 'Published after the restart.');
    const at = new Date(Date.now() + 1500).toISOString();
    await ok(
      first.origin,
      `mutation { schedulePublish(type: SKILL, slug: "communication", at: "${at}") { id } }`,
      token,
    );
    await first.stop();
    await sleep(Math.max(0, Date.parse(at) - Date.now()) + 500);
    const second = await serve('restart');
    await until(
      async () =>
        (await publicDescription(second.origin, 'communication')) ===
        'Published after the restart.',
      10_000,
    );
    await second.stop();
  });
});
