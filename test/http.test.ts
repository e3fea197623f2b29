import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type RunningServer } from '../src/server/app.js';
import { seededOrm, silentLogger, TEST_SITE } from './helpers.js';

let orm: Orm;
let server: RunningServer;
let base: string;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  orm = await seededOrm();
  server = await listen(await createApp({ orm, logger: silentLogger, site: TEST_SITE }), 0);
  base = server.origin;
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('HTTP', () => {
  it('answers a POSTed query with JSON', async () => {
    const res = await post({
      query: '{ role(slug: "mlops-engineer") { name technologies { slug } } }',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    const body = (await res.json()) as {
      data: { role: { name: string; technologies: unknown[] } };
    };
    expect(body.data.role.name).toBe('MLOps Engineer');
    expect(body.data.role.technologies.length).toBeGreaterThan(3);
  });

  it('answers a GET query (with the CSRF preflight header)', async () => {
    const query = encodeURIComponent('{ specialism(slug: "ml-infrastructure") { name } }');
    const res = await fetch(`${base}/graphql?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { specialism: { name: 'ML Infrastructure' } } });
  });

  it('refuses a simple GET without the preflight header (CSRF prevention)', async () => {
    const res = await fetch(
      `${base}/graphql?query=${encodeURIComponent('{ roles { totalCount } }')}`,
    );
    expect(res.status).toBe(400);
  });

  it('serves GraphiQL from its own dependencies to a browser', async () => {
    const page = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="graphiql">');
    const scripts = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(5);
    for (const path of scripts) {
      const asset = await fetch(base + path);
      expect(asset.status, path).toBe(200);
      expect((await asset.arrayBuffer()).byteLength, path).toBeGreaterThan(100);
    }
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('reports health', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('serves the pages at their paths, as HTML', async () => {
    for (const path of [
      '/',
      '/ml-infrastructure/',
      '/ml-infrastructure/faq/',
      '/roles/mlops-engineer/london/',
    ]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await res.text();
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      // A role-in-hub page with nothing of its own (no vacancy, no note) points at the role page.
      const canonical = path === '/roles/mlops-engineer/london/' ? '/roles/mlops-engineer/' : path;
      expect(html).toContain(`<link rel="canonical" href="${TEST_SITE.url}${canonical}"/>`);
    }
  });

  it('answers unknown paths with a real 404 page', async () => {
    for (const path of [
      '/no/such/path',
      '/no-such-specialism/',
      '/roles/no-such-role/',
      '/roles/mlops-engineer/atlantis/',
    ]) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html).toContain('<h1>Page not found</h1>');
      expect(html).toContain('<meta name="robots" content="noindex"/>');
    }
  });

  it('redirects a page path without its trailing slash', async () => {
    const res = await fetch(`${base}/ml-infrastructure/faq?x=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/ml-infrastructure/faq/?x=1');
  });

  it('serves sitemap.xml, robots.txt and the stylesheet', async () => {
    const sitemap = await fetch(`${base}/sitemap.xml`);
    expect(sitemap.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(await sitemap.text()).toContain(`<loc>${TEST_SITE.url}/ml-infrastructure/</loc>`);
    const robots = await fetch(`${base}/robots.txt`);
    expect(await robots.text()).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${TEST_SITE.url}/sitemap.xml\nSitemap: ${TEST_SITE.url}/de-DE/sitemap.xml\nSitemap: ${TEST_SITE.url}/fr-FR/sitemap.xml\n`,
    );
    // One sitemap per locale; none for a locale the site does not publish.
    const german = await fetch(`${base}/de-DE/sitemap.xml`);
    expect(await german.text()).toContain(`<loc>${TEST_SITE.url}/de-DE/ml-infrastructure/</loc>`);
    expect((await fetch(`${base}/it-IT/sitemap.xml`)).status).toBe(404);
    expect((await fetch(`${base}/en-GB/sitemap.xml`)).status).toBe(404);
    // A German page, and no page under the default locale's code or an unknown one.
    const page = await fetch(`${base}/de-DE/roles/mlops-engineer/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="de-DE"');
    expect((await fetch(`${base}/en-GB/roles/mlops-engineer/`)).status).toBe(404);
    expect((await fetch(`${base}/de-DE/robotics/`)).status).toBe(404);
    const css = await fetch(`${base}/assets/site.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect((await css.text()).length).toBeGreaterThan(1000);
  });

  it('answers HEAD without a body, and refuses other methods on pages', async () => {
    const head = await fetch(`${base}/ml-infrastructure/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${base}/ml-infrastructure/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  });

  it('refuses a body that is not JSON with 400 and a clear message', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(body.errors[0]).toMatchObject({
      message: 'Request body is not valid JSON',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await post({ query: `{ roles { totalCount } } # ${'x'.repeat(1024 * 1024)}` });
    expect(res.status).toBe(413);
  });

  it('gives BAD_USER_INPUT for a bad argument over HTTP', async () => {
    const res = await post({ query: '{ roles(first: 1000) { totalCount } }' });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('gives GRAPHQL_VALIDATION_FAILED for an unknown field', async () => {
    const res = await post({ query: '{ roles { nope } }' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('unexpected errors', () => {
  it('are masked for the client, with a request id, and logged in full', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const broken = await seededOrm();
    const app = await createApp({
      orm: broken,
      logger: pino({ level: 'error' }, sink),
      site: TEST_SITE,
      // Read from the database on every request, so the broken table is reached.
      publishedStore: false,
    });
    const running = await listen(app, 0);
    // Break the database under the server: every query now fails inside the ORM.
    await broken.em.getConnection().execute('drop table role_technology');
    const res = await fetch(`${running.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-request-1' },
      body: JSON.stringify({
        query: '{ role(slug: "mlops-engineer") { slug technologies { slug } } }',
      }),
    });
    const text = await res.text();
    const body = JSON.parse(text) as {
      data: { role: null };
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toBe('Internal server error');
    expect(body.errors[0].extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'test-request-1',
    });
    expect(text).not.toMatch(/role_technology|select|sqlite|\.ts:|\.js:|at /i);
    const logged = lines.join('');
    expect(logged).toContain('test-request-1');
    expect(logged).toContain('role_technology');
    await running.close();
    await broken.close();
  });
});
