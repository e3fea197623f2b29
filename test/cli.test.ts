import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { SERVE_NODE_FLAGS } from '../src/server/heap-flags.js';
import { namedDatabaseUrl } from './engine.js';
import { rolegraph as run, waitFor } from './processes.js';

// These run the built program (`npm test` builds first), exactly as `npm start` and `npx rolegraph` do.
const dir = mkdtempSync(join(tmpdir(), 'rolegraph-cli-'));
const databaseUrl = namedDatabaseUrl(dir, 'site');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rolegraph = (args: string[], env: Record<string, string> = {}) =>
  run(args, { DATABASE_URL: databaseUrl, LOG_FORMAT: 'json', ...env });

describe('rolegraph command', () => {
  it('serve --migrate --seed-if-empty (what npm start runs) seeds, serves, and stops cleanly on Ctrl-C', async () => {
    // As in production: Apollo installs signal handlers of its own unless NODE_ENV is "test".
    const server = rolegraph(['serve', '--migrate', '--seed-if-empty', 'content-seed'], {
      NODE_ENV: 'production',
    });
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
    expect(stdout).toMatch(/^roles: 0 created, 0 updated, \d+ unchanged$/m);
    expect(stdout).toContain('No changes: the database already matches the files.');
  });

  it('serve --workers 2: both workers answer, and a seed from another process reaches every worker', async () => {
    const server = rolegraph(['serve', '--workers', '2'], { CONTENT_POLL_MS: '100' });
    const [, origin] = await waitFor(
      server.output,
      /rolegraph listening on (http:\/\/localhost:\d+)\/graphql with 2 workers/,
    );
    const names = async () => {
      const seen = new Set<string>();
      const pids = new Set<string>();
      for (let i = 0; i < 30; i++) {
        // A new connection each time, so the requests spread over the workers.
        const res = await fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ query: '{ technology(slug: "kubernetes") { name } }' }),
        });
        pids.add(res.headers.get('x-worker') ?? '');
        const body = (await res.json()) as { data: { technology: { name: string } } };
        seen.add(body.data.technology.name);
      }
      return { seen, pids };
    };
    const before = await names();
    expect([...before.seen]).toEqual(['Kubernetes']);
    expect(before.pids.size).toBe(2);
    // The primary was started without them; its workers start with the serving V8 flags.
    const primary = server.child.pid!;
    const workers = readFileSync(`/proc/${primary}/task/${primary}/children`, 'utf8')
      .trim()
      .split(/\s+/);
    expect(workers).toHaveLength(2);
    for (const pid of workers)
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toEqual(
        expect.arrayContaining([...SERVE_NODE_FLAGS]),
      );

    const changed = join(dir, 'changed-seed');
    cpSync('content-seed', changed, { recursive: true });
    const file = join(changed, 'taxonomy/technologies.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('name: Kubernetes', 'name: Kubernetes (K8s)'),
    );
    expect((await rolegraph(['seed', changed]).done).code).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    const after = await names();
    expect([...after.seen]).toEqual(['Kubernetes (K8s)']);

    // Put the content back for the tests that follow.
    expect((await rolegraph(['seed', 'content-seed']).done).code).toBe(0);
    server.child.kill('SIGTERM');
    expect((await server.done).code).toBe(0);
  });

  it('serve --workers 2 without Redis: the workers count one limit together, not one each', async () => {
    const server = rolegraph(['serve', '--workers', '2'], { ENQUIRY_RATE_LIMIT: '2/600' });
    const [, origin] = await waitFor(
      server.output,
      /listening on (http:\/\/localhost:\d+)\/graphql/,
    );
    const outcomes: string[] = [];
    const workers = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${origin}/graphql`, {
        method: 'POST',
        // A new connection each time, so the requests spread over the workers.
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({
          query: 'mutation ($input: EnquiryInput!) { submitEnquiry(input: $input) { id } }',
          variables: {
            input: {
              name: 'Jo Smith',
              email: 'jo@acme.example',
              company: 'Acme',
              specialism: 'ml-infrastructure',
              roles: [],
              message: 'We need two platform engineers by spring.',
              consent: true,
            },
          },
        }),
      });
      workers.add(res.headers.get('x-worker') ?? '');
      const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
      outcomes.push(body.errors?.[0]?.extensions.code ?? 'OK');
    }
    expect(workers.size).toBe(2);
    expect(outcomes).toEqual(['OK', 'OK', ...Array(6).fill('RATE_LIMITED')]);
    server.child.kill('SIGTERM');
    expect((await server.done).code).toBe(0);
  });

  it('refuses to serve an unmigrated database, in one line', async () => {
    const fresh = namedDatabaseUrl(dir, 'fresh');
    const { code, stderr } = await rolegraph(['serve'], { DATABASE_URL: fresh }).done;
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(
      /^rolegraph: the database needs \d+ migration\(s\): run `rolegraph migrate` first$/,
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

describe('editor commands', () => {
  const broken = join(dir, 'broken');
  cpSync('test/fixtures/seed/base', broken, { recursive: true });
  const role = join(broken, 'specialisms/platforms/roles/platform-engineer.yaml');
  writeFileSync(role, readFileSync(role, 'utf8').replace('responsibilities:', 'responsibilites:'));

  it('check: clean content exits 0', async () => {
    const { code, stdout } = await rolegraph(['check', 'content-seed']).done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No problems\.$/m);
    expect(stdout).toMatch(/^Checked \d+ nodes and \d+ links in \d+ ms\.$/m);
  });

  it('check: reports file:line:column and exits 1', async () => {
    const { code, stdout } = await rolegraph(['check', broken]).done;
    expect(code).toBe(1);
    expect(stdout).toContain(
      'specialisms/platforms/roles/platform-engineer.yaml:8:1: error: unknown field "responsibilites" (did you mean "responsibilities"?)',
    );
    expect(stdout).toContain('1 error, 0 warnings in 1 file.');
  });

  it('check --strict turns warnings into errors', async () => {
    const warned = join(dir, 'warned');
    cpSync('test/fixtures/seed/base', warned, { recursive: true });
    writeFileSync(
      join(warned, 'taxonomy/industries.yaml'),
      '- slug: technology\n  name: Technology\n- slug: retail\n  name: Retail\n',
    );
    const lenient = await rolegraph(['check', warned]).done;
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toContain('warning: industry "retail" is not linked from anything');
    const strict = await rolegraph(['check', '--strict', warned]).done;
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('error: industry "retail" is not linked from anything');
  });

  it('seed prints the warnings check would, and --strict refuses them', async () => {
    const warned = join(dir, 'warned-seed');
    cpSync('test/fixtures/seed/base', warned, { recursive: true });
    writeFileSync(
      join(warned, 'taxonomy/industries.yaml'),
      '- slug: technology\n  name: Technology\n- slug: retail\n  name: Retail\n',
    );
    const database = { DATABASE_URL: namedDatabaseUrl(dir, 'warned-seed') };
    const strict = await rolegraph(['seed', '--strict', warned], database).done;
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('error: industry "retail" is not linked from anything');
    const lenient = await rolegraph(['seed', warned], database).done;
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('warning: industry "retail" is not linked from anything');
  });

  it('start-up stops on an invalid seed folder with the same report as check', async () => {
    const fresh = namedDatabaseUrl(dir, 'never');
    const started = await rolegraph(['serve', '--migrate', '--seed-if-empty', broken], {
      DATABASE_URL: fresh,
    }).done;
    const checked = await rolegraph(['check', broken]).done;
    expect(started.code).toBe(1);
    expect(started.stderr).toContain(checked.stdout.split('\n')[0]);
    expect(started.stderr).toContain('1 error, 0 warnings in 1 file.');
    expect(started.stdout).not.toContain('listening');
  });

  it('seed --dry-run prints the diff and writes nothing', async () => {
    const edited = join(dir, 'edited');
    cpSync('content-seed', edited, { recursive: true });
    const techs = join(edited, 'taxonomy/technologies.yaml');
    writeFileSync(techs, readFileSync(techs, 'utf8').replace('name: Kubernetes', 'name: K8s'));
    const dry = await rolegraph(['seed', '--dry-run', edited]).done;
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('~ technology kubernetes (name)');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    const again = await rolegraph(['seed', 'content-seed']).done;
    expect(again.stdout).toContain('No changes');
  });

  it('export writes a folder that seeds back with no changes', async () => {
    const out = join(dir, 'exported');
    const exported = await rolegraph(['export', out]).done;
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote \d+ files to /m);
    expect(existsSync(join(out, 'specialisms/ml-infrastructure/specialism.yaml'))).toBe(true);
    const reseed = await rolegraph(['seed', out]).done;
    expect(reseed.stdout).toContain('No changes');
    const refused = await rolegraph(['export', out]).done;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds seed files.*--force/);
  });

  it('token create prints a token once; list shows it without the secret; revoke stops it', async () => {
    const created = await rolegraph(['token', 'create', '--name', 'ci-editor', '--role', 'editor'])
      .done;
    expect(created.code).toBe(0);
    const token = /^(rg_\S+)$/m.exec(created.stdout)?.[1];
    expect(token).toBeDefined();
    const listed = await rolegraph(['token', 'list']).done;
    expect(listed.stdout).toMatch(/ci-editor\s+editor\s+created \S+\s+active/);
    expect(listed.stdout).not.toContain(token!.slice(20));
    const dupe = await rolegraph(['token', 'create', '--name', 'ci-editor', '--role', 'viewer'])
      .done;
    expect(dupe.code).toBe(1);
    expect(dupe.stderr.trim()).toBe('rolegraph: a token named "ci-editor" already exists');
    const revoked = await rolegraph(['token', 'revoke', 'ci-editor']).done;
    expect(revoked.stdout).toContain('Revoked token "ci-editor".');
    expect((await rolegraph(['token', 'list']).done).stdout).toMatch(
      /ci-editor\s+editor\s+created \S+\s+revoked/,
    );
  });

  it('build-site writes every page, the sitemap and robots.txt, and prints the count and time', async () => {
    const out = join(dir, 'site');
    const built = await rolegraph(['build-site', '--out', out], {
      SITE_URL: 'https://hire.example.org',
    }).done;
    expect(built.code).toBe(0);
    const [, pages] =
      /^Wrote (\d+) pages \(\d+ files\) to .* in \d+ ms\.$/m.exec(built.stdout) ?? [];
    expect(Number(pages)).toBeGreaterThan(100);
    expect(readFileSync(join(out, 'ml-infrastructure/compare/index.html'), 'utf8')).toContain(
      '<table>',
    );
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain(
      '<loc>https://hire.example.org/roles/mlops-engineer/</loc>',
    );
    expect(existsSync(join(out, '404.html'))).toBe(true);
    expect(existsSync(join(out, 'robots.txt'))).toBe(true);
    expect(existsSync(join(out, 'assets/site.css'))).toBe(true);
  });

  it('new specialism writes a skeleton that check accepts with warnings only', async () => {
    const folder = join(dir, 'with-new');
    cpSync('content-seed', folder, { recursive: true });
    const made = await rolegraph(['new', 'specialism', 'speech-and-audio', '--dir', folder]).done;
    expect(made.code).toBe(0);
    const yaml = readFileSync(join(folder, 'specialisms/speech-and-audio/specialism.yaml'), 'utf8');
    expect(yaml).toContain('# The role the specialism is named after');
    const checked = await rolegraph(['check', folder]).done;
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^0 errors, \d+ warnings in 3 files\.$/m);
    expect(checked.stdout).toContain('placeholder text left to fill in');
    const again = await rolegraph(['new', 'specialism', 'speech-and-audio', '--dir', folder]).done;
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    // Nothing half-written goes live: seed refuses the placeholders check only warns about.
    const database = { DATABASE_URL: namedDatabaseUrl(dir, 'skeleton') };
    const seeded = await rolegraph(['seed', folder], database).done;
    expect(seeded.code).toBe(1);
    expect(seeded.stderr).toMatch(
      /specialisms\/speech-and-audio\/specialism\.yaml:\d+:\d+: error: headline: placeholder text left to fill in/,
    );
  });

  it('new specialism --primary-role names the primary role once, everywhere', async () => {
    const folder = join(dir, 'with-primary');
    cpSync('test/fixtures/seed/base', folder, { recursive: true });
    const made = await rolegraph([
      'new',
      'specialism',
      'computer-vision',
      '--primary-role',
      'perception-engineer',
      '--dir',
      folder,
    ]).done;
    expect(made.code).toBe(0);
    const base = join(folder, 'specialisms/computer-vision');
    expect(readFileSync(join(base, 'specialism.yaml'), 'utf8')).toMatch(
      /^primaryRole: perception-engineer$/m,
    );
    const role = readFileSync(join(base, 'roles/perception-engineer.yaml'), 'utf8');
    expect(role).toMatch(/^slug: perception-engineer$/m);
    expect(role).toMatch(/^name: Perception Engineer$/m);
    expect(readFileSync(join(base, 'faqs.yaml'), 'utf8')).toContain(
      'What does a Perception Engineer do?',
    );
    const checked = await rolegraph(['check', folder]).done;
    expect(checked.stdout).toMatch(/^0 errors, \d+ warnings in 3 files\.$/m);
  });
});
