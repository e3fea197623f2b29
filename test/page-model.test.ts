import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedFromDir } from '../src/seed/index.js';
import { renderPath } from '../src/render/render-page.js';
import { CONTENT_DIR, data, emptyOrm, run, seededOrm, testApp, TEST_SITE } from './helpers.js';
import { textOf } from './site.js';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface PageData {
  page: {
    path: string;
    kind: string;
    title: string;
    description: string;
    canonicalUrl: string;
    breadcrumbs: { name: string; path: string; url: string }[];
    openGraph: { title: string; type: string; url: string; siteName: string };
    jsonLd: { '@graph': { '@type': string }[] };
    lastModified: string;
  } | null;
}

const PAGE = `query ($path: String!) { page(path: $path) {
  path kind title description canonicalUrl lastModified jsonLd
  breadcrumbs { name path url } openGraph { title type url siteName } } }`;

describe('page(path)', () => {
  it('returns the SEO data of a page, and null for paths with no page', async () => {
    const orm = await seededOrm();
    const app = await testApp(orm);
    const { page } = await data<PageData, { path: string }>(app, PAGE, {
      path: '/roles/mlops-engineer',
    });
    expect(page).toMatchObject({
      path: '/roles/mlops-engineer/',
      kind: 'ROLE',
      canonicalUrl: `${TEST_SITE.url}/roles/mlops-engineer/`,
      openGraph: {
        type: 'article',
        url: `${TEST_SITE.url}/roles/mlops-engineer/`,
        siteName: TEST_SITE.name,
      },
    });
    expect(page!.title).toMatch(/^MLOps Engineer/);
    expect(page!.breadcrumbs.map((b) => b.name)).toEqual([
      'Home',
      'ML Infrastructure',
      'MLOps Engineer',
    ]);
    expect(page!.jsonLd['@graph'].map((n) => n['@type'])).toEqual([
      'WebPage',
      'BreadcrumbList',
      'Occupation',
    ]);
    expect(Date.parse(page!.lastModified)).toBeGreaterThan(0);
    for (const path of [
      '/no-such-specialism/',
      '/roles/no-such-role/',
      '/roles/mlops-engineer/atlantis/',
      '/graphql/',
      '/a/b/c/d/',
    ]) {
      const none = await data<PageData, { path: string }>(app, PAGE, { path });
      expect(none.page, path).toBeNull();
    }
    await app.stop();
    await orm.close();
  });
});

