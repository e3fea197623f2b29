import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isDatabaseEmpty, SeedValidationError, seedFromDir } from '../src/seed/index.js';
import { CONTENT_DIR, data, emptyOrm, snapshot, testApp } from './helpers.js';
import { TechnologyPageDocument } from '../src/generated/graphql.js';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rolegraph-seed-'));
  temps.push(dir);
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

describe('seed loader', () => {
  it('loads the content into an empty database, and a second load changes nothing', async () => {
    const orm = await emptyOrm();
    expect(await isDatabaseEmpty(orm.em)).toBe(true);
    const first = await seedFromDir(orm.em, CONTENT_DIR);
    expect(first.unchanged).toBe(false);
    expect(first.nodes.role.created).toBe(5);
    expect(first.nodes.specialism.created).toBe(1);
    expect(first.nodes.faq.created).toBe(8);
    expect(await isDatabaseEmpty(orm.em)).toBe(false);

    const before = await snapshot(orm);
    const second = await seedFromDir(orm.em, CONTENT_DIR);
    expect(second.unchanged).toBe(true);
    expect(second.nodes.role).toEqual({ created: 0, updated: 0, unchanged: 5, deleted: 0 });
    expect(Object.values(second.links).every((c) => c.created + c.updated + c.deleted === 0)).toBe(
      true,
    );
    expect(await snapshot(orm)).toEqual(before);
    await orm.close();
  });

  it('updates by slug: a renamed technology changes that node only', async () => {
    const dir = copyOfContent();
    const orm = await emptyOrm();
    await seedFromDir(orm.em, dir);
    const file = join(dir, 'taxonomy/technologies.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('name: Kubernetes', 'name: Kubernetes (K8s)'),
    );
    const summary = await seedFromDir(orm.em, dir);
    expect(summary.nodes.technology).toMatchObject({ created: 0, updated: 1 });
    expect(summary.nodes.role).toMatchObject({ created: 0, updated: 0 });
    const app = await testApp(orm);
    const { technology } = await data(app, TechnologyPageDocument, { slug: 'kubernetes' });
    expect(technology?.name).toBe('Kubernetes (K8s)');
    await app.stop();
    await orm.close();
  });

  it('moves links: removing a hub from a role deletes exactly that link', async () => {
    const dir = copyOfContent();
    const orm = await emptyOrm();
    await seedFromDir(orm.em, dir);
    const file = join(dir, 'specialisms/ml-infrastructure/roles/platform-engineer.yaml');
    const text = readFileSync(file, 'utf8');
    const hubs = /^hubs:\n((?: {2}- .*\n)+)/m.exec(text);
    expect(hubs).not.toBeNull();
    const firstHub = hubs![1].split('\n')[0];
    writeFileSync(file, text.replace(`${firstHub}\n`, ''));
    const summary = await seedFromDir(orm.em, dir);
    expect(summary.links.roleHub.deleted).toBe(1);
    expect(summary.links.roleHub.created).toBe(0);
    await orm.close();
  });

  it('writes nothing when the files have an error, and says where it is', async () => {
    const dir = copyOfContent();
    const orm = await emptyOrm();
    await seedFromDir(orm.em, CONTENT_DIR);
    const before = await snapshot(orm);
    // A good change and a bad one in the same load: neither may be written.
    const techs = join(dir, 'taxonomy/technologies.yaml');
    writeFileSync(
      techs,
      readFileSync(techs, 'utf8').replace('name: Kubernetes', 'name: Kubernetes 2'),
    );
    const role = join(dir, 'specialisms/ml-infrastructure/roles/mlops-engineer.yaml');
    writeFileSync(
      role,
      readFileSync(role, 'utf8').replace(/^technologies:\n/m, 'technologies:\n  - kubernets\n'),
    );
    const error = await seedFromDir(orm.em, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems;
    expect(problems).toHaveLength(1);
    const line = readFileSync(role, 'utf8').split('\n').indexOf('  - kubernets') + 1;
    expect(problems[0]).toMatchObject({
      file: 'specialisms/ml-infrastructure/roles/mlops-engineer.yaml',
      line,
      column: 5,
      message: 'unknown technology "kubernets"',
    });
    expect(await snapshot(orm)).toEqual(before);
    await orm.close();
  });

  it('rolls the whole load back when the database refuses a write', async () => {
    const orm = await emptyOrm();
    await seedFromDir(orm.em, CONTENT_DIR);
    const before = await snapshot(orm);
    const dir = copyOfContent();
    const techs = join(dir, 'taxonomy/technologies.yaml');
    writeFileSync(
      techs,
      readFileSync(techs, 'utf8').replace('name: Kubernetes', 'name: Kubernetes 3'),
    );
    // A trigger makes the database fail half-way through the load.
    await orm.em
      .getConnection()
      .execute(
        "create trigger refuse before update on technology when new.name = 'Kubernetes 3' begin select raise(abort, 'refused'); end",
      );
    await expect(seedFromDir(orm.em, dir)).rejects.toThrow(/refused/);
    expect(await snapshot(orm)).toEqual(before);
    await orm.close();
  });
});
