import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type RunningServer } from '../src/server/app.js';
import { seededOrm, silentLogger } from './helpers.js';

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
  server = await listen(await createApp({ orm, logger: silentLogger }), 0);
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

  it('answers 404 for unknown paths', async () => {
    const res = await fetch(`${base}/no/such/path`);
    expect(res.status).toBe(404);
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
    const app = await createApp({ orm: broken, logger: pino({ level: 'error' }, sink) });
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
