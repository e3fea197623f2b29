import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
import { listen, type RunningServer } from '../src/server/app.js';
import { seedFromDir } from '../src/seed/index.js';
import { ENGINE, namedTarget } from './engine.js';
import { testApp } from './helpers.js';

// A change held up past the time budget by a lock another connection holds, as a slow disk or a
// long transaction elsewhere would: the client is told it timed out, and then it must not happen.
const dir = mkdtempSync(join(tmpdir(), 'rolegraph-timeout-'));
let orm: Orm;
let other: Orm;
let server: RunningServer;
let editor: string;

beforeAll(async () => {
  const target = namedTarget(dir, 'timeout');
  orm = await initOrm(target);
  await migrate(orm);
  await seedFromDir(orm.em, 'test/fixtures/seed/base');
  other = await initOrm(target);
  const app = await testApp(orm, { timeBudgetMs: 600, mutationRate: null });
  server = await listen(app, 0);
  editor = (await app.tokens.create('timeout-editor', TokenRole.EDITOR)).token;
});

afterAll(async () => {
  await server.close();
  await other.close();
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
});

type Answer = {
  data?: Record<string, { version?: number; status?: string }> | null;
  errors?: { message: string; extensions: { code: string } }[];
};

const send = async (query: string, token?: string): Promise<{ status: number; body: Answer }> => {
  const res = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Answer };
};

/** Holds the content version's row locked from another connection for `ms`. */
async function holdContentLock(ms: number): Promise<() => Promise<void>> {
  const em = other.em.fork();
  await em.begin();
  const lock =
    ENGINE === 'sqlite'
      ? 'update content_state set version = version where id = 1'
      : 'select version from content_state where id = 1 for update';
  await em.getConnection().execute(lock, [], 'run', em.getTransactionContext());
  const released = new Promise<void>((resolve) =>
    setTimeout(() => void em.commit().then(resolve), ms),
  );
  return () => released;
}

const count = async (sql: string) =>
  Number(((await orm.em.fork().getConnection().execute(sql)) as { n: number | string }[])[0].n);

describe('the time budget and changes', () => {
  it('a publish held past the budget is rolled back and says so; its retry applies it once', async () => {
    const published = async () =>
      (await send('{ role(slug: "site-reliability-engineer") { summary } }')).body.data!.role as {
        summary?: string;
      };
    const before = (await published()).summary;
    const { body: read } = await send(
      '{ role(slug: "site-reliability-engineer") { version } }',
      editor,
    );
    const version = read.data!.role.version!;
    const draft = await send(
      `mutation { updateRole(slug: "site-reliability-engineer", version: ${version}, input: { summary: "Keeps production up, measured." }) { version } }`,
      editor,
    );
    expect(draft.body.errors).toBeUndefined();
    const publishes = () =>
      count("select count(*) as n from audit_entry where operation = 'publish'");
    const revisions = () => count('select count(*) as n from revision');
    const [publishesBefore, revisionsBefore] = [await publishes(), await revisions()];

    const released = await holdContentLock(1500);
    const publish =
      'mutation { publish(type: ROLE, slug: "site-reliability-engineer") { status } }';
    const timedOut = await send(publish, editor);
    await released();
    expect(timedOut.body.data ?? null).toBeNull();
    expect(timedOut.body.errors![0].extensions.code).toBe('TIMEOUT');
    expect(timedOut.body.errors![0].message).toMatch(
      /600 ms budget and was rolled back: nothing was changed/,
    );
    // Nothing happened: no publish recorded, the public still reads the old text.
    expect(await publishes()).toBe(publishesBefore);
    expect(await revisions()).toBe(revisionsBefore);
    expect((await published()).summary).toBe(before);

    // Retried until it goes through (on a loaded machine a retry may time out too, and must
    // then also have changed nothing): applied once in all.
    let attempts = 0;
    for (;;) {
      const retried = await send(publish, editor);
      attempts++;
      if (!retried.body.errors) break;
      expect(retried.body.errors[0].extensions.code).toBe('TIMEOUT');
      expect(attempts).toBeLessThan(5);
    }
    expect(await publishes()).toBe(publishesBefore + 1);
    expect(await revisions()).toBe(revisionsBefore + 1);
    expect((await published()).summary).toBe('Keeps production up, measured.');
  });
});
