import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localizedPath, parsePath, pathOf, splitLocale, subjectOf } from '../src/pages/paths.js';
import { nodesInScope } from '../src/seed/translations.js';
import { MAX_DESCRIPTION, MAX_TITLE } from '../src/pages/seo.js';
import { readContentDir } from '../src/seed/index.js';
import type { ContentSet } from '../src/seed/content-set.js';
import { CONTENT_DIR, data, TEST_SITE } from './helpers.js';
import {
  buildTestSite,
  descriptionOf,
  internalLinks,
  jsonLdOf,
  textOf,
  titleOf,
  type BuiltSite,
} from './site.js';

let site: BuiltSite;
let files: ContentSet;
/** The default locale's pages (no locale prefix). */
let pages: Map<string, string>;
const LOCALES = ['de-DE', 'fr-FR'];

beforeAll(async () => {
  site = await buildTestSite();
  files = (await readContentDir(CONTENT_DIR)).content;
  pages = new Map([...site.pages].filter(([path]) => !splitLocale(path).locale));
});

afterAll(async () => {
  await site.app.stop();
  await site.orm.close();
});

interface LdNode {
  '@type': string;
  [key: string]: unknown;
}

function graphOf(html: string): LdNode[] {
  const docs = jsonLdOf(html) as { '@context': string; '@graph': LdNode[] }[];
  expect(docs).toHaveLength(1);
  expect(docs[0]['@context']).toBe('https://schema.org');
  return docs[0]['@graph'];
}

/** A page the page model keeps out of search: `noindex, follow` (a thin role-in-hub page). */
const isThin = (html: string) => html.includes('<meta name="robots" content="noindex, follow"/>');

