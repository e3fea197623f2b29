import { createServer } from 'node:net';
// The bench's load generators and what it reads of the processes it drives (scripts/bench.mjs).
//
// wrk (Debian's `wrk` package) when it is on PATH: it drives the server from C with two threads,
// and takes far less of a small machine's CPU than a Node client would; autocannon (in this
// process) otherwise. Both give requests per second, p50/p99 latency, non-2xx answers and
// socket errors/timeouts for one run.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';

/** Whether `wrk` runs here. */
export function wrkAvailable() {
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  return !probe.error;
}

/** The Debian wrk's own version line, or autocannon's. */
export function generatorVersion(generator) {
  if (generator === 'autocannon') {
    const pkg = JSON.parse(
      readFileSync(new URL('../node_modules/autocannon/package.json', import.meta.url), 'utf8'),
    );
    return `autocannon ${pkg.version} (in the bench's Node process)`;
  }
  const out = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  const line = `${out.stdout}${out.stderr}`.split('\n')[0].trim();
  return `${line.replace(/ Copyright.*/, '')}, 2 threads`;
}

// A Lua string literal that needs no escaping: a long bracket whose level the text never closes.
const longString = (text) => {
  let level = 0;
  while (text.includes(`]${'='.repeat(level)}]`)) level++;
  const eq = '='.repeat(level);
  return `[${eq}[${text}]${eq}]`;
};

/**
 * The Lua script for one request: its method, body and headers, and a `done` that prints the
 * run's figures as one JSON line (wrk's latency is in microseconds; `status` counts answers
 * of 400 and above, wrk's own rule; `timeout`, `connect`, `read`, `write` are socket errors).
 */
function wrkScript(request) {
  const headers = Object.entries(request.headers ?? {})
    .map(([name, value]) => `wrk.headers[ ${longString(name)} ] = ${longString(value)}`)
    .join('\n');
  return `wrk.method = ${longString(request.method)}
${request.body === undefined ? '' : `wrk.body = ${longString(request.body)}`}
${headers}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
`;
}

async function runWrk({ url, request, connections, seconds, folder }) {
  const script = join(folder, `wrk-${process.pid}-${Math.random().toString(36).slice(2)}.lua`);
  writeFileSync(script, wrkScript(request));
  try {
    // A request not answered in 10 s is a timeout (autocannon's default too; the server's own
    // budget, REQUEST_TIME_BUDGET_MS, answers 503 after 5 s).
    const args = ['-t', '2', '-c', String(connections), '-d', `${seconds}s`];
    args.push('--timeout', '10s', '-s', script, url);
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise((done) => child.once('close', done));
    const line = /BENCH_JSON (.*)/.exec(out)?.[1];
    if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}): ${out.slice(0, 500)}`);
    const r = JSON.parse(line);
    return {
      requests: r.requests,
      seconds: r.durationUs / 1e6,
      rps: Math.round(r.requests / (r.durationUs / 1e6)),
      p50Ms: Math.round(r.p50Us / 10) / 100,
      p99Ms: Math.round(r.p99Us / 10) / 100,
      non2xx: r.status,
      errors: r.connect + r.read + r.write + r.timeout,
    };
  } finally {
    rmSync(script, { force: true });
  }
}

async function runAutocannon({ url, request, connections, seconds }) {
  const r = await autocannon({ url, ...request, connections, duration: seconds, timeout: 10 });
  return {
    requests: r.requests.total,
    seconds: r.duration,
    rps: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/**
 * One run of `request` ({ method, path, headers, body }) against `origin` by `generator`, at
 * `connections`, for `seconds`. `folder` holds wrk's scripts.
 */
export function load(generator, { origin, request, connections, seconds, folder }) {
  const { path, ...rest } = request;
  const options = { url: origin + path, request: rest, connections, seconds, folder };
  return generator === 'wrk' ? runWrk(options) : runAutocannon(options);
}

/** The pids of `pid`'s child processes (the workers of a cluster), from /proc. */
/** A free TCP port on this machine (asked of the OS, then released). */
export const freePort = () =>
  new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });

export function childPids(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim();
    return text ? text.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

/** A process's resident memory now (`VmRSS`) or at its peak (`VmHWM`), in MiB; null if unknown. */
export function rssMiB(pid, which = 'VmRSS') {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`${which}:\\s+(\\d+) kB`).exec(status)?.[1];
    return kb === undefined ? null : Math.round((Number(kb) / 1024) * 10) / 10;
  } catch {
    return null;
  }
}

/**
 * The SQL statements the serving processes `pids` have sent since they started, summed: each
 * is sent SIGUSR2 and writes its count to `<folder>/statements-<pid>.json` (`STATEMENT_STATS`).
 */
export async function statementsOf(pids, folder) {
  const files = pids.map((pid) => join(folder, `statements-${pid}.json`));
  for (const file of files) rmSync(file, { force: true });
  for (const pid of pids) process.kill(pid, 'SIGUSR2');
  const until = Date.now() + 10_000;
  while (!files.every((file) => existsSync(file))) {
    if (Date.now() > until) throw new Error(`no statement count from ${pids.join(', ')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return files.reduce((sum, file) => sum + JSON.parse(readFileSync(file, 'utf8')).statements, 0);
}
