// npm run bench:memory -- [--scale N] [--duration S] [--connections N] [--snapshot] [--json FILE]
//
// Where the server's memory goes. The synthetic graph of the bench's shape is loaded through the
// real seed path into a temporary SQLite database; then, in this process (run with --expose-gc,
// figures after a full collection):
//   1. heap and RSS with the seed modules loaded, then after importing the server (createApp);
//   2. after createApp has built the published store (as a worker does at start);
//   3. the store's own size: the heap one more store takes (built beside the first and kept),
//      per node; and what it holds, part by part, measured by dropping the parts one at a time
//      (fingerprints, reverse link lists, forward link lists with the link rows, the slug and id
//      maps, and last the nodes with whatever they keep alive);
//   4. with --snapshot (default at scale 1), the store's heap by constructor: two heap snapshots,
//      without and with the store, and the self size of what the second has more, by name.
// Then a real `serve` child (NODE_ENV=production, one worker, response cache off, no rate limit):
// its RSS idle after start, and its peak RSS (VmHWM) after autocannon drives the role page query
// with 50 connections for 10 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { freePort, rssMiB } from './bench-load.mjs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { parseDatabaseUrl } from '../dist/config/env.js';
import { initOrm, migrate } from '../dist/db/orm.js';
import { SERVE_NODE_FLAGS } from '../dist/server/heap-flags.js';
import { loadContent } from '../dist/seed/load.js';
import { benchShape, scaledContent } from '../dist/seed/synthetic.js';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    snapshot: { type: 'boolean' },
    json: { type: 'string' },
  },
});
const scale = Number(args.scale);
const duration = Number(args.duration);
const connections = Number(args.connections);
if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale must be a whole number ≥ 1');
if (!(duration > 0)) throw new Error('--duration must be a number of seconds > 0');
if (!Number.isInteger(connections) || connections < 1)
  throw new Error('--connections must be a whole number ≥ 1');
if (!globalThis.gc) throw new Error('run with node --expose-gc (npm run bench:memory does)');
const snapshot = args.snapshot ?? scale === 1;

const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'rolegraph-memory-'));
const databaseUrl = `sqlite:${join(work, 'memory.sqlite')}`;
const SITE = { url: 'http://localhost', name: 'Memory Talent', locale: 'en_GB' };
const log = (line) => process.stderr.write(`${line}\n`);
const MiB = (bytes) => Math.round((bytes / 1048576) * 10) / 10;

/** Heap used and RSS after a full collection (twice: weak references and finalizers). */
async function settle() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await nextTurn();
  }
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

const rows = [];
const note = (label, m) => {
  rows.push({ label, heapMiB: MiB(m.heapUsed), rssMiB: MiB(m.rss) });
  log(`${label}: heap ${MiB(m.heapUsed)} MiB, RSS ${MiB(m.rss)} MiB`);
};

/** Self size by constructor (or kind) of every object in a heap snapshot. */
function heapByName(file) {
  const snap = JSON.parse(readFileSync(file, 'utf8'));
  const { node_fields: fields, node_types: types } = snap.snapshot.meta;
  const width = fields.length;
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const typeNames = types[0];
  const totals = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = typeNames[snap.nodes[i + iType]];
    // Objects by constructor; strings, arrays, code and the like by kind.
    const key = type === 'object' ? snap.strings[snap.nodes[i + iName]] : `(${type})`;
    const entry = totals.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snap.nodes[i + iSize];
    totals.set(key, entry);
  }
  return totals;
}

// 1. The graph, through the real seed path.
const content = scaledContent(benchShape, scale);
const nodeCount = content.nodes.length;
log(`Loading ${nodeCount} nodes and ${content.links.length} links (scale ${scale})…`);
const orm = await initOrm(parseDatabaseUrl(databaseUrl));
await migrate(orm);
await loadContent(orm.em, content);
const seedLinks = content.links.length;

