import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpecialismPageDocument } from '../src/generated/graphql.js';
import { parsePath } from '../src/pages/paths.js';
import type { ContentSet, LinkKind } from '../src/seed/content-set.js';
import { readContentDir, seedFromDir } from '../src/seed/index.js';
import { CONTENT_DIR, data } from './helpers.js';
import { buildTestSite, internalLinks, textOf, type BuiltSite } from './site.js';

/**
 * A fourth specialism added to a copy of the shipped content, as an editor would add it: a
 * folder of files (test/fixtures/fourth-specialism) with three roles of its own and two borrowed
 * from ML Infrastructure. The code must serve it with no change, and the shipped content's tests
 * must not depend on how many specialisms there are.
 */
const FOURTH = 'quantum-computing';
const BORROWED = ['machine-learning-engineer', 'platform-engineer'];

let dir: string;
let files: ContentSet;
let site: BuiltSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rolegraph-fourth-'));
  cpSync(CONTENT_DIR, dir, { recursive: true });
  cpSync('test/fixtures/fourth-specialism', dir, { recursive: true });
  const read = await readContentDir(dir);
  expect(read.problems.filter((p) => p.file.includes(FOURTH))).toEqual([]);
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  files = read.content;
  site = await buildTestSite(dir);
});

afterAll(async () => {
  await site.app.stop();
  await site.orm.close();
});

const targets = (kind: LinkKind, from: string) =>
  files.links
    .filter((l) => l.kind === kind && l.from === from)
    .sort((a, b) => a.position - b.position)
    .map((l) => l.to);

describe('a fourth specialism added as files', () => {
  it('is read with its borrowed roles in the table, and a second load changes nothing', async () => {
    const table = targets('specialismRole', FOURTH);
    for (const role of BORROWED) expect(table).toContain(role);
    const again = await seedFromDir(site.orm.em.fork(), dir);
    expect(again.unchanged).toBe(true);
  });

  it('answers in the API with its table in order and its FAQs', async () => {
    const { specialism } = await data(site.app, SpecialismPageDocument, { slug: FOURTH });
    expect(specialism!.roleComparison.rows.map((r) => r.role.slug)).toEqual(
      targets('specialismRole', FOURTH),
    );
    expect(specialism!.faqs.map((f) => f.slug)).toEqual(targets('specialismFaq', FOURTH));
  });

  it('has its landing, FAQ, comparison and role pages, each linking only to pages that exist', () => {
    const own = targets('specialismRole', FOURTH);
    for (const path of [`/${FOURTH}/`, `/${FOURTH}/faq/`, `/${FOURTH}/compare/`]) {
      expect(site.pages.has(path), path).toBe(true);
    }
    for (const role of own) expect(site.pages.has(`/roles/${role}/`), role).toBe(true);
    for (const [path, html] of site.pages) {
      for (const link of internalLinks(html)) {
        if (!parsePath(link)) continue;
        expect(site.pages.has(link), `${path} → ${link}`).toBe(true);
      }
    }
    expect(textOf(site.pages.get(`/${FOURTH}/`)!)).toContain('Quantum Computing');
  });
});
