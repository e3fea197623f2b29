// npm run test:faults — crash safety. 20 trials, alternating:
//  - a large seed (the real loader, one transaction) killed with SIGKILL at a random moment;
//  - a burst of editor mutations against `rolegraph serve`, the server killed with SIGKILL.
// After each kill: SQLite's integrity check passes, a seed is entirely in or entirely out,
// every mutation the client saw acknowledged is there, and the server starts again and answers.
// Prints a line per trial and a summary; exits 1 on any failure.
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

async function inspect(file, sql) {
  const orm = await initOrm({ kind: 'sqlite', file });
  try {
    return await orm.em.getConnection().execute(sql);
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

/** Kills a large seed at a random moment: the load is all in or all out. */
async function seedTrial(trial) {
  const file = await freshDatabase(`seed-${trial}`);
  const before = { skills: await count(file, 'skill'), links: await count(file, 'role_skill') };
  const child = spawn(process.execPath, [join(ROOT, 'scripts/fault-load.mjs'), file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let finished = false;
  child.stdout.on('data', (d) => (finished ||= d.toString().includes('loaded')));
  const killAt = random(50, 6000);
  await sleep(killAt);
  child.kill('SIGKILL');
  await exited(child);
  const check = await integrity(file);
  const after = { skills: await count(file, 'skill'), links: await count(file, 'role_skill') };
  const added = { skills: after.skills - before.skills, links: after.links - before.links };
  // 5 specialisms × 200 skills and 5 × 20 roles × 15 skill links, or nothing.
  const allIn = added.skills === 1000 && added.links === 1500;
  const allOut = added.skills === 0 && added.links === 0;
  const ok = check === 'ok' && (allIn || allOut) && (!finished || allIn);
  return {
    ok,
    line: `seed      killed at ${String(killAt).padStart(4)} ms: integrity ${check}; ${allIn ? 'all in' : allOut ? 'all out' : `PARTIAL (+${added.skills} skills, +${added.links} links)`}`,
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
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = startServer(file, port);
  await waitHealthy(origin, server);

  const acknowledged = [];
  let sent = 0;
  let stop = false;
  const worker = async (w) => {
    for (let i = 0; !stop; i++) {
      const slug = `fault-${trial}-${w}-${i}`;
      sent++;
      try {
        const res = await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: `mutation { createFaq(input: { slug: "${slug}", question: "Does ${slug} survive?", answer: "It must." }) { slug } }`,
          }),
        });
        const body = await res.json();
        if (body.data?.createFaq?.slug === slug) acknowledged.push(slug);
      } catch {
        return; // the server is gone
      }
    }
  };
  const workers = Array.from({ length: 8 }, (_, w) => worker(w));
  // Once writes are flowing, at a random moment.
  const started = Date.now();
  while (acknowledged.length === 0 && Date.now() - started < 10_000) await sleep(5);
  await sleep(random(0, 1000));
  const killAt = Date.now() - started;
  server.kill('SIGKILL');
  stop = true;
  // A request cut off by the kill may never settle (its socket is gone): wait a moment, no more.
  await Promise.race([Promise.all(workers), sleep(1000)]);
  await exited(server);

  const check = await integrity(file);
  const stored = new Set(
    (await inspect(file, `select slug from faq where slug like 'fault-${trial}-%'`)).map(
      (r) => r.slug,
    ),
  );
  const lost = acknowledged.filter((slug) => !stored.has(slug));
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
  const ok = check === 'ok' && lost.length === 0 && restarted && acknowledged.length > 0;
  return {
    ok,
    line: `mutations killed at ${String(killAt).padStart(4)} ms: integrity ${check}; ${acknowledged.length} acknowledged of ${sent} sent, ${stored.size} stored, ${lost.length} lost; restart ${restarted ? 'answers' : 'FAILED'}`,
  };
}

let failures = 0;
try {
  for (let trial = 1; trial <= TRIALS; trial++) {
    const { ok, line } = trial % 2 ? await seedTrial(trial) : await mutationTrial(trial);
    if (!ok) failures++;
    console.log(`${String(trial).padStart(2)} ${ok ? 'ok  ' : 'FAIL'} ${line}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${TRIALS} trials, ${TRIALS - failures} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
