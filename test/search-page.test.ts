import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, listen, type App, type RunningServer } from '../src/server/app.js';
import type { Orm } from '../src/db/orm.js';
import { seededOrm, silentLogger, TEST_SITE } from './helpers.js';

let orm: Orm;
let app: App;
let server: RunningServer;
beforeAll(async () => {
  orm = await seededOrm();
  app = await createApp({ orm, logger: silentLogger, site: TEST_SITE });
  server = await listen(app, 0);
});
afterAll(async () => {
  await server.close();
  await orm.close();
});

const get = async (path: string) => {
  const res = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
  return { status: res.status, headers: res.headers, html: await res.text() };
};
/** The hrefs of a page's links inside one element's HTML. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
const main = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1];

describe('the search page', () => {
  it('GET /search/?q=kubernetes, without JavaScript, links /technologies/kubernetes/ and carries noindex', async () => {
    const page = await get('/search/?q=kubernetes');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.html).toContain('<meta name="robots" content="noindex"/>');
    expect(page.headers.get('x-robots-tag')).toBe('noindex');
    expect(page.html).not.toContain('<script');
    expect(hrefs(main(page.html))).toContain('/technologies/kubernetes/');
    // Results are grouped by type under headings, each group a list named by its heading.
    expect(main(page.html)).toMatch(
      /<section aria-labelledby="results-TECHNOLOGY"><h2 id="results-TECHNOLOGY">Technologies \(\d+\)<\/h2><ul class="search-results">/,
    );
    expect(main(page.html)).toMatch(/role="status">\d+ results? for “kubernetes”/);
    expect(main(page.html)).toContain('<mark>Kubernetes</mark>');
    // The header's form holds the query.
    expect(page.html).toMatch(
      /<input id="site-search-q" type="search" name="q" value="kubernetes"/,
    );
  });

  it('every page has the search form in its header: a labelled GET form to its locale’s search page', async () => {
    const home = await get('/');
    expect(home.html).toMatch(
      /<form class="site-search" role="search" action="\/search\/" method="get"><label for="site-search-q">Search the site<\/label><input id="site-search-q" type="search" name="q"/,
    );
    const german = await get('/de-DE/ml-infrastructure/');
    expect(german.html).toMatch(/action="\/de-DE\/search\/"/);
    expect(german.html).toContain('Website durchsuchen');
  });

  it('/de-DE/search/ searches the German text and links the German pages', async () => {
    const page = await get('/de-DE/search/?q=Infrastruktur');
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="de-DE">');
    expect(hrefs(main(page.html))).toContain('/de-DE/ml-infrastructure/');
    expect(main(page.html)).toContain('ML-<mark>Infrastruktur</mark>');
  });

  it('links only pages that exist: results without a page in the locale link the default locale’s, employers are not links', async () => {
    const page = await get('/de-DE/search/?q=robot');
    const links = hrefs(main(page.html)).filter((h) => h !== '#main');
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      expect((await get(href)).status, href).toBe(200);
    }
  });

  it('the empty state says what to do and lists the specialisms to browse', async () => {
    const page = await get('/search/');
    expect(page.status).toBe(200);
    expect(main(page.html)).toContain('Type a role, skill, technology, industry or city');
    expect(hrefs(main(page.html))).toEqual(
      expect.arrayContaining(['/ml-infrastructure/', '/robotics/', '/ai4science/']),
    );
  });

  it('no result says so, offers a near match, and lists the specialisms', async () => {
    const page = await get('/search/?q=quaxxxxxxxxx');
    const body = main(page.html);
    expect(body).toContain('Nothing matched “quaxxxxxxxxx”.');
    expect(body).toMatch(/Did you mean <a href="\/search\/\?q=[^"]+">[^<]+<\/a>\?/);
    const suggested = /Did you mean <a href="([^"]+)">/.exec(body)![1];
    expect(main((await get(suggested.replace(/&amp;/g, '&'))).html)).toMatch(/results? for/);
    expect(hrefs(body)).toContain('/ml-infrastructure/');
  });

  it('a query over 200 characters is cut, not refused; markup in the query is shown as text', async () => {
    const long = await get(`/search/?q=${'k'.repeat(300)}`);
    expect(long.status).toBe(200);
    const hostile = await get(`/search/?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(hostile.status).toBe(200);
    expect(hostile.html).not.toContain('<script>alert');
    expect(hostile.html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('is not in the sitemap, and /search redirects to /search/ keeping the query', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.html).not.toContain('/search');
    const german = await get('/de-DE/sitemap.xml');
    expect(german.html).not.toContain('/search');
    const short = await get('/search?q=go');
    expect(short.status).toBe(301);
    expect(short.headers.get('location')).toBe('/search/?q=go');
  });

  it('different queries get different pages from the response cache', async () => {
    const a = await get('/search/?q=kubernetes');
    const b = await get('/search/?q=golang');
    expect(a.html).not.toBe(b.html);
    expect(hrefs(main(b.html))).toContain('/technologies/go/');
    expect((await get('/search/?q=kubernetes')).html).toBe(a.html);
  });

  it('passes html-validate in every state, and so does a page with the header form', async () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const problems: string[] = [];
    for (const path of [
      '/',
      '/ml-infrastructure/',
      '/search/',
      '/search/?q=kubernetes',
      '/search/?q=engineer',
      '/search/?q=quaxxxxxxxxx',
      '/de-DE/search/?q=Infrastruktur',
    ]) {
      const report = await validator.validateString((await get(path)).html, path);
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
