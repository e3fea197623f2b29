// npm run bench -- [--scale N] [--duration S] [--json FILE] [--generator wrk|autocannon]
//                   [--also-scale N] [--skip-workers] [--db sqlite|postgres] [--redis URL]
//                   [--instances N] [--only q1,q2] [--slices N]
//
// Measures the server as a user meets it: a synthetic graph of a fixed shape is loaded through
// the real seed path into a temporary SQLite database (or, with --db postgres, a temporary schema
// in the PostgreSQL of BENCH_DATABASE_URL, TEST_DATABASE_URL or postgres://postgres@127.0.0.1/test);
// the server runs as a child process (NODE_ENV=production) and one load generator (wrk when it
// is installed, else autocannon) drives it over loopback on the bench requests, in three modes:
// cold (response cache off, RENDER_MEMO=off), uncached (response cache off, memos on) and cached,
// at 10 and 50 connections with one worker and at 10 with a worker per core. A plain node:http
// server returning the same bytes from memory, run with the same number of processes and driven
// by the same generator in turns with each run (--slices, 2 s each by default), gives the
// machine's limit. The SQL statements of every run are counted
// by the server itself (STATEMENT_STATS). Any non-2xx answer or socket error fails the bench,
// after the table is printed. See the README's Speed section.
import { fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchQueries } from '../dist/bench/queries.js';
import { parseDatabaseUrl } from '../dist/config/env.js';
import { SERVE_NODE_FLAGS } from '../dist/server/heap-flags.js';
import { initOrm } from '../dist/db/orm.js';
import {
  childPids,
  freePort,
  generatorVersion,
  load,
  rssMiB,
  statementsOf,
  wrkAvailable,
} from './bench-load.mjs';
import { printReport, MODES } from './bench-report.mjs';
import { inProcessFigures, seed } from './bench-setup.mjs';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    slices: { type: 'string' },
    json: { type: 'string' },
    generator: { type: 'string' },
    'also-scale': { type: 'string' },
    'skip-workers': { type: 'boolean', default: false },
    db: { type: 'string', default: 'sqlite' },
    redis: { type: 'string' },
    instances: { type: 'string', default: '0' },
    only: { type: 'string' },
  },
});
const scale = Number(args.scale);
const duration = Number(args.duration);
const alsoScale = args['also-scale'] === undefined ? null : Number(args['also-scale']);
if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number ≥ 1`);
if (alsoScale !== null && (!Number.isInteger(alsoScale) || alsoScale <= scale))
  throw new Error(`--also-scale must be a whole number above --scale (${scale})`);
if (!(duration > 0)) throw new Error(`--duration must be a number of seconds > 0`);
/** Turns a run is driven in, each of whole seconds: at most 5 unless `--slices` says. */
const slices =
  args.slices === undefined
    ? Math.max(...[1, 2, 3, 4, 5].filter((n) => Number.isInteger(duration / n)), 1)
    : Number(args.slices);
if (!Number.isInteger(slices) || slices < 1 || !Number.isInteger(duration / slices))
  throw new Error(
    `--slices must be a whole number ≥ 1 that divides --duration (${duration}) into whole seconds`,
  );
if (!['sqlite', 'postgres'].includes(args.db)) throw new Error('--db must be sqlite or postgres');
const instances = Number(args.instances);
if (!Number.isInteger(instances) || instances < 0 || instances > 16)
  throw new Error('--instances must be a whole number from 0 to 16');
if (args.generator && !['wrk', 'autocannon'].includes(args.generator))
  throw new Error('--generator must be wrk or autocannon');
const generator = args.generator ?? (wrkAvailable() ? 'wrk' : 'autocannon');
if (generator === 'wrk' && !wrkAvailable()) throw new Error('--generator wrk: wrk is not on PATH');

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'rolegraph-bench-'));
const statsFolder = join(work, 'stats');
mkdirSync(statsFolder);
const schemas = [];
/** The database of one scale: a SQLite file, or a schema of its own in PostgreSQL. */
function databaseUrlOf(atScale) {
  if (args.db === 'sqlite') return `sqlite:${join(work, `bench-${atScale}.sqlite`)}`;
  const url = new URL(
    process.env.BENCH_DATABASE_URL ??
      process.env.TEST_DATABASE_URL ??
      'postgres://postgres@127.0.0.1:5432/test',
  );
  const schema = `rg_bench_${process.pid}_${atScale}`;
  schemas.push({ url: url.toString(), schema });
  url.searchParams.set('schema', schema);
  return url.toString();
}
const databaseUrl = databaseUrlOf(scale);
const SITE = { url: 'http://localhost', name: 'Bench Talent', locale: 'en_GB' };
const log = (line) => process.stderr.write(`${line}\n`);

async function waitFor(url, child, atScale) {
  // A large graph takes a while to load into memory at start: 30 s, plus 3 s per scale step.
  for (let i = 0; i < 300 + 30 * atScale; i++) {
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

const stopChild = (child) =>
  new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', done);
    child.kill('SIGTERM');
  });

/** `rolegraph serve` in `mode` with `workers`; with one there is no cluster primary. */
async function startServer({ mode, workers, url = databaseUrl, atScale = scale }) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...SERVE_NODE_FLAGS,
      'bin/rolegraph.js',
      'serve',
      '--port',
      String(port),
      '--workers',
      String(workers),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: url,
        ...(args.redis && { REDIS_URL: args.redis }),
        RESPONSE_CACHE_MB: mode === 'cached' ? '64' : '0',
        RENDER_MEMO: mode === 'cold' ? 'off' : 'on',
        STATEMENT_STATS: statsFolder,
        // One client sends everything: the per-client limit would cut the run short.
        API_RATE_LIMIT: 'off',
      },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  // The processes that serve: the one started, or the cluster's workers.
  let serving;
  try {
    await waitFor(`${origin}/healthz`, child, atScale);
    serving = workers === 1 ? [child.pid] : childPids(child.pid);
    if (serving.length !== workers)
      throw new Error(`expected ${workers} serving processes, found ${serving.length}`);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    origin,
    serving,
    idle: rssMiB(serving[0]),
    peak: () => rssMiB(serving[0], 'VmHWM'),
    stop: () => stopChild(child),
  };
}

async function startPlain(body, type, workers) {
  const port = await freePort();
  const file = join(work, `plain-${port}`);
  writeFileSync(file, body);
  const child = fork(
    join(ROOT, 'scripts/plain-server.mjs'),
    [String(port), file, type, String(workers)],
    { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
  await new Promise((done) => child.once('message', done));
  return { origin: `http://127.0.0.1:${port}`, stop: () => stopChild(child) };
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

