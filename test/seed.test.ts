import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TechnologyPageDocument } from '../src/generated/graphql.js';
import type { ContentSet, NodeType } from '../src/seed/content-set.js';
import {
  exportToDir,
  isDatabaseEmpty,
  readContentDir,
  readDatabase,
  SeedValidationError,
  seedFromDir,
} from '../src/seed/index.js';
import { loadContent } from '../src/seed/load.js';
import { ENGINE } from './engine.js';
import { CONTENT_DIR, data, emptyOrm, snapshot, testApp } from './helpers.js';

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rolegraph-seed-'));
  temps.push(dir);
  return dir;
}

function copyOfContent(): string {
  const dir = tempDir();
  cpSync(CONTENT_DIR, dir, { recursive: true });
  return dir;
}

/** Every file under `dir`, path → text. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

let files: ContentSet;
const count = (type: NodeType) => files.nodes.filter((n) => n.type === type).length;

beforeAll(async () => {
  files = (await readContentDir(CONTENT_DIR)).content;
});

describe('seed loader', () => {
  it('loads every node of the content folder, and a second load changes nothing', async () => {
    const orm = await emptyOrm();
    expect(await isDatabaseEmpty(orm.em)).toBe(true);
    const first = await seedFromDir(orm.em, CONTENT_DIR);
    expect(first.unchanged).toBe(false);
    for (const type of ['specialism', 'role', 'skill', 'technology', 'faq'] as const) {
      expect(first.nodes[type].created, type).toBe(count(type));
    }
    expect(first.nodes.specialism.created).toBeGreaterThan(0);
    expect(await isDatabaseEmpty(orm.em)).toBe(false);

    const before = await snapshot(orm);
    const second = await seedFromDir(orm.em, CONTENT_DIR);
    expect(second.unchanged).toBe(true);
    expect(second.changes).toEqual([]);
    expect(second.nodes.role).toEqual({
      created: 0,
      updated: 0,
      unchanged: count('role'),
      deleted: 0,
    });
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
    expect(summary.changes).toEqual([
      { action: 'update', type: 'technology', slug: 'kubernetes', fields: ['name'] },
    ]);
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
    const firstHub = hubs![1].split('\n')[0];
    writeFileSync(file, text.replace(`${firstHub}\n`, ''));
    const summary = await seedFromDir(orm.em, dir);
    expect(summary.changes.filter((c) => c.action !== 'update')).toEqual([
      { action: 'delete', link: 'roleHub', from: 'platform-engineer', to: firstHub.slice(4) },
    ]);
    await orm.close();
  });

  it('--dry-run reports the changes and writes nothing', async () => {
    const dir = copyOfContent();
    const orm = await emptyOrm();
    await seedFromDir(orm.em, CONTENT_DIR);
    const before = await snapshot(orm);
    const file = join(dir, 'taxonomy/hubs.yaml');
    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\n- slug: dublin\n  city: Dublin\n  country: IE\n  region: Europe\n`,
    );
    const summary = await seedFromDir(orm.em, dir, { dryRun: true });
    expect(summary.changes).toEqual([{ action: 'create', type: 'hub', slug: 'dublin' }]);
    expect(summary.nodes.hub.created).toBe(1);
    expect(await snapshot(orm)).toEqual(before);
    await orm.close();
  });

  it('--prune deletes nodes the files no longer have (and their links); without it they stay', async () => {
    const dir = copyOfContent();
    const orm = await emptyOrm();
    await seedFromDir(orm.em, dir);
    // Drop Terraform from the taxonomy and from every role that lists it.
    // (and from its translations: a translation of a node that is gone is an error)
    for (const name of ['technologies', 'technologies.de-DE', 'technologies.fr-FR']) {
      const techs = join(dir, `taxonomy/${name}.yaml`);
      writeFileSync(
        techs,
        readFileSync(techs, 'utf8').replace(/^- slug: terraform\n(?: {2}.*\n|\n)*/m, ''),
      );
    }
    for (const [path, text] of tree(dir)) {
      if (path.includes('/roles/'))
        writeFileSync(join(dir, path), text.replace(/^ {2}- terraform\n/m, ''));
    }
    const linked = files.links.filter((l) => l.to === 'terraform').length;
    const kept = await seedFromDir(orm.em, dir);
    expect(kept.nodes.technology.deleted).toBe(0);
    expect(kept.links.roleTechnology.deleted).toBe(linked);
    const pruned = await seedFromDir(orm.em, dir, { prune: true });
    expect(pruned.changes).toEqual([{ action: 'delete', type: 'technology', slug: 'terraform' }]);
    const rows = await orm.em
      .getConnection()
      .execute("select count(*) as n from technology where slug = 'terraform'");
    expect(Number(rows[0].n)).toBe(0);
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
    const line = readFileSync(role, 'utf8').split('\n').indexOf('  - kubernets') + 1;
    expect((error as SeedValidationError).problems).toEqual([
      {
        file: 'specialisms/ml-infrastructure/roles/mlops-engineer.yaml',
        line,
        column: 5,
        severity: 'error',
        message:
          'unknown technology "kubernets": no technology has this slug (did you mean "kubernetes"?)',
      },
    ]);
    expect(await snapshot(orm)).toEqual(before);
    await orm.close();
  });

  it('says when its transaction has begun and committed, with every write between', async () => {
    const orm = await emptyOrm();
    const events: string[] = [];
    await loadContent(orm.em, files, {
      onTransaction: (event) => events.push(event),
      onProgress: ({ phase }) => events.push(phase),
    });
    expect(events[0]).toBe('begun');
    expect(events.slice(1, -1)).toContain('links');
    expect(events.slice(1, -1)).not.toContain('begun');
    expect(events.at(-2)).toBe('done');
    expect(events.at(-1)).toBe('committed');
    // A dry run has no transaction to speak of; a load that fails never commits.
    const dry: string[] = [];
    await loadContent(orm.em, files, { dryRun: true, onTransaction: (e) => dry.push(e) });
    expect(dry).toEqual([]);
    const failed: string[] = [];
    const broken: ContentSet = {
      ...files,
      links: [
        ...files.links,
        {
          kind: 'roleSkill',
          from: 'mlops-engineer',
          to: 'nope',
          position: 99,
          data: { level: 'core' },
        },
      ],
    };
    await expect(
      loadContent(orm.em, broken, { onTransaction: (e) => failed.push(e) }),
    ).rejects.toThrow(/missing node/);
    expect(failed).toEqual(['begun']);
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
    const hubs = join(dir, 'taxonomy/hubs.yaml');
    writeFileSync(
      hubs,
      `${readFileSync(hubs, 'utf8')}\n- slug: dublin\n  city: Dublin\n  country: IE\n  region: Europe\n`,
    );
    // A trigger makes the database fail late in the load, after other writes went through.
    const sql = orm.em.getConnection();
    if (ENGINE === 'sqlite')
      await sql.execute(
        "create trigger refuse before insert on hub when new.slug = 'dublin' begin select raise(abort, 'refused'); end",
      );
    else {
      await sql.execute(
        "create function refuse() returns trigger language plpgsql as $$ begin if new.slug = 'dublin' then raise exception 'refused'; end if; return new; end $$",
      );
      await sql.execute(
        'create trigger refuse before insert on hub for each row execute function refuse()',
      );
    }
    await expect(seedFromDir(orm.em, dir)).rejects.toThrow(/refused/);
    expect(await snapshot(orm)).toEqual(before);
    await orm.close();
  });
});

