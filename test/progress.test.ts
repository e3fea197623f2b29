import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { progressReporter } from '../src/cli/progress.js';
import { exportToDir } from '../src/seed/index.js';
import { ormWith } from './helpers.js';
import { namedDatabaseUrl } from './engine.js';
import { syntheticContent, testShape } from '../src/seed/synthetic.js';

const dir = mkdtempSync(join(tmpdir(), 'rolegraph-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function stream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  let text = '';
  const s = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream & { text: () => string };
  s.isTTY = isTTY;
  s.text = () => text;
  return s;
}

describe('seed progress', () => {
  it('draws a bar in place on a terminal, only for long loads', () => {
    const tty = stream(true);
    const report = progressReporter(tty);
    report({ phase: 'roles', done: 1000, total: 4000 });
    report({ phase: 'links', done: 3000, total: 4000 });
    report({ phase: 'done', done: 4000, total: 4000 });
    expect(tty.text()).toContain('\r[########----------------------]  25% roles');
    expect(tty.text()).toMatch(/\r\[#{30}\] 100% done\s*\n$/);
    const short = stream(true);
    progressReporter(short)({ phase: 'roles', done: 5, total: 20 });
    expect(short.text()).toBe('');
  });

  it('prints plain lines, one per phase, when not a terminal (the real command)', async () => {
    const orm = await ormWith(syntheticContent(testShape(60)));
    const folder = join(dir, 'big');
    await exportToDir(orm.em, folder);
    await orm.close();
    const child = spawn(process.execPath, ['bin/rolegraph.js', 'seed', folder], {
      env: { ...process.env, DATABASE_URL: namedDatabaseUrl(dir, 'big') },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toContain('\r');
    expect(stderr).toMatch(/^loading roles \(\d+\/\d+\)$/m);
    expect(stderr).toMatch(/^loading links \(\d+\/\d+\)$/m);
    expect(stdout).toMatch(/^roles: 60 created, 0 updated, 0 unchanged$/m);
  });
});