describe('pages a change touches', () => {
  it('renaming Kubernetes changes every generated answer that names it, and pagesAffectedBy lists the pages that show it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolegraph-rename-'));
    temps.push(dir);
    cpSync(CONTENT_DIR, dir, { recursive: true });
    // The authored technologies FAQ would take over the generated answer this test follows
    // (see generatedFaqs): worded as a question that is not obviously the same, both are shown.
    const faqFile = join(dir, 'specialisms/ml-infrastructure/faqs.yaml');
    const authored = readFileSync(faqFile, 'utf8');
    expect(authored).toContain('question: Which technologies do ML Infrastructure Engineers use?');
    writeFileSync(
      faqFile,
      authored.replace(
        'question: Which technologies do ML Infrastructure Engineers use?',
        'question: What do ML Infrastructure Engineers build with?',
      ),
    );
    const orm = await emptyOrm();
    await seedFromDir(orm.em, dir);
    const app = await testApp(orm);

    const affected = await data<{ pagesAffectedBy: string[] }, Record<string, never>>(
      app,
      '{ pagesAffectedBy(type: TECHNOLOGY, slug: "kubernetes") }',
    );
    const paths = new Set(affected.pagesAffectedBy);
    const { technology } = await data<
      { technology: { roles: { slug: string; specialisms: { slug: string }[] }[] } },
      Record<string, never>
    >(app, '{ technology(slug: "kubernetes") { roles { slug specialisms { slug } } } }');
    // A specialism's pages show Kubernetes when its technologies do (a role borrowed from
    // another folder brings only what the specialism's own roles share).
    const { specialisms } = await data<
      { specialisms: { edges: { node: { slug: string; technologies: { slug: string }[] } }[] } },
      Record<string, never>
    >(app, '{ specialisms(first: 50) { edges { node { slug technologies { slug } } } } }');
    const showing = new Set(
      specialisms.edges
        .filter((e) => e.node.technologies.some((t) => t.slug === 'kubernetes'))
        .map((e) => e.node.slug),
    );
    expect(showing.size).toBeGreaterThan(0);
    expect(paths.has('/technologies/kubernetes/')).toBe(true);
    for (const role of technology.roles) {
      expect(paths.has(`/roles/${role.slug}/`), role.slug).toBe(true);
      for (const s of role.specialisms.filter((x) => showing.has(x.slug))) {
        expect(paths.has(`/${s.slug}/`), s.slug).toBe(true);
        expect(paths.has(`/${s.slug}/faq/`), s.slug).toBe(true);
      }
    }
    expect(paths.has('/skills/distributed-systems/')).toBe(false);
    expect(paths.has('/')).toBe(false);
    // The German and French versions of those pages are listed too.
    expect(paths.has('/de-DE/technologies/kubernetes/')).toBe(true);
    expect(paths.has('/fr-FR/ml-infrastructure/faq/')).toBe(true);

    // Every page that links to Kubernetes is listed. The comparison pages are listed too: they
    // read its links to work out the technologies roles share and do not.
    const { pages } = await data<
      { pages: { path: string; kind: string }[] },
      Record<string, never>
    >(app, '{ pages { path kind } }');
    const linking = [];
    for (const { path } of pages) {
      const html = (await renderPath(path, app.query, TEST_SITE.name)).html;
      if (path !== '/technologies/kubernetes/' && html.includes('href="/technologies/kubernetes/"'))
        linking.push(path);
    }
    expect(linking.length).toBeGreaterThan(5);
    for (const path of linking) expect(paths.has(path), path).toBe(true);

    const before = textOf(
      (await renderPath('/ml-infrastructure/faq/', app.query, TEST_SITE.name)).html,
    );
    expect(before).toMatch(/the technologies that come up are [^.]*Kubernetes/);

    const techs = join(dir, 'taxonomy/technologies.yaml');
    writeFileSync(
      techs,
      readFileSync(techs, 'utf8').replace('name: Kubernetes', 'name: Kubernetes (K8s)'),
    );
    await seedFromDir(orm.em, dir);
    const fresh = await testApp(orm);
    // (German and French have their own name for it, which the English rename leaves alone.)
    for (const path of affected.pagesAffectedBy.filter(
      (p) => !p.endsWith('/compare/') && !/^\/(de-DE|fr-FR)\//.test(p),
    )) {
      const html = textOf((await renderPath(path, fresh.query, TEST_SITE.name)).html);
      expect(html, path).toContain('Kubernetes (K8s)');
    }
    const after = textOf(
      (await renderPath('/ml-infrastructure/faq/', fresh.query, TEST_SITE.name)).html,
    );
    expect(after).toMatch(/the technologies that come up are [^.]*Kubernetes \(K8s\)/);
    await fresh.stop();
    await app.stop();
    await orm.close();
  });

  it('an FAQ affects its specialism FAQ page and the pages of the roles that list it', async () => {
    const orm = await seededOrm();
    const app = await testApp(orm);
    const result = await run(
      app,
      '{ pagesAffectedBy(type: FAQ, slug: "what-is-an-ml-infrastructure-engineer") }',
    );
    const english = [
      '/ml-infrastructure/faq/',
      '/roles/ml-infrastructure-engineer/',
      ...(await hubPagesOf(app, 'ml-infrastructure-engineer')),
    ];
    // The same pages in every locale that publishes them (all of them here).
    expect((result.data as { pagesAffectedBy: string[] }).pagesAffectedBy.sort()).toEqual(
      [...english, ...english.map((p) => `/de-DE${p}`), ...english.map((p) => `/fr-FR${p}`)].sort(),
    );
    // Only one locale's, after a change to that locale's text.
    const german = await run(
      app,
      '{ pagesAffectedBy(type: FAQ, slug: "what-is-an-ml-infrastructure-engineer", inLocale: "de-DE") }',
    );
    expect((german.data as { pagesAffectedBy: string[] }).pagesAffectedBy.sort()).toEqual(
      english.map((p) => `/de-DE${p}`).sort(),
    );
    await app.stop();
    await orm.close();
  });
});

async function hubPagesOf(
  app: Awaited<ReturnType<typeof testApp>>,
  role: string,
): Promise<string[]> {
  const { role: r } = await data<{ role: { hubs: { slug: string }[] } }, Record<string, never>>(
    app,
    `{ role(slug: "${role}") { hubs { slug } } }`,
  );
  return r.hubs.map((h) => `/roles/${role}/${h.slug}/`);
}

describe('escaping', () => {
  it('a script in a Markdown answer is shown as text, never run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolegraph-xss-'));
    temps.push(dir);
    cpSync('test/fixtures/seed/base', dir, { recursive: true });
    cpSync('test/fixtures/seed/cases/script-in-answer/files', dir, { recursive: true });
    const faqs = join(dir, 'specialisms/platforms/faqs.yaml');
    writeFileSync(
      faqs,
      readFileSync(faqs, 'utf8').replace(
        'question: What is a Platform Engineer?',
        'question: "What is a <b>Platform</b> Engineer? </script><script>alert(2)</script>"',
      ),
    );
    const orm = await emptyOrm();
    await seedFromDir(orm.em, dir);
    const app = await testApp(orm);
    const html = (await renderPath('/platforms/faq/', app.query, TEST_SITE.name)).html;
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toContain('<b>Platform</b>');
    expect(html).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(html).toContain('&lt;b>Platform&lt;/b>');
    // The JSON-LD block holds the question too, with `<` escaped so it cannot close the script.
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(ld).not.toContain('<');
    expect(JSON.stringify(JSON.parse(ld))).toContain('</script><script>alert(2)</script>');
    await app.stop();
    await orm.close();
  });
});