describe('export', () => {
  it('round-trips: export, seed into a fresh database, export again gives identical files', async () => {
    const first = await emptyOrm();
    await seedFromDir(first.em, CONTENT_DIR);
    const a = tempDir();
    await exportToDir(first.em, a);

    const check = await readContentDir(a);
    expect(check.problems).toEqual([]);

    const second = await emptyOrm();
    await seedFromDir(second.em, a);
    const b = tempDir();
    await exportToDir(second.em, b);

    const treeA = tree(a);
    expect(treeA.size).toBeGreaterThan(20);
    expect(tree(b)).toEqual(treeA);
    // And the graph itself survived, node for node and link for link.
    expect(await readDatabase(second.em)).toEqual(await readDatabase(first.em));
    await first.close();
    await second.close();
  });

  it('keeps what the editor wrote: same nodes, fields and links as the content folder', async () => {
    const orm = await emptyOrm();
    await seedFromDir(orm.em, CONTENT_DIR);
    const dir = tempDir();
    await exportToDir(orm.em, dir);
    const exported = (await readContentDir(dir)).content;
    const strip = (c: ContentSet) => ({
      nodes: c.nodes
        .map(({ type, slug, fields }) => ({ type, slug, fields }))
        .sort((x, y) => `${x.type}:${x.slug}`.localeCompare(`${y.type}:${y.slug}`)),
      links: c.links
        .map(({ kind, from, to, position, data }) => ({ kind, from, to, position, data }))
        .sort((x, y) =>
          `${x.kind}:${x.from}:${x.position}`.localeCompare(`${y.kind}:${y.from}:${y.position}`),
        ),
    });
    expect(strip(exported)).toEqual(strip(files));
    await orm.close();
  });

  it('refuses to overwrite seed files unless forced', async () => {
    const orm = await emptyOrm();
    await seedFromDir(orm.em, CONTENT_DIR);
    const dir = tempDir();
    await exportToDir(orm.em, dir);
    writeFileSync(join(dir, 'notes.md'), 'kept');
    await expect(exportToDir(orm.em, dir)).rejects.toThrow(/already holds seed files .*--force/);
    await exportToDir(orm.em, dir, { force: true });
    expect(readFileSync(join(dir, 'notes.md'), 'utf8')).toBe('kept');
    await orm.close();
  });
});
