import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, namedDatabaseUrl } from './engine.js';
import { receiver } from './webhook-receiver.js';
import { freePort, rolegraph, startServer, until, waitFor, type Running } from './processes.js';

/**
 * Several instances behind one address: separate server processes on one database (PostgreSQL,
 * or one SQLite file) and one Redis. Needs `TEST_REDIS_URL` (`.ci/run` sets it).
 */
const REDIS_URL = process.env.TEST_REDIS_URL;
const dir = mkdtempSync(join(tmpdir(), 'rolegraph-instances-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = async (origin: string, query: string, token?: string) => {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      data?: { role?: { version: number; summary: string } };
      errors?: { extensions?: { code?: string } }[];
    },
  };
};

/** Drafts a new summary for the role through `origin` (at its current version), then publishes it through `publishVia`. */
async function republish(origin: string, publishVia: string, token: string, summary: string) {
  const read = await post(origin, '{ role(slug: "platform-engineer") { version } }', token);
  const version = read.body.data!.role!.version;
  const draft = await post(
    origin,
    `mutation { updateRole(slug: "platform-engineer", version: ${version}, input: { summary: "${summary}" }) { version } }`,
    token,
  );
  expect(draft.body.errors, JSON.stringify(draft.body.errors)).toBeUndefined();
  const published = await post(
    publishVia,
    'mutation { publish(type: ROLE, slug: "platform-engineer") { version } }',
    token,
  );
  expect(published.body.errors, JSON.stringify(published.body.errors)).toBeUndefined();
}

const roleSummary = async (origin: string) =>
  (await post(origin, '{ role(slug: "platform-engineer") { summary } }')).body.data?.role?.summary;

