import { readFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementStatsFile, type StatementStats } from '../src/db/statement-stats.js';
import { ENGINE, namedDatabaseUrl } from './engine.js';
import { startServer, until, type Running } from './processes.js';

/**
 * The server's hooks for `npm run bench`, over real HTTP on real servers: `STATEMENT_STATS`
 * counts the SQL statements the serving process sends (read with SIGUSR2), and `RENDER_MEMO=off`
 * changes no answer, only whether content work is remembered between requests.
 */
const dir = mkdtempSync(join(tmpdir(), 'rolegraph-bench-hooks-'));
const databaseUrl = namedDatabaseUrl(dir, 'bench_hooks');
// Background polls out of the way, so what is counted is what the requests sent.
const quiet = {
  DATABASE_URL: databaseUrl,
  CONTENT_POLL_MS: '600000',
  SCHEDULE_POLL_MS: '600000',
  WEBHOOK_POLL_MS: '600000',
  RESPONSE_CACHE_MB: '0',
  API_RATE_LIMIT: 'off',
  STATEMENT_STATS: dir,
};
let memoOn: Running & { origin: string };
let memoOff: Running & { origin: string };

beforeAll(async () => {
  memoOn = await startServer(['--migrate', '--seed-if-empty', 'test/fixtures/seed/base'], quiet);
  memoOff = await startServer([], { ...quiet, RENDER_MEMO: 'off' });
});
afterAll(async () => {
  for (const server of [memoOn, memoOff]) {
    server?.child.kill('SIGTERM');
    await server?.done;
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The statement count `server` writes when signalled. */
async function statementsOf(server: Running): Promise<number> {
  const pid = server.child.pid!;
  const file = statementStatsFile(dir, pid);
  rmSync(file, { force: true });
  server.child.kill('SIGUSR2');
  await until(async () => existsSync(file));
  const stats = JSON.parse(readFileSync(file, 'utf8')) as StatementStats;
  expect(stats.pid).toBe(pid);
  return stats.statements;
}

const graphql = async (origin: string, query: string) => {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return text;
};

describe(`the bench's hooks on ${ENGINE}`, () => {
  it('STATEMENT_STATS counts the statements a request sends, and none for reads of the store', async () => {
    const start = await statementsOf(memoOn);
    for (let i = 0; i < 5; i++) expect((await fetch(`${memoOn.origin}/readyz`)).status).toBe(200);
    const afterReady = await statementsOf(memoOn);
    // Each readiness check asks the database at least once.
    expect(afterReady - start).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < 5; i++) {
      await graphql(memoOn.origin, '{ role(slug: "platform-engineer") { name } }');
      expect((await fetch(`${memoOn.origin}/roles/platform-engineer/`)).status).toBe(200);
    }
    // The public reads the in-memory store: no SQL.
    expect(await statementsOf(memoOn)).toBe(afterReady);
  });

  it('RENDER_MEMO=off gives the same answers as the memos, asked twice', async () => {
    const queries = [
      '{ role(slug: "platform-engineer") { name description(format: HTML) skills { name } } }',
      '{ specialism(slug: "platforms") { name intro(format: HTML) callToAction(format: HTML) } }',
      '{ pages { path title description canonicalUrl jsonLd } }',
      '{ pagesAffectedBy(type: SKILL, slug: "distributed-systems") }',
    ];
    for (const query of queries) {
      const first = await graphql(memoOn.origin, query);
      expect(first).not.toContain('"errors"');
      expect(await graphql(memoOn.origin, query)).toBe(first);
      expect(await graphql(memoOff.origin, query)).toBe(first);
      expect(await graphql(memoOff.origin, query)).toBe(first);
    }
    for (const path of ['/roles/platform-engineer/', '/platforms/', '/sitemap.xml']) {
      const on = await (await fetch(memoOn.origin + path)).text();
      expect(await (await fetch(memoOn.origin + path)).text()).toBe(on);
      expect(await (await fetch(memoOff.origin + path)).text()).toBe(on);
    }
  });
});