const result = { scale, nodes: nodeCount, links: seedLinks, steps: rows };
try {
  note('seed modules loaded, graph in SQLite', await settle());
  const { createApp } = await import('../dist/server/app.js');
  const { ContentStore } = await import('../dist/content/read/store.js');
  note('server modules imported (createApp), nothing loaded', await settle());
  const app = await createApp({ orm, logger: pino({ level: 'silent' }), site: SITE });
  note('createApp done: published store built', await settle());

  // 3. One more store, kept beside the app's: its heap is the store's own size.
  const before = await settle();
  let store = await ContentStore.build(orm.em.fork());
  const after = await settle();
  const storeBytes = after.heapUsed - before.heapUsed;
  result.store = {
    heapMiB: MiB(storeBytes),
    bytesPerNode: Math.round(storeBytes / nodeCount),
    ...store.size(),
  };
  log(`store: ${JSON.stringify(result.store)}`);

  // Part by part: drop each and see what the heap gives back.
  const parts = [];
  let last = after.heapUsed;
  const drop = async (part, fn) => {
    fn();
    const now = (await settle()).heapUsed;
    parts.push({
      part,
      heapMiB: MiB(last - now),
      bytesPerNode: Math.round((last - now) / nodeCount),
    });
    last = now;
  };
  const emptyEach = (record) => {
    for (const key of Object.keys(record)) record[key] = new Map();
  };
  await drop('fingerprints (change detection)', () => {
    store.fingerprints = new Map();
  });
  await drop('reverse link lists', () => emptyEach(store.reverse));
  await drop('forward link lists and the link rows', () => emptyEach(store.forward));
  await drop('slug and id maps', () => {
    for (const index of Object.values(store.nodes)) {
      index.bySlug = new Map();
      index.byId = new Map();
    }
  });
  await drop('nodes (and what they keep alive)', () => {
    store = null;
  });
  result.storeParts = parts;
  for (const p of parts) log(`  ${p.part}: ${p.heapMiB} MiB (${p.bytesPerNode} B/node)`);

  // 4. By constructor: two snapshots, without and with one more store.
  if (snapshot) {
    await settle();
    const without = heapByName(v8.writeHeapSnapshot(join(work, 'without.heapsnapshot')));
    const kept = await ContentStore.build(orm.em.fork());
    await settle();
    const withStore = heapByName(v8.writeHeapSnapshot(join(work, 'with.heapsnapshot')));
    const diff = [];
    for (const [name, { count, bytes }] of withStore) {
      const base = without.get(name) ?? { count: 0, bytes: 0 };
      if (bytes - base.bytes > 0)
        diff.push({ name, count: count - base.count, bytes: bytes - base.bytes });
    }
    diff.sort((a, b) => b.bytes - a.bytes);
    result.storeByConstructor = diff.slice(0, 20).map((d) => ({
      name: d.name,
      count: d.count,
      KiB: Math.round(d.bytes / 1024),
      bytesPerNode: Math.round(d.bytes / nodeCount),
    }));
    result.storeByConstructorTotalKiB = Math.round(diff.reduce((s, d) => s + d.bytes, 0) / 1024);
    void kept.size();
  }
  await app.stop();
} finally {
  await orm.close();
}

// 5. A real server.
try {
  const { benchQueries } = await import('../dist/bench/queries.js');
  const rolePage = benchQueries('s1').find((q) => q.name === 'rolePage');
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...SERVE_NODE_FLAGS, 'bin/rolegraph.js', 'serve', '--port', String(port), '--workers', '1'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        RESPONSE_CACHE_MB: '0',
        API_RATE_LIMIT: 'off',
      },
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode})`);
      if (i > 600 + 30 * scale) throw new Error('the server did not answer /healthz');
      const ok = await fetch(`${origin}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const idle = rssMiB(child.pid, 'VmRSS');
    const startPeak = rssMiB(child.pid, 'VmHWM');
    const body = JSON.stringify(rolePage.graphql);
    const check = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const answer = await check.json();
    if (check.status !== 200 || answer.errors)
      throw new Error(
        `role page query: HTTP ${check.status} ${JSON.stringify(answer).slice(0, 300)}`,
      );
    const run = await autocannon({
      url: `${origin}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections,
      duration,
    });
    const failed = run.non2xx + run.errors + run.timeouts;
    if (failed) throw new Error(`the load run had ${failed} failed requests`);
    result.server = {
      idleRssMiB: idle,
      startPeakRssMiB: startPeak,
      peakRssMiB: rssMiB(child.pid, 'VmHWM'),
      afterRunRssMiB: rssMiB(child.pid, 'VmRSS'),
      connections,
      seconds: duration,
      rps: Math.round(run.requests.average),
    };
  } finally {
    await new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The report.
const lines = [
  `rolegraph memory: scale ${scale} (${nodeCount} nodes, ${seedLinks} links), Node ${process.versions.node}`,
  '',
  'this process, after a full GC:',
];
for (const r of rows)
  lines.push(
    `  ${r.label.padEnd(48)} heap ${String(r.heapMiB).padStart(7)} MiB   RSS ${String(r.rssMiB).padStart(7)} MiB`,
  );
lines.push(
  '',
  `published store: ${result.store.heapMiB} MiB of heap, ${result.store.bytesPerNode} B per node (${result.store.nodes} nodes, ${result.store.links} links)`,
  'what it holds (heap given back dropping each part in turn):',
);
for (const p of result.storeParts)
  lines.push(
    `  ${p.part.padEnd(40)} ${String(p.heapMiB).padStart(8)} MiB ${String(p.bytesPerNode).padStart(7)} B/node`,
  );
if (result.storeByConstructor) {
  lines.push(
    `by constructor (heap snapshots without and with one more store; self sizes, ${result.storeByConstructorTotalKiB} KiB in all; top 20):`,
  );
  for (const c of result.storeByConstructor)
    lines.push(
      `  ${c.name.slice(0, 40).padEnd(40)} ${String(c.count).padStart(8)} × ${String(c.KiB).padStart(8)} KiB ${String(c.bytesPerNode).padStart(6)} B/node`,
    );
}
const s = result.server;
lines.push(
  '',
  `serve (NODE_ENV=production, 1 worker, response cache off): idle RSS ${s.idleRssMiB} MiB (peak during start ${s.startPeakRssMiB} MiB)`,
  `  role page query, ${s.connections} connections, ${s.seconds} s: ${s.rps} req/s, peak RSS ${s.peakRssMiB} MiB, RSS after ${s.afterRunRssMiB} MiB`,
);
console.log(lines.join('\n'));
if (args.json) writeFileSync(args.json, JSON.stringify(result, null, 2) + '\n');
