// npm run test:faults — crash safety. 20 trials, alternating:
//  - a large seed (the real loader, one transaction) killed with SIGKILL. The loader says when its
//    transaction has begun and committed (scripts/fault-load.mjs), so each kill is placed: four
//    in five are aimed inside the transaction (a random moment after it began, within 90% of the
//    shortest length measured), one in five at a random moment before it. Each trial reports
//    where the kill landed, and the run fails unless at least half of the seed trials killed it
//    mid-transaction;
//  - a burst of editor mutations against `rolegraph serve`, the server killed with SIGKILL. Eight
//    clients each own a role and send FAQ drafts, links to new skills, reorders of the role's
//    skills and publishes of the role (many rows, a revision and a content-version bump each);
//    one publish goes first, alone, so every trial has an acknowledged publish to check.
// After each kill: SQLite's integrity check passes; a seed is entirely in or entirely out (in
// only if the kill came after its last write); every mutation the client saw acknowledged is
// there (FAQs, each role's skill list exactly as acknowledged, or with the one change in flight
// at the kill, a revision for each publish, the content version raised once per publish); and the
// server starts again and answers. Prints a line per trial and a summary; exits 1 on any failure.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { initOrm, migrate } from '../dist/db/orm.js';
import { seedFromDir } from '../dist/seed/index.js';

const { values: args } = parseArgs({ options: { trials: { type: 'string', default: '20' } } });
const TRIALS = Number(args.trials);
const ROOT = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'rolegraph-faults-'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const random = (min, max) => min + Math.floor(Math.random() * (max - min));
const shuffle = (items) => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(0, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

/** Resolves once the child has ended (at once if it already has, by exit code or signal). */
const exited = (child) =>
  new Promise((r) =>
    child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r),
  );

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** A fresh database file with the migrations and the real content. */
async function freshDatabase(name) {
  const file = join(work, `${name}.sqlite`);
  const orm = await initOrm({ kind: 'sqlite', file });
  await migrate(orm);
  await seedFromDir(orm.em, join(ROOT, 'content-seed'));
  await orm.close();
  return file;
}

async function inspect(file, sql, params = []) {
  const orm = await initOrm({ kind: 'sqlite', file });
  try {
    return await orm.em.getConnection().execute(sql, params);
  } finally {
    await orm.close();
  }
}

async function integrity(file) {
  const rows = await inspect(file, 'pragma integrity_check');
  return rows.map((r) => Object.values(r)[0]).join(', ');
}

const count = async (file, table, where = '1 = 1') =>
  Number((await inspect(file, `select count(*) as n from \`${table}\` where ${where}`))[0].n);

/**
 * Starts the large load. `lines` fills with what it says (`<ms> begun`, `<ms> wrote …`,
 * `<ms> committed`, `<ms> loaded`); `begun` resolves when the transaction has begun.
 */
function startLoad(file) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/fault-load.mjs'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = [];
  let partial = '';
  let onBegun;
  const begun = new Promise((r) => (onBegun = r));
  child.stdout.on('data', (d) => {
    const text = partial + d.toString();
    const complete = text.split('\n');
    partial = complete.pop();
    for (const line of complete) {
      const [ms, ...words] = line.split(' ');
      lines.push({ ms: Number(ms), what: words.join(' ') });
      if (words[0] === 'begun') onBegun();
    }
  });
  const ended = new Promise((r) => child.stdout.once('end', r));
  return { child, lines, begun, ended };
}

/** How long the load's transaction takes here, from one load left to finish. */
async function measureLoad() {
  const file = await freshDatabase('calibration');
  const load = startLoad(file);
  await exited(load.child);
  await load.ended;
  const at = (what) => load.lines.find((l) => l.what === what)?.ms;
  if (load.child.exitCode !== 0 || at('begun') === undefined || at('committed') === undefined)
    throw new Error(`the calibration load failed (exit ${load.child.exitCode})`);
  return { transactionMs: at('committed') - at('begun') };
}

/** Where the kill landed, from what the load had said before it died. */
function landing(lines) {
  const said = (what) => lines.some((l) => l.what === what);
  const last = lines.filter((l) => l.what.startsWith('wrote')).at(-1);
  if (!said('begun')) return { where: 'before BEGIN', last };
  if (said('committed')) return { where: 'after COMMIT', last };
  return { where: 'mid-transaction', last };
}