describe('the built site', () => {
  it('has a page for every specialism, role, linked hub and linked taxonomy node', () => {
    const roles = files.nodes.filter((n) => n.type === 'role');
    const expected = new Set(['/', '/jobs/']);
    for (const s of files.nodes.filter((n) => n.type === 'specialism')) {
      for (const kind of ['specialism', 'specialismFaq', 'specialismComparison'] as const) {
        expected.add(pathOf({ kind, slug: s.slug }));
      }
    }
    for (const role of roles) {
      expected.add(pathOf({ kind: 'role', slug: role.slug }));
      for (const link of files.links.filter((l) => l.kind === 'roleHub' && l.from === role.slug)) {
        expected.add(pathOf({ kind: 'roleInHub', slug: role.slug, hub: link.to }));
      }
    }
    const byKind = {
      roleSkill: 'skill',
      roleTechnology: 'technology',
      roleIndustry: 'industry',
      roleHub: 'hub',
    } as const;
    for (const link of files.links) {
      const kind = byKind[link.kind as keyof typeof byKind];
      if (kind) expected.add(pathOf({ kind, slug: link.to }));
    }
    expect(new Set(pages.keys())).toEqual(expected);
    // Each other locale publishes the pages of ML Infrastructure and what it links to.
    const scope = nodesInScope(files, ['ml-infrastructure']);
    const localized = [...expected].filter((path) =>
      subjectOf(parsePath(path)!).every((key) => scope.has(key)),
    );
    for (const locale of LOCALES)
      expect(
        new Set([...site.pages.keys()].filter((p) => splitLocale(p).locale === locale)),
        locale,
      ).toEqual(new Set(localized.map((path) => localizedPath(path, locale))));
    expect(site.result.pages).toBe(expected.size + LOCALES.length * localized.length);
  });

  it('puts every role under the specialism whose folder holds it, whoever borrows it', () => {
    let checked = 0;
    for (const specialism of readdirSync(join(CONTENT_DIR, 'specialisms'))) {
      const roles = join(CONTENT_DIR, 'specialisms', specialism, 'roles');
      if (!existsSync(roles)) continue;
      for (const file of readdirSync(roles).filter((f) => /^[a-z0-9-]+\.yaml$/.test(f))) {
        const html = site.pages.get(`/roles/${file.replace('.yaml', '')}/`)!;
        const crumbs = /<nav class="crumbs"[^>]*>(.*?)<\/nav>/s.exec(html)![1]!;
        expect(crumbs, file).toContain(`href="/${specialism}/"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('passes html-validate with no errors, on every page and the 404 page', async () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const all = [
      ...site.pages,
      ['/404.html', readFileSync(join(site.dir, '404.html'), 'utf8')] as const,
    ];
    const problems: string[] = [];
    for (const [path, html] of all) {
      const report = await validator.validateString(html, path);
      for (const result of report.results) {
        for (const m of result.messages)
          problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives every page one h1, a title of at most 60 characters and a description of at most 160, all unique', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const [path, html] of site.pages) {
      expect(html.match(/<h1[ >]/g), path).toHaveLength(1);
      const title = titleOf(html);
      const description = descriptionOf(html);
      expect(title.length, `${path}: ${title}`).toBeLessThanOrEqual(MAX_TITLE);
      expect(description.length, `${path}: ${description}`).toBeLessThanOrEqual(MAX_DESCRIPTION);
      expect(description.length, path).toBeGreaterThan(50);
      expect(
        titles.get(title),
        `${path} and ${titles.get(title)} share "${title}"`,
      ).toBeUndefined();
      expect(descriptions.get(description), `${path} shares its description`).toBeUndefined();
      titles.set(title, path);
      descriptions.set(description, path);
      // A thin role-in-hub page (noindex) names its role page as canonical.
      const canonical = isThin(html) ? path.replace(/[^/]+\/$/, '') : path;
      expect(html).toContain(`<link rel="canonical" href="${TEST_SITE.url}${canonical}"/>`);
      expect(html).toContain(`<meta property="og:url" content="${TEST_SITE.url}${canonical}"/>`);
    }
  });

  it('links every page from another, and reaches every page from / within three clicks', () => {
    const inbound = new Map<string, number>();
    for (const [from, html] of site.pages) {
      for (const to of new Set(internalLinks(html))) {
        if (to !== from) inbound.set(to, (inbound.get(to) ?? 0) + 1);
        if (parsePath(to))
          expect(site.pages.has(to), `${from} links to ${to}, which has no page`).toBe(true);
      }
    }
    // Thin role-in-hub pages (noindex) are deliberately not linked as pages.
    for (const [path, html] of site.pages)
      if (path !== '/' && !isThin(html)) expect(inbound.get(path), path).toBeGreaterThan(0);

    // From each locale's home page, within its own pages.
    for (const locale of [undefined, ...LOCALES]) {
      const home = localizedPath('/', locale);
      const own = (p: string) => splitLocale(p).locale === locale;
      const depth = new Map([[home, 0]]);
      let frontier = [home];
      for (let d = 1; d <= 3; d++) {
        const next: string[] = [];
        for (const from of frontier) {
          for (const to of internalLinks(site.pages.get(from)!)) {
            if (site.pages.has(to) && own(to) && !depth.has(to)) {
              depth.set(to, d);
              next.push(to);
            }
          }
        }
        frontier = next;
      }
      const unreached = [...site.pages]
        .filter(([p, html]) => own(p) && !depth.has(p) && !isThin(html))
        .map(([p]) => p);
      expect(unreached, String(locale)).toEqual([]);
    }
  });

  it('lists exactly the pages in sitemap.xml, with lastmod, and robots.txt points at it', () => {
    const xml = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    // Every indexable page, and no thin role-in-hub page (noindex).
    const indexable = [...pages].filter(([, html]) => !isThin(html)).map(([p]) => p);
    expect(indexable.length).toBeLessThan(pages.size);
    expect(new Set(locs)).toEqual(new Set(indexable.map((p) => `${TEST_SITE.url}${p}`)));
    expect(locs).toHaveLength(indexable.length);
    expect(xml.match(/<lastmod>\d{4}-\d\d-\d\dT/g)).toHaveLength(indexable.length);
    const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${TEST_SITE.url}/sitemap.xml`);
    for (const locale of LOCALES)
      expect(robots).toContain(`Sitemap: ${TEST_SITE.url}/${locale}/sitemap.xml`);
  });

  it('links to every page the page model lists for it, on every page', async () => {
    const all: { path: string; links: { path: string }[] }[] = [];
    for (const locale of [undefined, ...LOCALES]) {
      const { pages: listed } = await data<
        { pages: { path: string; links: { path: string }[] }[] },
        { locale?: string }
      >(site.app, 'query ($locale: String) { pages(locale: $locale) { path links { path } } }', {
        locale,
      });
      all.push(...listed);
    }
    expect(all).toHaveLength(site.pages.size);
    for (const page of all) {
      const html = new Set(internalLinks(site.pages.get(page.path)!));
      for (const link of page.links)
        expect(html.has(link.path), `${page.path} → ${link.path}`).toBe(true);
      for (const link of page.links)
        expect(site.pages.has(link.path), `${page.path} → ${link.path}`).toBe(true);
    }
  });
});

describe('JSON-LD', () => {
  it('every page has a BreadcrumbList matching its breadcrumbs', () => {
    for (const [path, html] of site.pages) {
      const crumbs = graphOf(html).find((n) => n['@type'] === 'BreadcrumbList');
      expect(crumbs, path).toBeDefined();
      const items = crumbs!.itemListElement as { position: number; name: string; item: string }[];
      const { locale } = splitLocale(path);
      const home = { 'de-DE': 'Startseite', 'fr-FR': 'Accueil' }[locale ?? ''] ?? 'Home';
      expect(items[0]).toMatchObject({
        position: 1,
        name: home,
        item: `${TEST_SITE.url}${localizedPath('/', locale)}`,
      });
      expect(items.at(-1)!.item).toBe(`${TEST_SITE.url}${path}`);
      items.forEach((item, i) => expect(item.position).toBe(i + 1));
    }
  });

  it('the home page has the Organization, the WebSite and an ItemList of specialisms', () => {
    const graph = graphOf(site.pages.get('/')!);
    expect(graph.find((n) => n['@type'] === 'Organization')).toMatchObject({
      name: TEST_SITE.name,
      url: `${TEST_SITE.url}/`,
    });
    expect(graph.find((n) => n['@type'] === 'WebSite')).toMatchObject({ name: TEST_SITE.name });
    const list = graph.find((n) => n['@type'] === 'ItemList')!;
    expect(list.numberOfItems).toBe(files.nodes.filter((n) => n.type === 'specialism').length);
  });

  it('role pages have an Occupation built from the graph, with no invented salary', () => {
    for (const [path, html] of pages) {
      const ref = parsePath(path)!;
      if (ref.kind !== 'role' && ref.kind !== 'roleInHub') continue;
      const occupation = graphOf(html).find((n) => n['@type'] === 'Occupation')!;
      expect(occupation, path).toBeDefined();
      const skills = files.links.filter((l) => l.kind === 'roleSkill' && l.from === ref.slug);
      const role = files.nodes.find((n) => n.type === 'role' && n.slug === ref.slug)!;
      expect(occupation.name).toBe(role.fields.name);
      expect(occupation.description).toBe(role.fields.summary);
      expect((occupation.skills as string[]).length).toBe(skills.length);
      expect(occupation.responsibilities).toEqual(role.fields.responsibilities);
      expect((occupation.occupationalCategory as string[]).length).toBeGreaterThan(0);
      const places = occupation.occupationLocation as { '@type': string; name: string }[];
      const hubs = files.links.filter((l) => l.kind === 'roleHub' && l.from === ref.slug);
      expect(places).toHaveLength(ref.kind === 'role' ? hubs.length : 1);
      for (const place of places) expect(place['@type']).toBe('City');
      expect(occupation).not.toHaveProperty('estimatedSalary');
    }
  });

  it('FAQ pages have an FAQPage: each question once, one answer, the same text the page shows', () => {
    for (const s of files.nodes.filter((n) => n.type === 'specialism')) {
      const html = site.pages.get(`/${s.slug}/faq/`)!;
      const faq = graphOf(html).find((n) => n['@type'] === 'FAQPage')!;
      const questions = faq.mainEntity as {
        '@type': string;
        name: string;
        acceptedAnswer: { '@type': string; text: string };
      }[];
      const authored = files.links.filter((l) => l.kind === 'specialismFaq' && l.from === s.slug);
      expect(questions.length).toBeGreaterThan(authored.length); // authored plus generated
      expect(new Set(questions.map((q) => q.name)).size).toBe(questions.length);
      const pageText = textOf(html);
      for (const q of questions) {
        expect(q['@type']).toBe('Question');
        expect(q.acceptedAnswer['@type']).toBe('Answer');
        expect(pageText).toContain(textOf(q.name));
        expect(pageText, q.name).toContain(textOf(q.acceptedAnswer.text));
      }
    }
  });

  it('list pages have an ItemList whose items link to pages of the site', () => {
    for (const path of [
      '/ml-infrastructure/',
      '/ml-infrastructure/compare/',
      '/technologies/kubernetes/',
      '/hubs/london/',
    ]) {
      const list = graphOf(site.pages.get(path)!).find((n) => n['@type'] === 'ItemList')!;
      const items = list.itemListElement as { url: string }[];
      expect(items.length, path).toBeGreaterThan(0);
      for (const item of items)
        expect(pages.has(item.url.slice(TEST_SITE.url.length)), item.url).toBe(true);
    }
  });
});

describe('pages', () => {
  it('the comparison page has a real table: the five roles in order, with th scope', () => {
    const html = site.pages.get('/ml-infrastructure/compare/')!;
    const rows = [...html.matchAll(/<tr><th scope="row"><a href="\/roles\/([a-z-]+)\/">/g)].map(
      (m) => m[1],
    );
    expect(rows).toEqual([
      'ml-infrastructure-engineer',
      'ai-infrastructure-engineer',
      'mlops-engineer',
      'platform-engineer',
      'machine-learning-engineer',
    ]);
    expect(html.match(/<th scope="col">/g)!.length).toBe(5);
  });

  it('the FAQ page shows answers generated from the links, worded by the templates', async () => {
    const html = site.pages.get('/ml-infrastructure/faq/')!;
    const { specialism } = await data<
      { specialism: { technologies: { name: string }[]; hubs: { city: string }[] } },
      Record<string, never>
    >(
      site.app,
      '{ specialism(slug: "ml-infrastructure") { technologies { name } hubs { city } } }',
    );
    const text = textOf(html);
    expect(text).toContain('Where are ML Infrastructure roles hired?');
    for (const h of specialism.hubs) expect(text).toContain(h.city);
    // An authored FAQ answers the technologies question, so the generated one is left out.
    expect(text).toContain('Which technologies do ML Infrastructure Engineers use?');
    expect(text).not.toContain('Which technologies do ML Infrastructure roles use?');
  });
});

describe('the site in three languages', () => {
  it('every page links its versions in every locale (hreflang, both ways, plus x-default), in its own language', () => {
    for (const [path, html] of site.pages) {
      const { locale, rest } = splitLocale(path);
      expect(html, path).toContain(`<html lang="${locale ?? 'en-GB'}"`);
      const alternates = new Map(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(
          (m) => [m[1]!, m[2]!],
        ),
      );
      const versions = ['en-GB', ...LOCALES].filter((l) =>
        site.pages.has(localizedPath(rest, l === 'en-GB' ? undefined : l)),
      );
      if (versions.length === 1) {
        expect(alternates.size, path).toBe(1);
        continue;
      }
      expect(new Set(alternates.keys()), path).toEqual(new Set([...versions, 'x-default']));
      expect(alternates.get('x-default')).toBe(`${TEST_SITE.url}${rest}`);
      for (const l of versions) {
        const other = localizedPath(rest, l === 'en-GB' ? undefined : l);
        expect(alternates.get(l), `${path} → ${l}`).toBe(`${TEST_SITE.url}${other}`);
        // The other version links back to this one.
        expect(site.pages.get(other), `${other} → ${path}`).toContain(
          `<link rel="alternate" hreflang="${locale ?? 'en-GB'}" href="${TEST_SITE.url}${path}"/>`,
        );
      }
    }
  });

  it('writes one sitemap per locale, each page with its xhtml:link alternates', () => {
    for (const locale of [undefined, ...LOCALES]) {
      const xml = readFileSync(join(site.dir, localizedPath('/sitemap.xml', locale)), 'utf8');
      expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
      const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
      const own = [...site.pages]
        .filter(([p, html]) => splitLocale(p).locale === locale && !isThin(html))
        .map(([p]) => p);
      expect(entries, String(locale)).toHaveLength(own.length);
      for (const entry of entries) {
        const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
        const path = loc.slice(TEST_SITE.url.length);
        expect(site.pages.has(path), loc).toBe(true);
        const links = [
          ...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g),
        ];
        const html = site.pages.get(path)!;
        // The same alternates as the page's own <link rel="alternate"> tags.
        for (const [, lang, href] of links)
          expect(html, `${path} ${lang}`).toContain(`hreflang="${lang}" href="${href}"`);
        if (locale) expect(links.length, loc).toBe(4);
      }
    }
  });

  it('pages in German and French are written in them: content, templates and generated FAQ answers', () => {
    const de = textOf(site.pages.get('/de-DE/ml-infrastructure/faq/')!);
    expect(de).toContain('Wo werden Rollen im Bereich ML-Infrastruktur besetzt?');
    expect(de).toContain('Startseite');
    const fr = textOf(site.pages.get('/fr-FR/ml-infrastructure/faq/')!);
    expect(fr).toContain('Où les rôles Infrastructure ML sont-ils recrutés ?');
    expect(fr).toContain('Accueil');
    expect(titleOf(site.pages.get('/de-DE/roles/mlops-engineer/')!)).not.toBe(
      titleOf(site.pages.get('/roles/mlops-engineer/')!),
    );
    // A German page links to German pages where they exist, and to English ones where not.
    const links = internalLinks(site.pages.get('/de-DE/roles/machine-learning-engineer/')!);
    expect(links).toContain('/de-DE/ml-infrastructure/');
    for (const link of links)
      if (parsePath(splitLocale(link).rest)) expect(site.pages.has(link), link).toBe(true);
  });
});
