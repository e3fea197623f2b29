import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpecialismPageDocument } from '../src/generated/graphql.js';
import { parsePath, splitLocale } from '../src/pages/paths.js';
import type { ContentSet, LinkKind } from '../src/seed/content-set.js';
import { readContentDir, seedFromDir } from '../src/seed/index.js';
import { CONTENT_DIR, data, run } from './helpers.js';
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

const fields = (type: string, slug: string) =>
  files.nodes.find((n) => n.type === type && n.slug === slug)!.fields;

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

  it("keeps a borrowed role's row text its own: the link's where given, else the role's", async () => {
    const { specialism } = await data(site.app, SpecialismPageDocument, { slug: FOURTH });
    const rows = specialism!.roleComparison.rows;
    const row = (slug: string) => rows.find((r) => r.role.slug === slug)!;
    const view = files.links.find(
      (l) => l.kind === 'specialismRole' && l.from === FOURTH && l.to === BORROWED[0],
    )!.data;
    expect(view.primaryFocus).toEqual(expect.any(String));
    expect(row(BORROWED[0]!).primaryFocus).toBe(view.primaryFocus);
    expect(row(BORROWED[0]!).keyDifference).toBe(view.keyDifference);
    expect(row(BORROWED[1]!).primaryFocus).toBe(fields('role', BORROWED[1]!).primaryFocus);
    // The home specialism's table keeps the role's own text.
    const home = await data(site.app, SpecialismPageDocument, { slug: 'ml-infrastructure' });
    const there = home.specialism!.roleComparison.rows.find((r) => r.role.slug === BORROWED[0]);
    expect(there!.primaryFocus).toBe(fields('role', BORROWED[0]!).primaryFocus);
  });

  it('aggregates only what its own roles link, what a borrowed role shares, or what the link lists', async () => {
    const own = files.links
      .filter((l) => l.kind === 'specialismRole' && l.from === FOURTH && l.data.own)
      .map((l) => l.to);
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const role of BORROWED) expect(own).not.toContain(role);
    const ownLinks = (kind: LinkKind) => new Set(own.flatMap((r) => targets(kind, r)));
    const listed = ['pytorch']; // the fixture's `contributes` on machine-learning-engineer
    const result = await run<
      {
        specialism: {
          technologies: { slug: string }[];
          industries: { slug: string }[];
          hubs: { slug: string; city: string }[];
        };
      },
      Record<string, never>
    >(
      site.app,
      `{ specialism(slug: "${FOURTH}") { technologies { slug } industries { slug } hubs { slug city } } }`,
    );
    const { technologies, industries, hubs } = result.data!.specialism;
    expect(technologies.map((t) => t.slug).sort()).toEqual(
      [...new Set([...ownLinks('roleTechnology'), ...listed])].sort(),
    );
    expect(industries.map((t) => t.slug).sort()).toEqual([...ownLinks('roleIndustry')].sort());
    expect(hubs.map((t) => t.slug).sort()).toEqual([...ownLinks('roleHub')].sort());

    // Hubs only the borrowed roles are hired in appear nowhere on its landing or FAQ page.
    const borrowedOnly = BORROWED.flatMap((r) => targets('roleHub', r)).filter(
      (h) => !ownLinks('roleHub').has(h),
    );
    expect(borrowedOnly.length).toBeGreaterThan(0);
    for (const path of [`/${FOURTH}/`, `/${FOURTH}/faq/`]) {
      const text = textOf(site.pages.get(path)!);
      for (const hub of borrowedOnly) {
        const city = String(fields('hub', hub).city);
        expect(text, `${path} names ${city}`).not.toContain(city);
      }
    }
  });

  it('leaves out a generated answer that an authored FAQ gives, detected or declared', async () => {
    const faqs = files.nodes.filter((n) => n.type === 'faq');
    const answers = (slug: string) => faqs.find((f) => f.slug === slug)!.fields.answers;
    expect(answers('which-industries-hire-quantum-specialists')).toBe('industries'); // detected
    expect(answers('do-quantum-teams-work-remotely')).toBe('hubs'); // declared
    expect(answers('do-quantum-engineers-need-a-physics-phd')).toBeNull();
    const result = await run<
      { specialism: { generatedFaqs: { key: string; question: string }[] } },
      Record<string, never>
    >(site.app, `{ specialism(slug: "${FOURTH}") { generatedFaqs { key question } } }`);
    const keys = result.data!.specialism.generatedFaqs.map((f) => f.key);
    expect(keys).not.toContain('industries');
    expect(keys).not.toContain('hubs');
    expect(keys).toEqual(expect.arrayContaining(['roles', 'technologies']));
    const text = textOf(site.pages.get(`/${FOURTH}/faq/`)!);
    expect(text).toContain('Which industries hire quantum specialists?');
    expect(text).not.toContain('Which industries hire Quantum Computing talent?');
    expect(text).toContain('Which technologies do Quantum Computing roles use?');
  });

  it("shows its note on a shared node on that node's page, under its name", async () => {
    const note = (fields('specialism', FOURTH).notes as { technologies: Record<string, string> })
      .technologies.python!;
    const html = site.pages.get('/technologies/python/')!;
    expect(textOf(html)).toContain(note);
    expect(html).toContain(`<a href="/${FOURTH}/">Quantum Computing</a>`);
    // The shared description stays neutral: no specialism's words in it.
    expect(String(fields('technology', 'python').description)).not.toMatch(/machine learning|ML/);
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

  it('links from a page in one language to a page in another only with hreflang and the language named', () => {
    const localeOf = (path: string) => splitLocale(path).locale ?? 'en-GB';
    let crossing = 0;
    for (const [path, html] of site.pages) {
      for (const m of html.matchAll(/<a href="(\/[^"#]*)"([^>]*)>([\s\S]*?)<\/a>/g)) {
        const [, link, attributes, label] = m;
        if (!parsePath(splitLocale(link!).rest)) continue;
        const target = localeOf(link!);
        if (target === localeOf(path)) continue;
        crossing++;
        expect(attributes, `${path} → ${link}`).toContain(`hreflang="${target}"`);
        // The language switcher names each language in itself; other links name it in the page's.
        if (!attributes!.includes('lang=')) {
          const name = new Intl.DisplayNames([localeOf(path)], { type: 'language' }).of(
            target.split('-')[0]!,
          );
          expect(label, `${path} → ${link}`).toContain(`(${name})`);
        }
      }
    }
    expect(crossing).toBeGreaterThan(0);
    // The German page of a borrowed role links to the fourth specialism, which has no German page.
    const german = site.pages.get(`/de-DE/roles/${BORROWED[0]}/`)!;
    expect(german).toMatch(new RegExp(`<a href="/${FOURTH}/" hreflang="en-GB">`));
  });
});
