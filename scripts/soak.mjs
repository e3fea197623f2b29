// npm run soak -- [--duration S] [--connections N]
// Loopback only. `rolegraph serve` (production, one worker) on a temporary copy of the content is
// driven for 60 s at 50 connections with a mix of public GraphQL queries, pages, and editor
// mutations (new FAQ drafts). Passes when: no 5xx; RSS at the end within 10% of RSS after the
// warm-up; every acknowledged mutation is stored, no other; the published content unchanged.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { initOrm, migrate } from '../dist/db/orm.js';
import { seedFromDir } from '../dist/seed/index.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
// The heap grows in a sawtooth until V8 settles on its size: a third of the run is warm-up.
const WARM_UP_S = Math.floor(duration / 3);
const WINDOW_S = Math.max(1, Math.min(10, Math.floor(duration / 6)));
const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'rolegraph-soak-'));
const file = join(work, 'soak.sqlite');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const port = await new Promise((done) => {
  const probe = createServer();
  probe.listen(0, () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});
const origin = `http://127.0.0.1:${port}`;

const orm = await initOrm({ kind: 'sqlite', file });
await migrate(orm);
await seedFromDir(orm.em, join(ROOT, 'content-seed'));
await orm.close();
const env = { ...process.env, DATABASE_URL: `sqlite:${file}` };
const token = execFileSync(
  process.execPath,
  ['bin/rolegraph.js', 'token', 'create', '--name', 'soak', '--role', 'editor'],
  { cwd: ROOT, env },
)
  .toString()
  .trim()
  .split('\n')
  .at(-1);

const server = spawn(
  process.execPath,
  ['bin/rolegraph.js', 'serve', '--port', String(port), '--workers', '1'],
  {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      // As `serve --workers` sets for its workers (see README): fewer malloc arenas for the
      // database driver's threads, so freed memory is reused rather than spread.
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      API_RATE_LIMIT: 'off',
      MUTATION_RATE_LIMIT: 'off',
    },
  },
);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${origin}/healthz`)).ok) break;
  } catch {
    if (i > 200) throw new Error('the server did not start');
  }
  await sleep(50);
}

const rss = () => {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Math.round((Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024) * 10) / 10;
};

const gql = (query) => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});
const PUBLISHED = [
  '{ specialisms(first: 100) { edges { node { slug name headline roleComparison { rows { role { slug } primaryFocus } } } } } }',
  '{ roles(first: 100) { totalCount edges { node { slug name summary skills { slug } technologies { slug } hubs { slug } faqs { slug question } } } } }',
  '{ faqs(first: 100) { totalCount edges { node { slug question answer } } } }',
];
const published = async () =>
  Promise.all(PUBLISHED.map(async (q) => (await fetch(origin + '/graphql', gql(q))).text()));
const before = await published();

let counter = 0;
const acknowledged = new Set();
const reads = [
  gql(
    '{ role(slug: "mlops-engineer") { name skills { name } technologies { name } faqs { question } } }',
  ),
  { method: 'GET', path: '/ml-infrastructure/' },
  gql('{ roles(first: 20) { edges { node { slug name skills { name } } } } }'),
  { method: 'GET', path: '/roles/robotics-software-engineer/' },
  gql('{ specialism(slug: "robotics") { roleComparison { sharedSkills { name } } } }'),
  { method: 'GET', path: '/ai4science/faq/' },
  gql('{ technologies(first: 50, category: "orchestration") { totalCount } }'),
  { method: 'GET', path: '/sitemap.xml' },
];
const mutation = {
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  // As a client should: one document, the values in variables.
  setupRequest: (request) => {
    const slug = `soak-faq-${++counter}`;
    return {
      ...request,
      body: JSON.stringify({
        query: 'mutation New($input: FaqInput!) { createFaq(input: $input) { slug } }',
        variables: { input: { slug, question: `Is ${slug} kept?`, answer: 'Every one.' } },
      }),
    };
  },
  onResponse: (status, body) => {
    const slug = status === 200 ? JSON.parse(body).data?.createFaq?.slug : undefined;
    if (slug) acknowledged.add(slug);
  },
};
// One mutation in every twenty requests.
const requests = [...Array.from({ length: 19 }, (_, i) => reads[i % reads.length]), mutation].map(
  (r) => ({ ...r, path: r.path }),
);

const samples = [];
const sampler = setInterval(() => samples.push(rss()), 1000);
const result = await autocannon({ url: origin, connections, duration, requests });
clearInterval(sampler);

const after = await published();
const stored = await (async () => {
  const db = await initOrm({ kind: 'sqlite', file });
  const rows = await db.em
    .getConnection()
    .execute("select slug from faq where slug like 'soak-faq-%'");
  await db.close();
  return new Set(rows.map((r) => r.slug));
})();
const lost = [...acknowledged].filter((slug) => !stored.has(slug));
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
rmSync(work, { recursive: true, force: true });

// RSS is compared at its floor (right after a collection): the least of a window of samples,
// just after the warm-up and at the end. A leak raises the floor; garbage awaiting collection
// does not.
const floor = (from, to) => Math.min(...samples.slice(from, to));
const warm = floor(WARM_UP_S, WARM_UP_S + WINDOW_S);
const end = floor(samples.length - WINDOW_S, samples.length);
const growth = (end - warm) / warm;
const fiveXX = Object.entries(result.statusCodeStats)
  .filter(([code]) => code.startsWith('5'))
  .reduce((n, [, s]) => n + s.count, 0);
const checks = [
  [`no 5xx (${fiveXX})`, fiveXX === 0 && result.errors === 0 && result.timeouts === 0],
  [
    `RSS floor after the ${WARM_UP_S} s warm-up ${warm} MiB, over the last ${WINDOW_S} s ${end} MiB (${(growth * 100).toFixed(1)}%, at most 10%)`,
    growth <= 0.1,
  ],
  [
    // Requests still in flight when the run ended may be stored without an answer being read.
    `mutations: ${counter} sent, ${acknowledged.size} acknowledged, ${stored.size} stored, ${lost.length} acknowledged but missing`,
    acknowledged.size > 0 && lost.length === 0 && stored.size <= counter,
  ],
  ['published content unchanged (drafts only)', after.every((text, i) => text === before[i])],
];
console.log(
  `soak: ${duration} s at ${connections} connections, ${result.requests.total} requests (${Math.round(result.requests.average)}/s), ` +
    `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; status ${JSON.stringify(
      Object.fromEntries(Object.entries(result.statusCodeStats).map(([k, v]) => [k, v.count])),
    )}; RSS at start ${samples[0]} MiB, peak ${Math.max(...samples)} MiB`,
);
for (const [line, ok] of checks) console.log(`${ok ? 'ok  ' : 'FAIL'} ${line}`);
console.log(`RSS samples (MiB, one a second): ${samples.join(' ')}`);
process.exit(checks.every(([, ok]) => ok) ? 0 : 1);
