import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENGINE, namedDatabaseUrl } from './engine.js';
import { rolegraph, waitFor } from './processes.js';

const dir = mkdtempSync(join(tmpdir(), 'rolegraph-modules-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Loaded into the server before the program: on SIGUSR2 it prints the packages whose code it has
// loaded so far (CommonJS: the database drivers, ioredis, pino-pretty and the password list are).
const probe = join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
process.on('SIGUSR2', () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    // MikroORM reads every @mikro-orm package's package.json to check versions: not code.
    if (file.endsWith('package.json')) continue;
    const match = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file);
    if (match) packages.add(match[1]);
  }
  console.log('LOADED ' + JSON.stringify([...packages]));
});
`,
);

describe('what a server loads', () => {
  it('only its own database engine, and no Redis client, pretty printer or password list it was not asked for', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        probe,
        'bin/rolegraph.js',
        'serve',
        '--migrate',
        '--seed-if-empty',
        'content-seed',
      ],
      {
        env: {
          ...process.env,
          NODE_ENV: 'production',
          PORT: '0',
          LOG_LEVEL: 'info',
          LOG_FORMAT: 'json',
          DATABASE_URL: namedDatabaseUrl(dir, 'site'),
        },
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    try {
      const [, origin] = await waitFor(
        () => output,
        /rolegraph listening on (http:\/\/localhost:\d+)\/graphql/,
        60_000,
      );
      // The public's paths, so what they load on first use is counted too.
      expect((await fetch(`${origin}/healthz`)).status).toBe(200);
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ role(slug: "mlops-engineer") { name skills { name } } }',
        }),
      });
      expect(((await res.json()) as { data: { role: { name: string } } }).data.role.name).toBe(
        'MLOps Engineer',
      );
      expect((await fetch(`${origin}/roles/mlops-engineer/`)).status).toBe(200);

      child.kill('SIGUSR2');
      const [, list] = await waitFor(() => output, /LOADED (\[.*\])/);
      const loaded = JSON.parse(list!) as string[];
      // Sanity: the probe sees CommonJS packages as the server loads them.
      expect(loaded).toContain('@mikro-orm/core');
      const other =
        ENGINE === 'sqlite' ? ['@mikro-orm/postgresql', 'pg'] : ['@mikro-orm/sqlite', 'sqlite3'];
      const mine = ENGINE === 'sqlite' ? '@mikro-orm/sqlite' : '@mikro-orm/postgresql';
      expect(loaded).toContain(mine);
      for (const name of [...other, 'ioredis', 'pino-pretty', '@zxcvbn-ts/language-common'])
        expect(loaded, name).not.toContain(name);
    } finally {
      child.kill('SIGTERM');
      await new Promise((done) =>
        child.exitCode !== null ? done(null) : child.once('exit', done),
      );
    }
  });

  it('refuses SERVE_V8_FLAGS that are not V8 flags, in one line, before opening anything', async () => {
    const run = rolegraph(['serve'], {
      DATABASE_URL: namedDatabaseUrl(dir, 'untouched'),
      SERVE_V8_FLAGS: 'heap-growing-percent=50; rm',
    });
    const finished = await run.done;
    expect(finished.code).toBe(1);
    expect(finished.stderr).toContain(
      'rolegraph: SERVE_V8_FLAGS: expected V8 flags such as "--heap-growing-percent=50"',
    );
  });
});
