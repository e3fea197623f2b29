import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// These run the built program (`npm test` builds first), exactly as `npm start` and `npx rolegraph` do.
const dir = mkdtempSync(join(tmpdir(), 'rolegraph-cli-'));
const databaseUrl = `sqlite:${join(dir, 'site.sqlite')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rolegraph(
  args: string[],
  env: Record<string, string> = {},
): { child: ChildProcess; done: Promise<Finished>; output: () => string } {
  const child = spawn(process.execPath, ['bin/rolegraph.js', ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Finished>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done, output: () => stdout + stderr };
}

async function waitFor(
  output: () => string,
  pattern: RegExp,
  ms = 20_000,
): Promise<RegExpExecArray> {
  const until = Date.now() + ms;
  for (;;) {
    const match = pattern.exec(output());
    if (match) return match;
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${pattern}; output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('rolegraph command', () => {
  it('serve --migrate --seed-if-empty (what npm start runs) seeds, serves, and stops cleanly on Ctrl-C', async () => {
    const server = rolegraph(['serve', '--migrate', '--seed-if-empty', 'content-seed']);
    const [, origin] = await waitFor(
      server.output,
      /rolegraph listening on (http:\/\/localhost:\d+)\/graphql/,
    );
    expect(server.output()).toContain('seeded the empty database from content-seed');

    const health = await fetch(`${origin}/healthz`);
    expect(health.status).toBe(200);
    const res = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ technology(slug: "kubernetes") { roles { slug } } }' }),
    });
    const body = (await res.json()) as { data: { technology: { roles: { slug: string }[] } } };
    expect(body.data.technology.roles.map((r) => r.slug)).toContain('ml-infrastructure-engineer');

    server.child.kill('SIGINT');
    const finished = await server.done;
    expect(finished.code).toBe(0);
    expect(finished.stdout).toContain('stopped');
    expect(finished.stderr).toBe('');
  });

  it('does not seed again when the database has content', async () => {
    const server = rolegraph(['serve', '--migrate', '--seed-if-empty', 'content-seed']);
    await waitFor(server.output, /listening on/);
    expect(server.output()).not.toContain('seeded');
    server.child.kill('SIGTERM');
    expect((await server.done).code).toBe(0);
  });

  it('seed reports no changes for content already loaded', async () => {
    const { code, stdout } = await rolegraph(['seed', 'content-seed']).done;
    expect(code).toBe(0);
    expect(stdout).toContain('roles: 0 created, 0 updated, 5 unchanged');
    expect(stdout).toContain('No changes.');
  });

  it('refuses to serve an unmigrated database, in one line', async () => {
    const fresh = `sqlite:${join(dir, 'fresh.sqlite')}`;
    const { code, stderr } = await rolegraph(['serve'], { DATABASE_URL: fresh }).done;
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'rolegraph: the database needs 1 migration(s): run `rolegraph migrate` first',
    );
  });

  it('explains a bad DATABASE_URL in one line', async () => {
    const { code, stderr } = await rolegraph(['migrate'], { DATABASE_URL: 'mysql://nope' }).done;
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'rolegraph: DATABASE_URL must start with "sqlite:" or "postgres://" (got "mysql:…")',
    );
  });
});
