// npm run soak -- [--duration S] [--connections N] [--publish-every S]
// Loopback only. `rolegraph serve` (production, one worker) on a temporary copy of the content is
// driven for 60 s at 50 connections with a mix of public GraphQL queries, pages, and editor
// mutations (new FAQ drafts). Meanwhile, every second (`--publish-every`, 0 for none), an editor
// changes the question of one of three published FAQs (a draft), waits, and publishes it, so the
// response cache is invalidated and the published graph rebuilt under load; a watcher reads the
// public view of each (pages and GraphQL queries the load also sends) ten times a second.
// Passes when: no 5xx; RSS at the end within 10% of RSS after the warm-up; every acknowledged
// mutation is stored, no other; at least half the publishes due are made, none refused, each seen
// by the public within 5 s (or replaced by that FAQ's next edition within 5 s); no change is seen
// before its publish was sent, nor older after newer, and no draft FAQ ever reaches the public;
// and the published content at the end is the content at the start but for the published
// questions.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { initOrm, migrate } from '../dist/db/orm.js';
import { seedFromDir } from '../dist/seed/index.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    'publish-every': { type: 'string', default: '1' },
  },
});
const duration = Number(args.duration);
const connections = Number(args.connections);
/** Seconds between publishes; 0: none. */
const publishEvery = Number(args['publish-every']);
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
const ROLE_READ = gql(
  '{ role(slug: "mlops-engineer") { name skills { name } technologies { name } faqs { question } } }',
);
const published = async () =>
  Promise.all(PUBLISHED.map(async (q) => (await fetch(origin + '/graphql', gql(q))).text()));
const before = await published();

// Publishes under load: each FAQ below is changed (a draft) and published in turn, one a second.
// `probes` are public reads that show its question: pages and queries the load sends too, so the
// entries the load keeps hot in the response cache are the ones that must be dropped.
const EDITION = / \(edition (\d+)\)/g;
const targets = [
  {
    slug: 'what-is-an-ai-for-science-research-engineer',
    probes: [
      { method: 'GET', path: '/ai4science/faq/' },
      gql('{ faq(slug: "what-is-an-ai-for-science-research-engineer") { question } }'),
    ],
  },
  {
    slug: 'how-does-an-ml-infrastructure-engineer-differ-from-an-mlops-engineer',
    probes: [ROLE_READ],
  },
  {
    slug: 'what-is-a-robotics-software-engineer',
    probes: [{ method: 'GET', path: '/roles/robotics-software-engineer/' }],
  },
];
const editor = async (query, variables, headers = {}) => {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { status: res.status, body };
};
const read = async ({ method, path, headers, body }) => {
  const res = await fetch(origin + path, { method, headers, body });
  return { status: res.status, text: await res.text(), at: performance.now() };
};
for (const target of targets) {
  const { body } = await editor(
    'query ($slug: String!) { faq(slug: $slug) { question } }',
    { slug: target.slug },
    { 'x-preview': 'true' },
  );
  target.original = body.data.faq.question;
  for (const probe of target.probes) {
    const { text } = await read(probe);
    if (!text.includes(target.original))
      throw new Error(`soak: ${probe.path} does not show "${target.original}"`);
  }
}
/** Per edition: its FAQ, when its draft was written and its publish sent and answered. */
const editions = [];
/** When each edition's publish was sent: the public may see it from then on, never before. */
const publishSent = new Map();
const publishing = { errors: [], fiveXX: 0 };
let publishOn = publishEvery > 0;
const publisher = (async () => {
  const started = performance.now();
  for (let n = 0; publishOn; n++) {
    const target = targets[n % targets.length];
    const question = `${target.original} (edition ${n})`;
    const edition = { n, target, question };
    const state = await editor(
      'query ($slug: String!) { faq(slug: $slug) { version } }',
      { slug: target.slug },
      { 'x-preview': 'true' },
    );
    const update = await editor(
      'mutation ($slug: String!, $v: Int!, $q: String!) { updateFaq(slug: $slug, version: $v, input: { question: $q }) { slug } }',
      { slug: target.slug, v: state.body.data?.faq?.version, q: question },
    );
    edition.draftAt = performance.now();
    // The change waits as a draft for a moment: the watcher must not see it.
    await sleep(300);
    edition.publishSentAt = performance.now();
    publishSent.set(n, edition.publishSentAt);
    const publish = await editor(
      'mutation ($slug: String!) { publish(type: FAQ, slug: $slug) { status } }',
      { slug: target.slug },
    );
    edition.publishedAt = performance.now();
    for (const answer of [state, update, publish]) {
      if (answer.status >= 500) publishing.fiveXX++;
      if (answer.body.errors) publishing.errors.push(JSON.stringify(answer.body.errors[0]));
    }
    // A refused publish may still take effect (a request over its time budget is answered 503
    // while its transaction goes on): such an edition is kept aside, neither made nor ruled out.
    edition.acknowledged = !update.body.errors && !publish.body.errors;
    if (!update.body.errors) editions.push(edition);
    // The next on time, or at once if this one took longer.
    await sleep(Math.max(0, started + (n + 1) * publishEvery * 1000 - performance.now()));
  }
})();