/** Kills a large seed, mostly inside its transaction: the load is all in or all out. */
async function seedTrial(trial, seedTrials, transactionMs) {
  const file = await freshDatabase(`seed-${trial}`);
  const before = { skills: await count(file, 'skill'), links: await count(file, 'role_skill') };
  const started = Date.now();
  const load = startLoad(file);
  // One seed trial in five kills at a random moment before the transaction could have begun (or
  // just as it does); the others wait for it to begin, then kill within its expected length.
  const aim = seedTrials % 5 === 0 ? 'early' : 'inside';
  if (aim === 'early') await sleep(random(50, 1500));
  else {
    await Promise.race([load.begun, exited(load.child)]);
    await sleep(random(0, Math.round(transactionMs * 0.9)));
  }
  const killAt = Date.now() - started;
  load.child.kill('SIGKILL');
  await exited(load.child);
  await load.ended;
  const { where, last } = landing(load.lines);
  const at = (what) => load.lines.find((l) => l.what === what)?.ms;
  const check = await integrity(file);
  const after = { skills: await count(file, 'skill'), links: await count(file, 'role_skill') };
  const added = { skills: after.skills - before.skills, links: after.links - before.links };
  // 5 specialisms × 200 skills and 5 × 20 roles × 15 skill links, or nothing.
  const allIn = added.skills === 1000 && added.links === 1500;
  const allOut = added.skills === 0 && added.links === 0;
  // In only once the transaction is done writing: after COMMIT, or killed between its last write
  // and the line saying it committed.
  const expected =
    where === 'after COMMIT'
      ? allIn
      : where === 'before BEGIN'
        ? allOut
        : allOut || (allIn && last?.what.startsWith('wrote done'));
  const ok = check === 'ok' && expected;
  const progress = last ? `, after "${last.what}"` : '';
  const state = allIn
    ? 'all in'
    : allOut
      ? 'all out'
      : `PARTIAL (+${added.skills} skills, +${added.links} links)`;
  return {
    ok,
    where,
    // A load that got to commit says how long its transaction took this time.
    transactionMs: where === 'after COMMIT' ? at('committed') - at('begun') : undefined,
    line: `seed      killed at ${String(killAt).padStart(4)} ms (aimed ${aim}): ${where}${progress}; integrity ${check}; ${state}`,
  };
}

function startServer(file, port) {
  // One process, so the kill hits the process doing the writes.
  const args = ['bin/rolegraph.js', 'serve', '--port', String(port), '--workers', '1'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      DATABASE_URL: `sqlite:${file}`,
      MUTATION_RATE_LIMIT: 'off',
      API_RATE_LIMIT: 'off',
      // Publishes queue for the write lock: no answer may be cut short while its change goes on.
      REQUEST_TIME_BUDGET_MS: '60000',
    },
  });
  return child;
}

