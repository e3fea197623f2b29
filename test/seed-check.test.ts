import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import {
  SeedValidationError,
  isDatabaseEmpty,
  readContentDir,
  seedFromDir,
  sortProblems,
} from '../src/seed/index.js';
import { data, emptyOrm, snapshot, testApp } from './helpers.js';

/**
 * Each folder under test/fixtures/seed/cases/ changes a few files of the valid base folder
 * (files/ is laid over base/) and says, in case.json, exactly which problems `check` must report.
 */
const FIXTURES = 'test/fixtures/seed';

interface Case {
  name: string;
  description: string;
  loads?: boolean;
  /** Accepted by `check` (warnings only) but refused by `seed`: text left to fill in. */
  refusedBySeed?: boolean;
  generate?: { path: string; kind: 'huge-string' };
  expect: { file: string; line: number; column: number; severity: string; message: string }[];
}

const cases: Case[] = readdirSync(`${FIXTURES}/cases`)
  .sort()
  .map((name) => ({
    name,
    ...(JSON.parse(readFileSync(`${FIXTURES}/cases/${name}/case.json`, 'utf8')) as Omit<
      Case,
      'name'
    >),
  }));
const broken = cases.filter((c) => !c.loads);
const loading = cases.filter((c) => c.loads);

const temps: string[] = [];
function build(c: Case): string {
  const dir = mkdtempSync(join(tmpdir(), `rolegraph-${c.name}-`));
  temps.push(dir);
  cpSync(`${FIXTURES}/base`, dir, { recursive: true });
  if (existsSync(`${FIXTURES}/cases/${c.name}/files`)) {
    cpSync(`${FIXTURES}/cases/${c.name}/files`, dir, { recursive: true });
  }
  if (c.generate?.kind === 'huge-string') {
    // 5 MB of text in one value: made here rather than committed.
    writeFileSync(
      join(dir, c.generate.path),
      `- slug: big\n  name: "${'x'.repeat(5 * 1024 * 1024)}"\n  category: x\n`,
    );
  }
  return dir;
}

let orm: Orm;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  orm = await emptyOrm();
  await seedFromDir(orm.em, `${FIXTURES}/base`);
  before = await snapshot(orm);
});

afterAll(async () => {
  await orm.close();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('the base fixture', () => {
  it('is valid, with no warnings', async () => {
    expect((await readContentDir(`${FIXTURES}/base`)).problems).toEqual([]);
  });

  it('has at least 25 broken cases', () => {
    expect(broken.length).toBeGreaterThanOrEqual(25);
    for (const c of broken)
      expect(
        c.expect.some((p) => p.severity === 'error'),
        c.name,
      ).toBe(true);
  });
});

describe.each(broken)('broken input: $name', (c) => {
  it(`${c.description} Reported at the exact file, line and column`, async () => {
    const { problems } = await readContentDir(build(c));
    const reported = sortProblems(problems).map(({ file, line, column, severity, message }) => ({
      file,
      line,
      column,
      severity,
      message,
    }));
    expect(reported).toEqual(c.expect);
  });

  it('and seeding it writes nothing', async () => {
    const error = await seedFromDir(orm.em, build(c)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect(await snapshot(orm)).toEqual(before);
  });
});

describe.each(loading)('accepted input: $name', (c) => {
  it(`${c.description}`, async () => {
    const dir = build(c);
    const { problems } = await readContentDir(dir);
    expect(
      sortProblems(problems).map(({ file, line, column, severity, message }) => ({
        file,
        line,
        column,
        severity,
        message,
      })),
    ).toEqual(c.expect);
    const fresh = await emptyOrm();
    if (c.refusedBySeed) {
      const error = await seedFromDir(fresh.em, dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SeedValidationError);
      const refused = (error as SeedValidationError).problems.filter((p) => p.severity === 'error');
      expect(refused.map((p) => [p.file, p.line, p.column])).toEqual(
        c.expect.map((p) => [p.file, p.line, p.column]),
      );
      expect(await isDatabaseEmpty(fresh.em)).toBe(true);
    } else await seedFromDir(fresh.em, dir);
    await fresh.close();
  });
});

describe('accepted content behaves', () => {
  it('a cycle of related roles loads and reads back both ways', async () => {
    const fresh = await emptyOrm();
    await seedFromDir(fresh.em, build(loading.find((c) => c.name === 'related-roles-cycle')!));
    const app = await testApp(fresh);
    const result = await data<
      { a: { relatedRoles: { slug: string }[] }; b: { relatedRoles: { slug: string }[] } },
      Record<string, never>
    >(
      app,
      '{ a: role(slug: "platform-engineer") { relatedRoles { slug } } b: role(slug: "site-reliability-engineer") { relatedRoles { slug } } }',
    );
    expect(result.a.relatedRoles.map((r) => r.slug)).toEqual(['site-reliability-engineer']);
    expect(result.b.relatedRoles.map((r) => r.slug)).toEqual(['platform-engineer']);
    await app.stop();
    await fresh.close();
  });

  it('a script tag in a Markdown answer is stored exactly as written', async () => {
    const fresh = await emptyOrm();
    await seedFromDir(fresh.em, build(loading.find((c) => c.name === 'script-in-answer')!));
    const rows = (await fresh.em
      .getConnection()
      .execute("select answer from faq where slug = 'what-does-an-sre-do'")) as {
      answer: string;
    }[];
    expect(rows[0].answer).toBe('Keeps production reliable. <script>alert("x")</script>');
    await fresh.close();
  });
});