/** Failed runs: any non-2xx answer or socket error fails the bench (after the report). */
const failures = [];
function check(label, figures) {
  if (figures.non2xx || figures.errors)
    failures.push(
      `${label}: ${figures.non2xx} non-2xx answers, ${figures.errors} socket errors or timeouts`,
    );
  if (figures.warmupFailures)
    failures.push(`${label}: ${figures.warmupFailures} non-2xx answers or errors in the warm-up`);
}

/** The figures of one server's slices as one run: p50 the slices' median, p99 their highest. */
function combined(runs) {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  const seconds = runs.reduce((sum, r) => sum + r.seconds, 0);
  const p50s = runs.map((r) => r.p50Ms).sort((a, b) => a - b);
  return {
    requests,
    rps: Math.round(requests / seconds),
    p50Ms: p50s[Math.floor((p50s.length - 1) / 2)],
    p99Ms: Math.max(...runs.map((r) => r.p99Ms)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

/**
 * Servers driven with `q` at `connections`, in turns: a warm-up second on each, then `slices`
 * turns in which each is driven for `duration / slices` seconds, in the order given. A slow
 * spell of the machine (it comes and goes over seconds) then falls on all alike, where runs one
 * after the other could each meet a different one. Each side: `{ origin, serving? }`; with
 * `serving`, the SQL its processes sent per request over the whole span.
 */
async function driveInTurns(servers, q, connections) {
  const sides = servers.map((side) => ({
    ...side,
    options: { origin: side.origin, request: requestOf(q), connections, folder: work },
    runs: [],
  }));
  const warm = [];
  for (const side of sides) warm.push(await load(generator, { ...side.options, seconds: 1 }));
  for (const side of sides)
    side.before = side.serving ? await statementsOf(side.serving, statsFolder) : 0;
  for (let i = 0; i < slices; i++)
    for (const side of sides)
      side.runs.push(await load(generator, { ...side.options, seconds: duration / slices }));
  return Promise.all(
    sides.map(async (side, i) => {
      const figures = combined(side.runs);
      figures.warmupFailures = warm[i].non2xx + warm[i].errors;
      if (side.serving) {
        const after = await statementsOf(side.serving, statsFolder);
        figures.sqlPerRequest =
          Math.round(((after - side.before) / Math.max(1, figures.requests)) * 1e4) / 1e4;
      }
      return figures;
    }),
  );
}

/** One server driven alone, in the same slices (with `serving`, the SQL it sent per request). */
const drive = async (origin, q, connections, serving) =>
  (await driveInTurns([{ origin, serving }], q, connections))[0];

// 1. The graph.
const { orm, seeding } = await seed(databaseUrl, scale);
// 2. SQL statements per request in-process, on the public path (the in-memory store) and the
// database path preview uses: the reference the served rows' measured figures are read beside.
const allQueries = benchQueries('s1');
const only = args.only?.split(',').map((name) => name.trim());
for (const name of only ?? [])
  if (!allQueries.some((q) => q.name === name))
    throw new Error(
      `--only: no bench request "${name}" (${allQueries.map((q) => q.name).join(', ')})`,
    );
const queries = only ? allQueries.filter((q) => only.includes(q.name)) : allQueries;
// The reference the served rows' measured figures are read beside.
const { sql, searchIndex } = await inProcessFigures(orm, queries, SITE);
await orm.close();

// 3. The runs.
const results = [];
const plain = [];
/** Resident memory of the one serving process per mode (one worker, scale `scale`). */
const memory = {};
const bodies = {};
const workersAll = availableParallelism();
const MULTI = ['rolePage', 'htmlPage'];

/**
 * The plain server for a request's bytes with `workers` processes, started on first use and kept
 * for the rest of the bench (idle between its runs).
 */
const plainServers = new Map();
async function plainFor(q, workers) {
  const key = `${q.name}/${workers}`;
  let server = plainServers.get(key);
  if (!server) {
    server = await startPlain(bodies[q.name].body, bodies[q.name].type, workers);
    plainServers.set(key, server);
  }
  return server;
}

/**
 * Each request in `mode` with `workers`, at each of `connectionsList`; every run is followed at
 * once by the plain server's run with the same processes, connections and generator, so each
 * ratio compares two runs a few seconds apart (the machine's drift over the bench cancels).
 */
async function runSet({ mode, workers, connectionsList, names }) {
  const server = await startServer({ mode, workers });
  try {
    for (const q of queries) {
      if (names && !names.includes(q.name)) continue;
      const { body, type } = await fetchOnce(server.origin, q);
      if (bodies[q.name] && !bodies[q.name].body.equals(body))
        throw new Error(`${q.name}: the answers differ between runs (${mode}, ${workers} workers)`);
      bodies[q.name] ??= { body, type };
      const plainServer = await plainFor(q, workers);
      for (const connections of connectionsList) {
        const label = `${q.name} ${mode} c=${connections} workers=${workers}`;
        log(`${label}, interleaved with plain`);
        const [figures, base] = await driveInTurns([server, plainServer], q, connections);
        check(label, figures);
        results.push({ query: q.name, mode, workers, connections, ...figures });
        check(`plain ${label}`, base);
        plain.push({ query: q.name, mode, workers, connections, ...base });
      }
    }
  } finally {
    if (workers === 1) memory[mode] = { idleMiB: server.idle, peakMiB: server.peak() };
    await server.stop();
  }
}

/** N separate servers on one database, each driven by its own generator, all at once. */
const together = [];
async function runInstances({ mode, n }) {
  const servers = [];
  try {
    for (let i = 0; i < n; i++) servers.push(await startServer({ mode, workers: 1 }));
    for (const q of queries) {
      if (!MULTI.includes(q.name)) continue;
      for (const server of servers) await fetchOnce(server.origin, q);
      log(`${q.name} ${mode} c=10 on each of ${n} instances`);
      const each = await Promise.all(servers.map((s) => drive(s.origin, q, 10, s.serving)));
      const requests = each.reduce((sum, r) => sum + r.requests, 0);
      const figures = {
        query: q.name,
        mode,
        instances: n,
        rps: each.reduce((sum, r) => sum + r.rps, 0),
        perInstance: each.map((r) => r.rps),
        p50Ms: Math.max(...each.map((r) => r.p50Ms)),
        p99Ms: Math.max(...each.map((r) => r.p99Ms)),
        non2xx: each.reduce((sum, r) => sum + r.non2xx, 0),
        errors: each.reduce((sum, r) => sum + r.errors, 0),
        sqlPerRequest:
          Math.round(
            (each.reduce((s, r) => s + r.sqlPerRequest * r.requests, 0) / requests) * 1e4,
          ) / 1e4,
      };
      check(`${q.name} ${mode} on ${n} instances`, figures);
      together.push(figures);
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/**
 * The role page at a second, larger scale: its p50 beside this scale's, on a fresh server of
 * this scale driven in turns with it (as a row is with its plain run).
 */
let scaleCheck = null;
async function runAlsoScale() {
  const url = databaseUrlOf(alsoScale);
  const loaded = await seed(url, alsoScale);
  await loaded.orm.close();
  const rolePage = allQueries.find((q) => q.name === 'rolePage');
  const rows = [];
  for (const mode of ['uncached', 'cached']) {
    // A server at each scale, driven in turns (as a row and its plain run are).
    const large = await startServer({ mode, workers: 1, url, atScale: alsoScale });
    let base;
    try {
      base = await startServer({ mode, workers: 1 });
      for (const server of [large, base]) await fetchOnce(server.origin, rolePage);
      const label = `rolePage ${mode} c=10 at scale ${alsoScale}`;
      log(`${label}, interleaved with scale ${scale}`);
      const [atLarge, atBase] = await driveInTurns([large, base], rolePage, 10);
      check(label, atLarge);
      check(`rolePage ${mode} c=10 at scale ${scale}`, atBase);
      rows.push({
        query: 'rolePage',
        mode,
        workers: 1,
        connections: 10,
        ...atLarge,
        idleMiB: large.idle,
        peakMiB: large.peak(),
        p50AtScale: atBase.p50Ms,
        rpsAtScale: atBase.rps,
        p50Ratio: Math.round((atLarge.p50Ms / atBase.p50Ms) * 100) / 100,
      });
    } finally {
      await large.stop();
      await base?.stop();
    }
  }
  scaleCheck = { scale: alsoScale, baseScale: scale, seeding: loaded.seeding, rows };
}

let fatal = null;
try {
  for (const mode of MODES) await runSet({ mode, workers: 1, connectionsList: [10, 50] });
  const multi = !args['skip-workers'] && workersAll > 1;
  if (multi)
    for (const mode of MODES)
      await runSet({ mode, workers: workersAll, connectionsList: [10], names: MULTI });
  if (instances > 0) for (const mode of MODES) await runInstances({ mode, n: instances });
  if (alsoScale !== null) await runAlsoScale();
} catch (error) {
  fatal = error;
} finally {
  await Promise.all([...plainServers.values()].map((server) => server.stop()));
  rmSync(work, { recursive: true, force: true });
  for (const { url, schema } of schemas) {
    const admin = await initOrm(parseDatabaseUrl(url));
    await admin.em.getConnection().execute(`drop schema if exists "${schema}" cascade`);
    await admin.close();
  }
}

for (const r of results) {
  const base = plain.find(
    (p) =>
      p.query === r.query &&
      p.mode === r.mode &&
      p.connections === r.connections &&
      p.workers === r.workers,
  );
  r.ratioToPlain = base ? Math.round((r.rps / base.rps) * 1000) / 1000 : null;
}

const report = {
  generator,
  generatorVersion: generatorVersion(generator),
  scale,
  durationSeconds: duration,
  slices,
  cores: availableParallelism(),
  node: process.versions.node,
  loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
  database: args.db,
  redis: Boolean(args.redis),
  seeding,
  sqlPerRequestInProcess: sql,
  results,
  plain,
  instances: together,
  memory: {
    serving: 'the serve process itself: with --workers 1 there is no cluster primary',
    byMode: memory,
    idleRssMiB: memory.uncached?.idleMiB ?? null,
    peakRssMiB: Math.max(0, ...Object.values(memory).map((m) => m.peakMiB ?? 0)),
  },
  scaleCheck,
  searchIndex,
  failures,
  error: fatal ? String(fatal.stack ?? fatal) : null,
};
printReport(report);
if (args.json) {
  writeFileSync(args.json, JSON.stringify(report, null, 2) + '\n');
  log(`wrote ${args.json}`);
}
if (fatal) {
  log(`bench failed: ${fatal.stack ?? fatal}`);
  process.exit(1);
}
if (failures.length) {
  log(`bench failed: ${failures.length} run(s) with errors:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