async function waitHealthy(origin, child) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited (${child.exitCode ?? child.signalCode})`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // starting
    }
    await sleep(50);
  }
  throw new Error('server did not become healthy');
}

/** Each role's working skill list, in order (what `reorderLinks` sets and `link` appends to). */
async function skillLists(file) {
  const rows = await inspect(
    file,
    'select r.slug as role, s.slug as skill from role_skill rs join role r on r.id = rs.role_id ' +
      'join skill s on s.id = rs.skill_id where rs.in_draft = 1 order by r.slug, rs.draft_position, rs.id',
  );
  const lists = new Map();
  for (const { role, skill } of rows) lists.set(role, [...(lists.get(role) ?? []), skill]);
  return lists;
}

const contentVersion = async (file) =>
  Number((await inspect(file, 'select version from content_state where id = 1'))[0].version);

/** What one client's mutation does to its role's skill list. */
const applyTo = (list, op) =>
  op?.kind === 'link' ? [...list, op.skill] : op?.kind === 'reorder' ? op.order : list;

/** Kills the server during a burst of mutations: every acknowledged change survives. */
async function mutationTrial(trial) {
  const file = await freshDatabase(`mutations-${trial}`);
  const token = execFileSync(
    process.execPath,
    ['bin/rolegraph.js', 'token', 'create', '--name', `fault-${trial}`, '--role', 'editor'],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: `sqlite:${file}` } },
  )
    .toString()
    .trim()
    .split('\n')
    .at(-1);
  const listsBefore = await skillLists(file);
  const allSkills = (await inspect(file, 'select slug from skill')).map((r) => r.slug);
  const versionBefore = await contentVersion(file);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startServer(file, port);
  await waitHealthy(origin, server);

  const roles = [...listsBefore.keys()].sort().slice(0, 8);
  const clients = roles.map((role) => ({
    role,
    list: listsBefore.get(role),
    spare: shuffle(allSkills.filter((s) => !listsBefore.get(role).includes(s))),
    faqs: [],
    publishes: [],
    acknowledged: { faq: 0, link: 0, reorder: 0, publish: 0 },
    refused: [],
    /** The mutation sent and not answered when the server died. */
    pending: null,
  }));
  let sent = 0;
  let stop = false;
  const gql = async (query, variables) => {
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return res.json();
  };
  /** Sends one mutation for client `c`; false once the server is gone (`c.pending` in flight). */
  const send = async (c, op) => {
    c.pending = op;
    sent++;
    let body;
    try {
      body =
        op.kind === 'faq'
          ? await gql('mutation ($input: FaqInput!) { createFaq(input: $input) { slug } }', {
              input: { slug: op.slug, question: `Does ${op.slug} survive?`, answer: 'It must.' },
            })
          : op.kind === 'link'
            ? await gql(
                'mutation ($from: String!, $to: String!) { link(input: { kind: ROLE_SKILL, from: $from, to: $to }) { version } }',
                { from: c.role, to: op.skill },
              )
            : op.kind === 'reorder'
              ? await gql(
                  'mutation ($from: String!, $order: [String!]!) { reorderLinks(input: { kind: ROLE_SKILL, from: $from, order: $order }) { version } }',
                  { from: c.role, order: op.order },
                )
              : await gql(
                  'mutation ($slug: String!) { publish(type: ROLE, slug: $slug) { version } }',
                  { slug: c.role },
                );
    } catch {
      return false;
    }
    c.pending = null;
    if (body.errors?.length) {
      c.refused.push(`${op.kind}: ${body.errors[0].extensions?.code} ${body.errors[0].message}`);
      return true;
    }
    c.acknowledged[op.kind]++;
    if (op.kind === 'faq') c.faqs.push(op.slug);
    if (op.kind === 'link') c.spare.shift();
    if (op.kind === 'publish') c.publishes.push(body.data.publish.version);
    c.list = applyTo(c.list, op);
    return true;
  };
  /** One mutation in ten is a publish of the client's role. */
  const next = (c, w, i) => {
    const roll = Math.random();
    return roll < 0.45
      ? { kind: 'faq', slug: `fault-${trial}-${w}-${i}` }
      : roll < 0.65 && c.spare.length
        ? { kind: 'link', skill: c.spare[0] }
        : roll < 0.9
          ? { kind: 'reorder', order: shuffle(c.list) }
          : { kind: 'publish' };
  };
  const acknowledgedSoFar = () =>
    clients.reduce((n, c) => n + Object.values(c.acknowledged).reduce((a, b) => a + b, 0), 0);
  // One publish first, alone: under the burst a publish can take half a minute to be answered
  // (it commits long before), so this makes sure every trial has one acknowledged to check.
  await send(clients[0], { kind: 'publish' });
  const workers = clients.map(async (c, w) => {
    for (let i = 0; !stop; i++) if (!(await send(c, next(c, w, i)))) return;
  });
  // Once the burst's writes are flowing, at a random moment in the next 8 s (long enough for
  // some of the burst's publishes to commit).
  const started = Date.now();
  const before = acknowledgedSoFar();
  while (acknowledgedSoFar() === before && Date.now() - started < 20_000) await sleep(5);
  await sleep(random(0, 8000));
  const killAt = Date.now() - started;
  server.kill('SIGKILL');
  stop = true;
  // A request cut off by the kill may never settle (its socket is gone): wait a moment, no more.
  await Promise.race([Promise.all(workers), sleep(1000)]);
  await exited(server);

  const check = await integrity(file);
  const storedFaqs = new Set(
    (await inspect(file, `select slug from faq where slug like 'fault-${trial}-%'`)).map(
      (r) => r.slug,
    ),
  );
  const listsAfter = await skillLists(file);
  const revisions = new Set(
    (await inspect(file, "select node_slug, version from revision where node_type = 'role'")).map(
      (r) => `${r.node_slug}@${r.version}`,
    ),
  );
  const versionAfter = await contentVersion(file);
  const lost = [];
  let inFlight = 0;
  let inFlightStored = 0;
  for (const c of clients) {
    for (const slug of c.faqs) if (!storedFaqs.has(slug)) lost.push(`FAQ ${slug}`);
    for (const version of c.publishes)
      if (!revisions.has(`${c.role}@${version}`)) lost.push(`publish of ${c.role} v${version}`);
    // The role's list is what the acknowledged changes made it, or that and the one in flight.
    const stored = (listsAfter.get(c.role) ?? []).join();
    const withPending = applyTo(c.list, c.pending).join();
    if (stored !== c.list.join() && stored !== withPending)
      lost.push(`skills of ${c.role}: stored ${stored}, acknowledged ${c.list.join()}`);
    if (c.pending) {
      inFlight++;
      const landed =
        c.pending.kind === 'faq'
          ? storedFaqs.has(c.pending.slug)
          : c.pending.kind === 'publish'
            ? false // counted by the content version below
            : stored === withPending && stored !== c.list.join();
      if (landed) inFlightStored++;
    }
  }
  // Each publish raises the content version once: the acknowledged ones, and perhaps those in
  // flight, and nothing else.
  const publishes = clients.reduce((n, c) => n + c.publishes.length, 0);
  const publishesInFlight = clients.filter((c) => c.pending?.kind === 'publish').length;
  const raised = versionAfter - versionBefore;
  if (raised < publishes) lost.push(`content version raised ${raised} times for ${publishes}`);
  if (raised > publishes + publishesInFlight)
    lost.push(
      `content version raised ${raised} times, more than ${publishes} + ${publishesInFlight} publishes`,
    );
  inFlightStored += raised - publishes;
  const refused = clients.flatMap((c) => c.refused);

  // Restart: the server comes back and answers.
  const again = startServer(file, port);
  let restarted;
  try {
    await waitHealthy(origin, again);
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ role(slug: "mlops-engineer") { slug } }' }),
    });
    restarted = (await res.json()).data?.role?.slug === 'mlops-engineer';
  } finally {
    again.kill('SIGTERM');
    await exited(again);
  }
  const acknowledged = { faq: 0, link: 0, reorder: 0, publish: 0 };
  for (const c of clients)
    for (const kind of Object.keys(acknowledged)) acknowledged[kind] += c.acknowledged[kind];
  const total = Object.values(acknowledged).reduce((a, b) => a + b, 0);
  const ok =
    check === 'ok' &&
    lost.length === 0 &&
    refused.length === 0 &&
    restarted &&
    acknowledged.publish > 0 &&
    total > 0;
  const kinds = Object.entries(acknowledged)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return {
    ok,
    acknowledged: total,
    stored: total - lost.length,
    lost: lost.length,
    line:
      `mutations killed at ${String(killAt).padStart(4)} ms: integrity ${check}; ${total} acknowledged of ${sent} sent (${kinds}), ` +
      `${total - lost.length} stored, ${lost.length} lost; ${inFlight} in flight at the kill, ${inFlightStored} of them stored; ` +
      `content version +${raised}; ${refused.length} refused; restart ${restarted ? 'answers' : 'FAILED'}` +
      [...lost, ...refused].map((l) => `\n     ${l}`).join(''),
  };
}

let failures = 0;
const seeds = { trials: 0, where: {} };
const mutations = { trials: 0, acknowledged: 0, stored: 0, lost: 0 };
try {
  let { transactionMs } = await measureLoad();
  console.log(`the large seed's transaction takes ${transactionMs} ms here (one load, not killed)`);
  for (let trial = 1; trial <= TRIALS; trial++) {
    let result;
    if (trial % 2) {
      seeds.trials++;
      result = await seedTrial(trial, seeds.trials, transactionMs);
      // Aim by the shortest transaction seen, so the kills stay inside it.
      transactionMs = Math.min(transactionMs, result.transactionMs ?? Infinity);
      seeds.where[result.where] = (seeds.where[result.where] ?? 0) + 1;
    } else {
      mutations.trials++;
      result = await mutationTrial(trial);
      for (const key of ['acknowledged', 'stored', 'lost']) mutations[key] += result[key];
    }
    if (!result.ok) failures++;
    console.log(`${String(trial).padStart(2)} ${result.ok ? 'ok  ' : 'FAIL'} ${result.line}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const mid = seeds.where['mid-transaction'] ?? 0;
const midEnough = mid * 2 >= seeds.trials;
console.log(
  `seed trials: ${seeds.trials}; where the kill landed: ${Object.entries(seeds.where)
    .map(([where, n]) => `${where} ${n}`)
    .join(', ')}` + ` — ${midEnough ? 'ok' : 'FAIL'}: at least half must land mid-transaction`,
);
console.log(
  `mutation trials: ${mutations.trials}; ${mutations.acknowledged} acknowledged, ${mutations.stored} stored, ${mutations.lost} lost`,
);
console.log(`${TRIALS} trials, ${TRIALS - failures} passed, ${failures} failed`);
process.exit(failures || !midEnough ? 1 : 0);
