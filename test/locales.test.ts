import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocaleConfig } from '../src/content/locales.js';
import { createApp, listen } from '../src/server/app.js';
import { readContentDir } from '../src/seed/index.js';
import { loadContent } from '../src/seed/load.js';
import { exportToDir } from '../src/seed/export.js';
import type { ContentSet, NodeRecord } from '../src/seed/content-set.js';
import {
  as,
  CONTENT_DIR,
  codes,
  data,
  ormWith,
  run,
  seededOrm,
  silentLogger,
  TEST_SITE,
  testApp,
} from './helpers.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `rolegraph-${name}-`));
  temps.push(dir);
  return dir;
};

interface Texts {
  slug: string;
  [field: string]: unknown;
}

/** What a field should read in `locale`: its own translation, else the English text. */
function expected(content: ContentSet, type: string, node: Texts, field: string, locale: string) {
  const record = content.nodes.find((n) => n.type === type && n.slug === node.slug)!;
  return record.translations?.[locale]?.[field] ?? record.fields[field];
}

describe('reading in a locale', () => {
  it('every field on every level of a nested query is the locale’s text, or English where it has none; never null', async () => {
    const files = (await readContentDir(CONTENT_DIR)).content;
    const orm = await seededOrm();
    const app = await testApp(orm);
    const query = `query ($slug: String!, $locale: String) { specialism(slug: $slug, locale: $locale) {
      slug name headline
      roles { slug name summary primaryFocus
        skills { slug name description }
        technologies { slug name }
        hubs { slug city remoteNotes }
        industries { slug name }
        faqs { slug question }
      }
      faqs { slug question answer }
      featuredEmployers { slug name description }
    } }`;
    type Node = Texts & Record<string, Texts[] | unknown>;
    const lists: Record<string, string> = {
      roles: 'role',
      relatedRoles: 'role',
      skills: 'skill',
      technologies: 'technology',
      hubs: 'hub',
      industries: 'industry',
      faqs: 'faq',
      featuredEmployers: 'employer',
    };
    for (const locale of ['de-DE', 'fr-FR']) {
      const specialisms: Node[] = [];
      for (const slug of files.nodes.filter((n) => n.type === 'specialism').map((n) => n.slug))
        specialisms.push(
          (
            await data<{ specialism: Node }, { slug: string; locale: string }>(app, query, {
              slug,
              locale,
            })
          ).specialism,
        );
      let checked = 0;
      let own = 0;
      const walk = (type: string, node: Node) => {
        for (const [field, value] of Object.entries(node)) {
          if (field === 'slug') continue;
          if (lists[field]) {
            for (const child of value as Node[]) walk(lists[field]!, child);
            continue;
          }
          const want = expected(files, type, node, field, locale);
          if (want === null) continue;
          expect(value, `${locale} ${type} ${node.slug} ${field}`).not.toBeNull();
          // Markdown fields come back as Markdown by default: the same text.
          expect(value, `${locale} ${type} ${node.slug} ${field}`).toEqual(want);
          checked++;
          const record = files.nodes.find((n) => n.type === type && n.slug === node.slug)!;
          if (record.translations?.[locale]?.[field] !== undefined) own++;
        }
      };
      for (const node of specialisms) walk('specialism', node);
      // Both kinds were seen: translated text, and English where the locale has none (Robotics).
      expect(own).toBeGreaterThan(200);
      expect(checked - own).toBeGreaterThan(200);
    }
    await app.stop();
    await orm.close();
  });

  it('follows a fallback chain field by field (de-CH → de-DE → en-GB), on nested nodes too', async () => {
    const content = (await readContentDir('test/fixtures/seed/base')).content;
    content.locales = {
      default: 'en-GB',
      locales: [
        { code: 'en-GB', name: 'English', fallback: [], specialisms: null },
        { code: 'de-DE', name: 'Deutsch', fallback: [], specialisms: null },
        { code: 'de-CH', name: 'Deutsch (Schweiz)', fallback: ['de-DE'], specialisms: null },
      ],
    } satisfies LocaleConfig;
    const role = content.nodes.find((n) => n.type === 'role' && n.slug === 'platform-engineer')!;
    role.translations = {
      'de-DE': { name: 'Plattform-Engineer', summary: 'Baut die Plattform.' },
      'de-CH': { summary: 'Baut die Plattform, auf Schweizer Art.' },
    };
    const orm = await ormWith(content);
    const app = await testApp(orm);
    const { role: chCh } = await data<
      { role: { name: string; summary: string; description: string; locales: unknown[] } },
      Record<string, never>
    >(
      app,
      '{ role(slug: "platform-engineer", locale: "de-CH") { name summary description locales { locale complete missingFields } } }',
    );
    expect(chCh.name).toBe('Plattform-Engineer');
    expect(chCh.summary).toBe('Baut die Plattform, auf Schweizer Art.');
    expect(chCh.description).toBe(role.fields.description);
    expect(chCh.locales).toEqual([
      { locale: 'en-GB', complete: true, missingFields: [] },
      {
        locale: 'de-DE',
        complete: false,
        missingFields: expect.arrayContaining(['description', 'primaryFocus']) as unknown,
      },
      {
        locale: 'de-CH',
        complete: false,
        missingFields: expect.arrayContaining(['name', 'description']) as unknown,
      },
    ]);
    // Two levels down, through a skill back to its roles, still in de-CH.
    const nested = await data<
      {
        specialism: {
          roles: { skills: { name: string; roles: { slug: string; name: string }[] }[] }[];
        };
      },
      Record<string, never>
    >(
      app,
      '{ specialism(slug: "platforms", locale: "de-CH") { roles { skills { name roles { slug name } } } } }',
    );
    const deep = nested.specialism.roles
      .flatMap((r) => r.skills)
      .flatMap((s) => s.roles)
      .filter((r) => r.slug === 'platform-engineer');
    expect(deep.length).toBeGreaterThan(0);
    for (const r of deep) expect(r.name).toBe('Plattform-Engineer');
    for (const s of nested.specialism.roles.flatMap((r) => r.skills)) expect(s.name).toBeTruthy();
    // The default locale is untouched.
    const english = await data<{ role: { name: string } }, Record<string, never>>(
      app,
      '{ role(slug: "platform-engineer") { name } }',
    );
    expect(english.role.name).toBe(role.fields.name);
    await app.stop();
    await orm.close();
  });

  it('refuses an unknown locale, naming the ones there are', async () => {
    const orm = await seededOrm();
    const app = await testApp(orm);
    const result = await run(app, '{ role(slug: "mlops-engineer", locale: "it-IT") { name } }');
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0]!.message).toBe(
      'locale: unknown locale "it-IT": this site publishes en-GB, de-DE, fr-FR',
    );
    const { locales } = await data<
      { locales: { code: string; isDefault: boolean }[] },
      Record<string, never>
    >(app, '{ locales { code isDefault fallback specialisms } }');
    expect(locales).toEqual([
      { code: 'en-GB', isDefault: true, fallback: [], specialisms: null },
      { code: 'de-DE', isDefault: false, fallback: ['en-GB'], specialisms: ['ml-infrastructure'] },
      { code: 'fr-FR', isDefault: false, fallback: ['en-GB'], specialisms: ['ml-infrastructure'] },
    ]);
    await app.stop();
    await orm.close();
  });

  it('a change to the German text drops only German cached answers', async () => {
    const files = (await readContentDir(CONTENT_DIR)).content;
    const orm = await seededOrm();
    const app = await createApp({ orm, logger: silentLogger, site: TEST_SITE });
    const server = await listen(app, 0);
    const ask = async (locale?: string) => {
      const res = await fetch(`${server.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query ($locale: String) { role(slug: "mlops-engineer", locale: $locale) { summary } }',
          variables: { locale },
        }),
      });
      return ((await res.json()) as { data: { role: { summary: string } } }).data.role.summary;
    };
    const page = async (path: string) => (await fetch(server.origin + path)).text();
    for (const locale of [undefined, 'de-DE', 'fr-FR']) await ask(locale);
    await page('/roles/mlops-engineer/');
    await page('/de-DE/roles/mlops-engineer/');
    const hits = () => app.cache!.stats().hits;

    const changed = structuredClone(files) as ContentSet;
    const role = changed.nodes.find((n) => n.type === 'role' && n.slug === 'mlops-engineer')!;
    role.translations!['de-DE'] = { ...role.translations!['de-DE'], summary: 'Neu formuliert.' };
    await loadContent(orm.em, changed);
    await app.content!.refresh();

    let before = hits();
    expect(await ask()).toBe(role.fields.summary);
    expect(await ask('fr-FR')).toBe(role.translations!['fr-FR']!.summary);
    await page('/roles/mlops-engineer/');
    expect(hits() - before).toBe(3); // English and French answers, the English page: kept
    before = hits();
    expect(await ask('de-DE')).toBe('Neu formuliert.');
    expect(await page('/de-DE/roles/mlops-engineer/')).toContain('Neu formuliert.');
    expect(hits() - before).toBe(0); // the German ones were dropped
    await server.close();
    await orm.close();
  });

  it('names countries in the page’s language in its JSON-LD', async () => {
    const orm = await seededOrm();
    const server = await listen(await testApp(orm), 0);
    type Place = { containedInPlace: { name: string; identifier: string } };
    const placesOn = async (path: string) => {
      const html = await (await fetch(server.origin + path)).text();
      const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
      const graph = (JSON.parse(script) as { '@graph': Record<string, unknown>[] })['@graph'];
      const occupation = graph.find((n) => n['@type'] === 'Occupation')!;
      return (occupation.occupationLocation as Place[]).map((p) => p.containedInPlace);
    };
    for (const [locale, prefix] of [
      ['en-GB', ''],
      ['de-DE', '/de-DE'],
      ['fr-FR', '/fr-FR'],
    ]) {
      const countries = await placesOn(`${prefix}/roles/mlops-engineer/`);
      const names = new Intl.DisplayNames([locale], { type: 'region' });
      expect(countries.length).toBeGreaterThan(0);
      for (const c of countries) expect(c.name).toBe(names.of(c.identifier));
    }
    // The names really differ by language (the United Kingdom is among the role's hubs).
    const german = await placesOn('/de-DE/roles/mlops-engineer/');
    expect(german.find((c) => c.identifier === 'GB')?.name).toBe('Vereinigtes Königreich');
    await server.close();
    await orm.close();
  });
});

describe('translations in the seed folder', () => {
  const fixture = () => {
    const dir = tempDir('locales');
    cpSync('test/fixtures/seed/base', dir, { recursive: true });
    writeFileSync(
      join(dir, 'locales.yaml'),
      'default: en-GB\nlocales:\n  en-GB: { name: English }\n  de-DE: { name: Deutsch, fallback: [en-GB] }\n',
    );
    return dir;
  };
  const messages = async (dir: string) =>
    (await readContentDir(dir)).problems.map(
      (p) => `${p.file}:${p.line}: ${p.severity}: ${p.message}`,
    );

  it('warns of missing translations per locale, and errors on a field that does not exist or cannot be translated', async () => {
    const dir = fixture();
    const role = 'specialisms/platforms/roles/platform-engineer';
    writeFileSync(
      join(dir, `${role}.de-DE.yaml`),
      'name: Plattform-Engineer\nsumary: Tippfehler\ncategory: x\n',
    );
    const found = await messages(dir);
    expect(found).toContain(
      `${role}.de-DE.yaml:2: error: unknown field "sumary" (did you mean "summary"?); role text that can be translated: name, summary, description, primaryFocus, keyDifference, responsibilities, deliverables, teams, collaborators, backgrounds, hubNotes`,
    );
    expect(
      found.some((m) => m.startsWith(`${role}.de-DE.yaml:3: error: unknown field "category"`)),
    ).toBe(true);

    writeFileSync(join(dir, `${role}.de-DE.yaml`), 'name: Plattform-Engineer\n');
    const warnings = await messages(dir);
    expect(
      warnings.some((m) =>
        m.includes('warning: de-DE: role "platform-engineer" has no de-DE text for summary'),
      ),
    ).toBe(true);
    expect(
      warnings.some((m) =>
        /warning: de-DE: \d+ node\(s\) it publishes have no de-DE translation/.test(m),
      ),
    ).toBe(true);
    expect(warnings.every((m) => m.includes(': warning: '))).toBe(true);
  });

  it('errors on a locale that is not enabled and on an entry for a slug the file does not define', async () => {
    const dir = fixture();
    writeFileSync(join(dir, 'taxonomy/skills.fr-FR.yaml'), '- slug: kubernetes\n  name: x\n');
    writeFileSync(join(dir, 'taxonomy/skills.de-DE.yaml'), '- slug: kubernetez\n  name: x\n');
    const found = await messages(dir);
    expect(found).toContain(
      'taxonomy/skills.fr-FR.yaml:1: error: locale "fr-FR" is not enabled in locales.yaml',
    );
    expect(
      found.some((m) =>
        m.startsWith(
          'taxonomy/skills.de-DE.yaml:1: error: no entry with slug "kubernetez" in taxonomy/skills.yaml',
        ),
      ),
    ).toBe(true);
  });

  it('round-trips: export writes each file’s translations beside it and locales.yaml, and they load back the same', async () => {
    const orm = await seededOrm();
    const out = tempDir('export');
    await exportToDir(orm.em, out, { force: true });
    expect(readFileSync(join(out, 'locales.yaml'), 'utf8')).toContain('de-DE:');
    const german = readFileSync(
      join(out, 'specialisms/ml-infrastructure/roles/mlops-engineer.de-DE.yaml'),
      'utf8',
    );
    expect(german).toContain('summary:');
    const again = await readContentDir(out);
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const original = (await readContentDir(CONTENT_DIR)).content;
    const strip = (nodes: NodeRecord[]) =>
      nodes
        .map((n) => ({ type: n.type, slug: n.slug, translations: n.translations ?? null }))
        .sort((a, b) => `${a.type}:${a.slug}`.localeCompare(`${b.type}:${b.slug}`));
    expect(strip(again.content.nodes)).toEqual(strip(original.nodes));
    expect(again.content.locales).toEqual(original.locales);
    await orm.close();
  });
});

describe('counts', () => {
  it('ML Infrastructure is translated in full into German and French', async () => {
    const { content, problems } = await readContentDir(CONTENT_DIR);
    expect(problems).toEqual([]);
    const fields = (locale: string) =>
      content.nodes.reduce(
        (n, node) => n + Object.keys(node.translations?.[locale] ?? {}).length,
        0,
      );
    expect(fields('de-DE')).toBeGreaterThan(200);
    expect(fields('fr-FR')).toBe(fields('de-DE'));
    const orm = await seededOrm();
    const app = await testApp(orm);
    const { specialism } = await data<
      { specialism: { locales: { locale: string; complete: boolean }[] } },
      Record<string, never>
    >(
      app,
      '{ specialism(slug: "ml-infrastructure") { locales { locale complete } } }',
      {},
      as.public,
    );
    expect(specialism.locales.every((l) => l.complete)).toBe(true);
    await app.stop();
    await orm.close();
  });
});