const DRAFT_QUERY = 'query ($slug: String!) { faq(slug: $slug) { slug } }';
const DRAFT_READ = gql(DRAFT_QUERY);
/** What the public was seen showing: the first time each edition appeared, and any breach. */
const seen = new Map();
const breaches = [];
const draftSlugs = [];
let publicFaqCount;
let watchOn = true;
let watchRounds = 0;
const watcher = (async () => {
  const latest = new Map(); // probe and FAQ → newest edition it has shown
  const faqs = gql('{ faqs(first: 100) { totalCount edges { node { slug } } } }');
  publicFaqCount = JSON.parse((await read(faqs)).text).data.faqs.totalCount;
  while (watchOn) {
    for (const target of targets) {
      for (const probe of target.probes) {
        const { status, text, at } = await read(probe);
        if (status >= 500) breaches.push(`${probe.path}: ${status}`);
        for (const [, digits] of text.matchAll(EDITION)) {
          const n = Number(digits);
          const sent = publishSent.get(n);
          if (sent === undefined || sent > at)
            breaches.push(`edition ${n} seen on ${probe.path} before its publish was sent`);
          if (!seen.has(n)) seen.set(n, at);
          // Editions of one FAQ are n, n + 3, n + 6…: once a newer one is shown, never an older.
          const key = `${probe.path} ${probe.body ?? ''} ${n % targets.length}`;
          if (n < (latest.get(key) ?? -1))
            breaches.push(`${probe.path} showed edition ${n} after ${latest.get(key)}`);
          latest.set(key, Math.max(n, latest.get(key) ?? -1));
        }
      }
    }
    // The load's FAQ drafts: never in the public list, never by slug.
    const list = JSON.parse((await read(faqs)).text).data.faqs;
    if (list.totalCount !== publicFaqCount)
      breaches.push(`the public FAQ count went from ${publicFaqCount} to ${list.totalCount}`);
    if (list.edges.some((e) => e.node.slug.startsWith('soak-faq-')))
      breaches.push('a draft FAQ is in the public list');
    const draft = draftSlugs.at(-1);
    if (draft) {
      const one = JSON.parse(
        (
          await read({
            ...DRAFT_READ,
            body: JSON.stringify({ query: DRAFT_QUERY, variables: { slug: draft } }),
          })
        ).text,
      );
      if (one.data?.faq !== null) breaches.push(`draft ${draft} is public`);
    }
    watchRounds++;
    // A round every 100 ms: often enough to time a publish, not so often as to be part of the load.
    await sleep(100);
  }
})();

let counter = 0;
const acknowledged = new Set();
const reads = [
  ROLE_READ,
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
    if (slug) {
      acknowledged.add(slug);
      draftSlugs.push(slug);
    }
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

// The last publishes: wait (a few seconds at most) until the public has seen each, then stop.
publishOn = false;
await publisher;
for (const until = performance.now() + 10_000; performance.now() < until; await sleep(50))
  if (editions.every((e) => seen.has(e.n))) break;
watchOn = false;
await watcher;

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
/**
 * Whether the published content at the end is the content at the start with only the questions
 * published meanwhile changed: each FAQ shows its last acknowledged edition, or one sent after it
 * whose publish was refused yet took effect.
 */
function onlyPublishedChanges() {
  const ended = [];
  let normalized = after;
  for (const target of targets) {
    const mine = editions.filter((e) => e.target === target);
    const lastMade = mine.findLastIndex((e) => e.acknowledged);
    const candidates = lastMade < 0 ? mine : mine.slice(lastMade);
    const final = candidates.findLast((e) => after.some((t) => t.includes(`"${e.question}"`)));
    if (final) {
      ended.push(`${final.n}${final.acknowledged ? '' : ' (refused, yet published)'}`);
      normalized = normalized.map((t) =>
        t.replaceAll(`"${final.question}"`, `"${target.original}"`),
      );
    } else ended.push('the original');
  }
  return [
    `published content at the end: as at the start, but for the questions published (editions ${ended.join(', ')})`,
    normalized.every((text, i) => text === before[i]),
  ];
}

/** Each publish seen in time, nothing seen before it was published. */
function publicationChecks() {
  const LIMIT_MS = 5000;
  const late = [];
  let longest = 0;
  const made = editions.filter((e) => e.acknowledged);
  for (const e of made) {
    const at = seen.get(e.n);
    const next = made.find((o) => o.target === e.target && o.n > e.n);
    // Seen within the limit, or replaced by the FAQ's next edition before it could be.
    const inTime =
      at !== undefined
        ? at - e.publishSentAt <= LIMIT_MS
        : next !== undefined && next.publishSentAt - e.publishSentAt <= LIMIT_MS;
    if (!inTime) late.push(e.n);
  }
  // Made or refused yet applied: how long after its publish was sent the public first saw it.
  for (const e of editions)
    if (seen.has(e.n)) longest = Math.max(longest, seen.get(e.n) - e.publishSentAt);
  const replaced = made.filter((e) => !seen.has(e.n)).length;
  const refusedSeen = editions.filter((e) => !e.acknowledged && seen.has(e.n)).length;
  return [
    `publishes: ${made.length} made (one every ${publishEvery} s), ${publishing.errors.length} refused ` +
      `(${publishing.fiveXX} 5xx; ${refusedSeen} of the refused publishes were seen by the public all the same)` +
      `${publishing.errors.length ? ` e.g. ${publishing.errors[0].slice(0, 160)}` : ''}; the public saw each at most ${Math.round(longest)} ms after ` +
      `its publish was sent (limit ${LIMIT_MS} ms for those made)${replaced ? `, ${replaced} replaced by the next edition before a read caught them` : ''}` +
      `${late.length ? `; LATE: editions ${late.join(', ')}` : ''}; ` +
      `seen unpublished or out of order in ${watchRounds} rounds of reads: ${breaches.length ? breaches.slice(0, 5).join('; ') : 'nothing'}`,
    (publishEvery === 0 || made.length >= Math.floor(duration / publishEvery / 2)) &&
      publishing.errors.length === 0 &&
      publishing.fiveXX === 0 &&
      late.length === 0 &&
      breaches.length === 0,
  ];
}

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
  publicationChecks(),
  onlyPublishedChanges(),
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