/** A Redis of the test's own, to stop and start. */
function privateRedis(port: number): ChildProcess {
  return spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

describe.skipIf(!REDIS_URL)(`two instances on one ${ENGINE} database and one Redis`, () => {
  const databaseUrl = namedDatabaseUrl(dir, 'shared');
  // Polling is slowed to a minute: only Redis messages can explain a change seen at once.
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: REDIS_URL!,
    CONTENT_POLL_MS: '60000',
    WEBHOOK_POLL_MS: '100',
    ENQUIRY_RATE_LIMIT: '3/600',
  };
  let a: Running & { origin: string };
  let b: Running & { origin: string };
  let token: string;

  beforeAll(async () => {
    // Other files use this Redis too: each site (database) has a key space of its own.
    a = await startServer(['--migrate', '--seed-if-empty', 'test/fixtures/seed/base'], env);
    b = await startServer([], env);
    const created = await rolegraph(['token', 'create', '--name', 'ops', '--role', 'admin'], env)
      .done;
    expect(created.code).toBe(0);
    token = created.stdout.trim().split('\n').pop()!;
  });
  afterAll(async () => {
    a?.child.kill('SIGTERM');
    b?.child.kill('SIGTERM');
    await Promise.all([a?.done, b?.done]);
  });

  it('a publish through A is visible on B at once, though B had it cached', async () => {
    const before = await roleSummary(b.origin);
    // Twice, so B answers from its cache (and the shared one) before the change.
    expect(await roleSummary(b.origin)).toBe(before);
    expect(await roleSummary(a.origin)).toBe(before);

    await republish(a.origin, a.origin, token, 'Runs the paved road every team builds on.');
    expect(await roleSummary(b.origin)).toBe('Runs the paved road every team builds on.');
    expect(await roleSummary(a.origin)).toBe('Runs the paved road every team builds on.');
  });

  it('a page rendered by one instance is a cache hit for the other (shared cache)', async () => {
    const path = '/platforms/';
    const first = await fetch(a.origin + path);
    expect(first.status).toBe(200);
    const body = await first.text();
    const second = await fetch(b.origin + path);
    expect(await second.text()).toBe(body);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    // B never rendered it: its access log shows a cache hit, i.e. it came from Redis.
    const id = second.headers.get('x-request-id')!;
    const line = await waitFor(b.output, new RegExp(`^.*"requestId":"${id}".*$`, 'm'));
    expect(JSON.parse(line[0])).toMatchObject({ path, status: 200, cache: 'hit' });
  });

  it('the enquiry limit counts across instances', async () => {
    const enquire = (origin: string, n: number) =>
      post(
        origin,
        `mutation { submitEnquiry(input: { name: "Sam ${n}", email: "sam${n}@acme.example", company: "Acme", specialism: "platforms", roles: ["platform-engineer"], message: "We are hiring two platform engineers this quarter.", consent: true }) { id } }`,
      );
    const results = [
      await enquire(a.origin, 1),
      await enquire(b.origin, 2),
      await enquire(a.origin, 3),
      await enquire(b.origin, 4),
    ];
    expect(results.slice(0, 3).map((r) => r.body.errors)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(results[3]!.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('a webhook fires once, not once per instance', async () => {
    const hook = await receiver();
    const created = await post(
      b.origin,
      `mutation { createWebhook(input: { url: "${hook.url}", secret: "a-long-enough-secret-for-tests", events: [PUBLISHED] }) { id } }`,
      token,
    );
    expect(created.body.errors).toBeUndefined();
    for (const n of [1, 2, 3])
      await republish(
        a.origin,
        n % 2 ? a.origin : b.origin,
        token,
        `Edition ${n} of the paved road.`,
      );
    await until(async () => hook.received.length >= 3);
    // Both dispatchers poll every 100 ms: give a second copy every chance to arrive.
    await new Promise((r) => setTimeout(r, 1500));
    const ids = hook.received.map((r) => r.headers['x-rolegraph-delivery']);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    await hook.close();
  });
});

describe.skipIf(!REDIS_URL)('Redis going away while serving', () => {
  it('answers without the cache (logged), and caches again when Redis returns', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    let redis = privateRedis(port);
    await until(() => redisAnswers(url));
    const server = await startServer(['--migrate', '--seed-if-empty', 'test/fixtures/seed/base'], {
      DATABASE_URL: namedDatabaseUrl(dir, 'outage'),
      REDIS_URL: url,
    });
    try {
      expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
      redis.kill('SIGKILL');
      await waitFor(server.output, /redis is unreachable/);
      for (const path of ['/platforms/', '/platforms/faq/', '/']) {
        expect((await fetch(server.origin + path)).status, path).toBe(200);
      }
      expect(await roleSummary(server.origin)).toBeTruthy();
      const ready = await fetch(`${server.origin}/readyz`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { checks: Record<string, string> }).checks).toMatchObject({
        database: 'ok',
        redis: 'failing',
      });

      redis = privateRedis(port);
      await waitFor(server.output, /redis is reachable again/, 15_000);
      expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
      // A page not asked for yet: rendered now, and kept in Redis again.
      expect((await fetch(`${server.origin}/roles/platform-engineer/`)).status).toBe(200);
      const client = new Redis(url);
      await until(async () => (await client.keys('rg:*:response:*')).length > 0);
      client.disconnect();
    } finally {
      server.child.kill('SIGTERM');
      await server.done;
      redis.kill('SIGKILL');
    }
  });
});

describe('start-up refuses a broken setup in one line', () => {
  it('a wrong DATABASE_URL', async () => {
    const url =
      ENGINE === 'postgresql'
        ? 'postgres://postgres@127.0.0.1:1/nowhere'
        : `sqlite:${join(dir, 'a-file', 'x.sqlite')}`;
    // A folder that is a file: SQLite cannot make the database there.
    writeFileSync(join(dir, 'a-file'), '');
    const { code, stderr } = await rolegraph(['serve', '--migrate'], { DATABASE_URL: url }).done;
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^rolegraph: cannot open the database \(/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('an unreachable Redis', async () => {
    const port = await freePort();
    const { code, stderr } = await rolegraph(['serve', '--migrate'], {
      DATABASE_URL: namedDatabaseUrl(dir, 'no-redis'),
      REDIS_URL: `redis://127.0.0.1:${port}`,
    }).done;
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      new RegExp(`^rolegraph: REDIS_URL: cannot reach Redis at redis://127\\.0\\.0\\.1:${port}`),
    );
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a database migrated by a newer version', async () => {
    const databaseUrl = namedDatabaseUrl(dir, 'newer');
    expect((await rolegraph(['migrate'], { DATABASE_URL: databaseUrl }).done).code).toBe(0);
    const { initOrm } = await import('../src/db/orm.js');
    const { parseDatabaseUrl } = await import('../src/config/env.js');
    const orm = await initOrm(parseDatabaseUrl(databaseUrl));
    await orm.em
      .getConnection()
      .execute(
        "insert into mikro_orm_migrations (name, executed_at) values ('Migration29990101000000_FromTheFuture', current_timestamp)",
      );
    await orm.close();
    const { code, stderr } = await rolegraph(['serve'], { DATABASE_URL: databaseUrl }).done;
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'rolegraph: the database has 1 migration(s) this version of rolegraph does not know (Migration29990101000000_FromTheFuture): it was migrated by a newer version',
    );
  });

  it('every wrong setting, one line each', async () => {
    const { code, stderr } = await rolegraph(['serve'], {
      PORT: 'eighty',
      REDIS_URL: 'localhost:6379',
      DATABASE_URL: 'mysql://x',
    }).done;
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.join('\n')).toMatch(/^rolegraph: PORT: /m);
    expect(lines.join('\n')).toMatch(/^rolegraph: REDIS_URL: must look like redis:\/\/host:6379/m);
    expect(lines.join('\n')).toMatch(/^rolegraph: DATABASE_URL must start with "sqlite:"/m);
  });
});
