// npm run bench -- [--scale N] [--duration S] [--json FILE] [--skip-workers]
//                   [--db sqlite|postgres] [--redis URL] [--instances N] [--only q1,q2]
//
// Measures the server as a user meets it: a synthetic graph of a fixed shape is loaded through
// the real seed path into a temporary SQLite database (or, with --db postgres, a temporary schema
// in the PostgreSQL of BENCH_DATABASE_URL, TEST_DATABASE_URL or postgres://postgres@127.0.0.1/test); the server runs as a child process
// (NODE_ENV=production) and autocannon drives it over loopback, uncached (response cache off)
// and cached, at 10 and 50 connections, on the four bench requests. A plain node:http server
// returning the same bytes from memory, also a child process, gives the machine's limit.
// Prints a table, and with --json writes the same figures for other tools. --redis gives the
// servers a shared Redis (REDIS_URL); --instances N adds runs of N separate server processes on
// the one database (and Redis), all driven at once, as several instances behind a balancer are.
// --only runs just the named requests (e.g. --only search: a large scale in minutes). The search
// index of the default locale is built in-process as the server builds it, and its build time
// and heap are printed.
import { fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { benchQueries } from '../dist/bench/queries.js';
import { parseDatabaseUrl } from '../dist/config/env.js';
import { initOrm, migrate } from '../dist/db/orm.js';
import { countStatements } from '../dist/db/statements.js';
import { renderPath } from '../dist/render/render-page.js';
import { loadContent } from '../dist/seed/load.js';
import { benchShape, scaledContent } from '../dist/seed/synthetic.js';
import { createApp } from '../dist/server/app.js';
import { createServices } from '../dist/content/services.js';
import { searchDocuments } from '../dist/search/documents.js';
import { SearchIndex } from '../dist/search/search-index.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '5' },
    json: { type: 'string' },
    'skip-workers': { type: 'boolean', default: false },
    db: { type: 'string', default: 'sqlite' },
    redis: { type: 'string' },
    instances: { type: 'string', default: '0' },
    only: { type: 'string' },
  },
});
const scale = Number(args.scale);
const duration = Number(args.duration);
if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number ≥ 1`);
if (!(duration > 0)) throw new Error(`--duration must be a number of seconds > 0`);
if (!['sqlite', 'postgres'].includes(args.db)) throw new Error('--db must be sqlite or postgres');
const instances = Number(args.instances);
if (!Number.isInteger(instances) || instances < 0 || instances > 16)
  throw new Error('--instances must be a whole number from 0 to 16');

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'rolegraph-bench-'));
const dbFile = join(work, 'bench.sqlite');
const benchSchema = `rg_bench_${process.pid}`;
const databaseUrl = (() => {
  if (args.db === 'sqlite') return `sqlite:${dbFile}`;
  const url = new URL(
    process.env.BENCH_DATABASE_URL ??
      process.env.TEST_DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/test',
  );
  url.searchParams.set('schema', benchSchema);
  return url.toString();
})();
const SITE = { url: 'http://localhost', name: 'Bench Talent', locale: 'en_GB' };
const log = (line) => process.stderr.write(`${line}\n`);

const freePort = () =>
  new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });

async function waitFor(url, child) {
  // A large graph takes a while to load into memory at start: 30 s, plus 3 s per scale step.
  for (let i = 0; i < 300 + 30 * scale; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Peak resident memory of a process and its children (the workers), in MiB, from /proc. */
function peakRssMiB(pid) {
  const pids = [pid];
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    if (children) pids.push(...children.split(/\s+/).map(Number));
  } catch {
    // no children file (not Linux): the process alone
  }
  let total = 0;
  for (const p of pids) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // gone
    }
  }
  return Math.round(total * 10) / 10;
}

async function startServer({ cached, workers }) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['bin/rolegraph.js', 'serve', '--port', String(port), '--workers', String(workers)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        ...(args.redis && { REDIS_URL: args.redis }),
        RESPONSE_CACHE_MB: cached ? '64' : '0',
        // One client (autocannon) sends everything: the per-client limit would cut the run short.
        API_RATE_LIMIT: 'off',
      },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(`${origin}/healthz`, child);
  return {
    origin,
    peak: () => peakRssMiB(child.pid),
    stop: () =>
      new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

async function startPlain(body, type) {
  const port = await freePort();
  const file = join(work, `plain-${port}`);
  writeFileSync(file, body);
  const child = fork(join(ROOT, 'scripts/plain-server.mjs'), [String(port), file, type], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((done) => child.once('message', done));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}

/** The HTTP request for a bench query: a JSON POST to /graphql, or a GET of the page. */
function requestOf(q) {
  if (q.path) return { method: 'GET', path: q.path };
  return {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(q.graphql),
  };
}

async function fetchOnce(origin, q) {
  const r = requestOf(q);
  const res = await fetch(origin + r.path, { method: r.method, headers: r.headers, body: r.body });
  const body = Buffer.from(await res.arrayBuffer());
  if (res.status !== 200) throw new Error(`${q.name}: HTTP ${res.status}`);
  if (!q.path && JSON.parse(body.toString()).errors)
    throw new Error(`${q.name}: ${body.toString().slice(0, 300)}`);
  return { body, type: res.headers.get('content-type') };
}

async function drive(origin, q, connections) {
  const { path, ...r } = requestOf(q);
  const url = origin + path;
  // A short warm-up (JIT, caches), then the measured run.
  await autocannon({ url, ...r, connections, duration: 1 });
  const result = await autocannon({ url, ...r, connections, duration });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

// 1. The graph, through the real seed path.
const content = scaledContent(benchShape, scale);
log(`Loading ${content.nodes.length} nodes and ${content.links.length} links (scale ${scale})…`);
const orm = await initOrm(parseDatabaseUrl(databaseUrl));
await migrate(orm);
const loadStarted = performance.now();
await loadContent(orm.em, content);
const loadSeconds = (performance.now() - loadStarted) / 1000;
const seeding = {
  nodes: content.nodes.length,
  links: content.links.length,
  seconds: Math.round(loadSeconds * 100) / 100,
  nodesPerSecond: Math.round(content.nodes.length / loadSeconds),
  linksPerSecond: Math.round(content.links.length / loadSeconds),
};

// 2. SQL statements per request, on this database, with the server's own code: the public's
// path (the in-memory store) and the database path that preview uses.
const allQueries = benchQueries('s1');
const only = args.only?.split(',').map((name) => name.trim());
for (const name of only ?? [])
  if (!allQueries.some((q) => q.name === name))
    throw new Error(
      `--only: no bench request "${name}" (${allQueries.map((q) => q.name).join(', ')})`,
    );
const queries = only ? allQueries.filter((q) => only.includes(q.name)) : allQueries;
const sql = {};
{
  const logger = pino({ level: 'silent' });
  const stored = await createApp({ orm, logger, site: SITE });
  const direct = await createApp({ orm, logger, site: SITE, publishedStore: false });
  const answer = (app, q) =>
    q.path
      ? renderPath(q.path, app.query, SITE.name)
      : app.apollo.executeOperation(
          { query: q.graphql.query, variables: q.graphql.variables },
          { contextValue: app.context() },
        );
  for (const q of queries) {
    sql[q.name] = {
      store: (await countStatements(orm, () => answer(stored, q))).count,
      database: (await countStatements(orm, () => answer(direct, q))).count,
    };
  }
  await stored.stop();
  await direct.stop();
}

// The search index of the default locale, built from the published store as the server builds
// it on its first search (documents read from the store, then indexed in chunks): wall time
// (median of 3) and the heap the documents and index hold (with --expose-gc).
const searchIndex = {};
{
  const app = await createApp({ orm, logger: pino({ level: 'silent' }), site: SITE });
  const store = app.content.current();
  const heap = () => {
    globalThis.gc?.();
    return process.memoryUsage().heapUsed;
  };
  const times = [];
  let info;
  let heapBytes = 0;
  for (let i = 0; i < 3; i++) {
    const before = heap();
    const started = performance.now();
    const services = createServices(orm.em.fork(), undefined, { store });
    // Held until measured, then dropped with the loop's scope before the next build.
    const built = await SearchIndex.buildAsync(
      await searchDocuments(services, store.locales.default),
    );
    times.push(performance.now() - started);
    heapBytes = heap() - before;
    info = built.info();
  }
  times.sort((a, b) => a - b);
  Object.assign(searchIndex, {
    documents: info.documents,
    terms: info.terms,
    buildMs: Math.round(times[1]),
    heapMiB: globalThis.gc ? Math.round((heapBytes / 1048576) * 10) / 10 : null,
  });
  log(`search index: ${JSON.stringify(searchIndex)}`);
  await app.stop();
}
await orm.close();

/** Drops the bench's PostgreSQL schema. */
async function dropSchema() {
  if (args.db !== 'postgres') return;
  const admin = await initOrm(parseDatabaseUrl(databaseUrl.replace(/\?.*$/, '')));
  await admin.em.getConnection().execute(`drop schema if exists "${benchSchema}" cascade`);
  await admin.close();
}

// 3. The runs.
const results = [];
const plain = [];
let peak = 0;
const bodies = {};
const workersAll = availableParallelism();

async function runSet({ cached, workers, connectionsList, only }) {
  const server = await startServer({ cached, workers });
  try {
    for (const q of queries) {
      if (only && !only.includes(q.name)) continue;
      const { body, type } = await fetchOnce(server.origin, q);
      if (bodies[q.name] && !bodies[q.name].body.equals(body))
        throw new Error(`${q.name}: the answers differ between runs`);
      bodies[q.name] ??= { body, type };
      for (const connections of connectionsList) {
        log(`${q.name} ${cached ? 'cached' : 'uncached'} c=${connections} workers=${workers}`);
        const figures = await drive(server.origin, q, connections);
        results.push({
          query: q.name,
          cached,
          connections,
          workers,
          ...figures,
          sqlPerRequest: cached ? 0 : sql[q.name].store,
        });
      }
    }
  } finally {
    if (workers === 1) peak = Math.max(peak, server.peak());
    await server.stop();
  }
}

/** N separate servers on one database, each driven by its own client, all at once. */
const together = [];
async function runInstances({ cached, n, only }) {
  const servers = [];
  try {
    for (let i = 0; i < n; i++) servers.push(await startServer({ cached, workers: 1 }));
    for (const q of queries) {
      if (!only.includes(q.name)) continue;
      for (const server of servers) await fetchOnce(server.origin, q);
      log(`${q.name} ${cached ? 'cached' : 'uncached'} c=10 on each of ${n} instances`);
      const each = await Promise.all(servers.map((server) => drive(server.origin, q, 10)));
      together.push({
        query: q.name,
        cached,
        instances: n,
        rps: each.reduce((sum, r) => sum + r.rps, 0),
        perInstance: each.map((r) => r.rps),
        p50Ms: Math.max(...each.map((r) => r.p50Ms)),
        p99Ms: Math.max(...each.map((r) => r.p99Ms)),
        non2xx: each.reduce((sum, r) => sum + r.non2xx, 0),
      });
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

try {
  await runSet({ cached: false, workers: 1, connectionsList: [10, 50] });
  await runSet({ cached: true, workers: 1, connectionsList: [10, 50] });
  if (!args['skip-workers'] && workersAll > 1) {
    const only = ['rolePage', 'htmlPage'];
    await runSet({ cached: false, workers: workersAll, connectionsList: [10], only });
    await runSet({ cached: true, workers: workersAll, connectionsList: [10], only });
  }
  if (instances > 0) {
    const only = ['rolePage', 'htmlPage'];
    await runInstances({ cached: false, n: instances, only });
    await runInstances({ cached: true, n: instances, only });
  }
  for (const q of queries) {
    const server = await startPlain(bodies[q.name].body, bodies[q.name].type);
    try {
      for (const connections of [10, 50]) {
        log(`plain ${q.name} c=${connections}`);
        plain.push({ query: q.name, connections, ...(await drive(server.origin, q, connections)) });
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  await dropSchema();
}

for (const r of results) {
  const base = plain.find((p) => p.query === r.query && p.connections === r.connections);
  r.ratioToPlain = base ? Math.round((r.rps / base.rps) * 1000) / 1000 : null;
}

// 4. The table.
const pad = (v, n) => String(v).padStart(n);
const lines = [
  `rolegraph bench: scale ${scale} (${seeding.nodes} nodes, ${seeding.links} links), ${duration} s per run, ${availableParallelism()} cores, Node ${process.versions.node}`,
  `database: ${args.db === 'sqlite' ? 'SQLite (file)' : 'PostgreSQL'}${args.redis ? ', shared Redis' : ''}`,
  `seed load: ${seeding.seconds} s, ${seeding.nodesPerSecond} nodes/s, ${seeding.linksPerSecond} links/s (real seed path, one transaction)`,
  '',
  `${'query'.padEnd(11)} ${'cache'.padEnd(8)} ${pad('conn', 4)} ${pad('wrk', 3)} ${pad('req/s', 8)} ${pad('p50 ms', 7)} ${pad('p99 ms', 7)} ${pad('non2xx', 6)} ${pad('×plain', 7)} ${pad('SQL/req', 7)}`,
];
for (const r of results) {
  lines.push(
    `${r.query.padEnd(11)} ${(r.cached ? 'cached' : 'uncached').padEnd(8)} ${pad(r.connections, 4)} ${pad(r.workers, 3)} ${pad(r.rps, 8)} ${pad(r.p50Ms, 7)} ${pad(r.p99Ms, 7)} ${pad(r.non2xx, 6)} ${pad(r.ratioToPlain ?? '-', 7)} ${pad(r.sqlPerRequest, 7)}`,
  );
}
lines.push('', 'plain node:http, same bytes:');
for (const p of plain) {
  lines.push(
    `${p.query.padEnd(11)} ${''.padEnd(8)} ${pad(p.connections, 4)} ${pad(1, 3)} ${pad(p.rps, 8)} ${pad(p.p50Ms, 7)} ${pad(p.p99Ms, 7)} ${pad(p.non2xx, 6)}`,
  );
}
if (together.length) {
  lines.push(
    '',
    `${instances} separate instances on the one database, each driven at c=10, at once:`,
  );
  for (const t of together)
    lines.push(
      `${t.query.padEnd(11)} ${(t.cached ? 'cached' : 'uncached').padEnd(8)} ${pad(t.instances, 4)} ${pad('-', 3)} ${pad(t.rps, 8)} ${pad(t.p50Ms, 7)} ${pad(t.p99Ms, 7)} ${pad(t.non2xx, 6)}   (per instance: ${t.perInstance.join(' + ')})`,
    );
}
lines.push(
  '',
  `SQL statements per request, database path (preview): ${queries.map((q) => `${q.name} ${sql[q.name].database}`).join(', ')}; public path (in-memory store): ${queries.map((q) => `${q.name} ${sql[q.name].store}`).join(', ')}`,
  `server peak RSS (one worker, whole run incl. 50 connections): ${peak} MiB`,
  `search index (default locale): ${searchIndex.documents} documents, ${searchIndex.terms} terms, built in ${searchIndex.buildMs} ms (documents read from the store, indexed in chunks), heap ${searchIndex.heapMiB ?? '? (run with --expose-gc)'} MiB`,
);
console.log(lines.join('\n'));

if (args.json) {
  writeFileSync(
    args.json,
    JSON.stringify(
      {
        scale,
        durationSeconds: duration,
        seeding,
        sqlPerRequestDatabasePath: Object.fromEntries(
          queries.map((q) => [q.name, sql[q.name].database]),
        ),
        database: args.db,
        redis: Boolean(args.redis),
        plain,
        results,
        instances: together,
        peakRssMiB: peak,
        searchIndex,
      },
      null,
      2,
    ) + '\n',
  );
  log(`wrote ${args.json}`);
}
