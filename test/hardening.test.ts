import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type AppOptions, type RunningServer } from '../src/server/app.js';
import { syntheticContent, testShape } from '../src/seed/synthetic.js';
import { ormWith, silentLogger, TEST_SITE } from './helpers.js';

let orm: Orm;
const running: RunningServer[] = [];

beforeAll(async () => {
  orm = await ormWith(syntheticContent(testShape(50)));
});

afterAll(async () => {
  for (const server of running) await server.close();
  await orm.close();
});

async function serve(options: Partial<AppOptions> = {}) {
  const app = await createApp({ orm, logger: silentLogger, site: TEST_SITE, ...options });
  const server = await listen(app, 0);
  running.push(server);
  return { app, origin: server.origin };
}

const post = (origin: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

type Errors = { errors?: { message: string; extensions: { code: string } }[] };

describe('rate limits', () => {
  it('gives the public 429 with Retry-After past its per-client limit; token holders are not counted there', async () => {
    const { app, origin } = await serve({ apiRate: { limit: 3, windowMs: 60_000 } });
    const { token } = await app.tokens.create('reader', TokenRole.VIEWER);
    for (let i = 0; i < 3; i++) expect((await post(origin, '{ __typename }')).status).toBe(200);
    const refused = await post(origin, '{ __typename }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused.json()) as Errors;
    expect(body.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors![0].message).toMatch(/at most 3 per 60 s/);
    // Pages are not the API: still served.
    expect((await fetch(`${origin}/`)).status).toBe(200);
    const withToken = await post(origin, '{ __typename }', { authorization: `Bearer ${token}` });
    expect(withToken.status).toBe(200);
  });

  it('gives a token 429 with Retry-After past its mutation limit, and changes nothing then', async () => {
    const { app, origin } = await serve({ mutationRate: { limit: 2, windowMs: 60_000 } });
    const { token } = await app.tokens.create('busy-editor', TokenRole.EDITOR);
    const auth = { authorization: `Bearer ${token}` };
    const create = (i: number) =>
      post(
        origin,
        `mutation { createFaq(input: { slug: "rate-faq-${i}", question: "Question ${i}?", answer: "Answer." }) { slug } }`,
        auth,
      );
    expect((await create(1)).status).toBe(200);
    expect((await create(2)).status).toBe(200);
    const refused = await create(3);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as Errors).errors![0].extensions.code).toBe('RATE_LIMITED');
    const check = (await (
      await post(origin, '{ faq(slug: "rate-faq-3") { slug } }', { ...auth, 'x-preview': 'true' })
    ).json()) as { data: { faq: null } };
    expect(check.data.faq).toBeNull();
    // Reading is not limited by the mutation budget.
    expect((await post(origin, '{ __typename }', auth)).status).toBe(200);
  });
});

describe('headers and transport', () => {
  it('sends security headers on pages, and a CSP that allows only the site itself', async () => {
    const { origin } = await serve();
    const res = await fetch(`${origin}/roles/s-role-0000/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const html = await res.text();
    // Nothing inline that the policy would block: no style attributes, no executable scripts.
    expect(html).not.toMatch(/\sstyle=/);
    expect(html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? []).toEqual([]);
  });

  it('allows the configured origins through CORS, and no others', async () => {
    const { origin } = await serve({ corsOrigins: ['https://www.example.com'] });
    const preflight = await fetch(`${origin}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.example.com');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    const allowed = await post(origin, '{ __typename }', { origin: 'https://www.example.com' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.example.com');
    const other = await post(origin, '{ __typename }', { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const otherPreflight = await fetch(`${origin}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers introspection by default, and refuses it when switched off', async () => {
    const on = await serve();
    expect((await post(on.origin, '{ __schema { queryType { name } } }')).status).toBe(200);
    const off = await serve({ introspection: false });
    const refused = await post(off.origin, '{ __schema { queryType { name } } }');
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as Errors).errors![0].extensions.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect((await post(off.origin, '{ role(slug: "s-role-0000") { slug } }')).status).toBe(200);
  });

  it('answers 503 TIMEOUT past the time budget, and the next request normally', async () => {
    const { app, origin } = await serve({ timeBudgetMs: 1, cacheBytes: 0 });
    const { token } = await app.tokens.create('slow-reader', TokenRole.VIEWER);
    // Preview reads the database: several statements and entity hydration, well over 1 ms.
    const slow = await post(
      origin,
      '{ roles(first: 100) { edges { node { skills { name } technologies { name } hubs { city } } } } }',
      { authorization: `Bearer ${token}`, 'x-preview': 'true' },
    );
    expect(slow.status).toBe(503);
    const body = (await slow.json()) as Errors;
    expect(body.errors![0].extensions.code).toBe('TIMEOUT');
    expect(body.errors![0].message).toMatch(
      /1 ms budget: its answer was dropped, and nothing was changed/,
    );
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });

  it('says which limit was hit and the allowed value, and the limits are settings', async () => {
    const { origin } = await serve({ limits: { maxDepth: 3, maxCost: 50 } });
    const deep = (await (
      await post(origin, '{ role(slug: "s-role-0000") { skills { roles { slug } } } }')
    ).json()) as Errors;
    expect(deep.errors![0].message).toMatch(/depth limit of 3 exceeded, found 4/);
    const costly = (await (
      await post(origin, '{ technologies(first: 60) { totalCount } }')
    ).json()) as Errors;
    expect(costly.errors![0].message).toMatch(/cost limit of 50 exceeded, found \d+/);
  });
});

describe('graceful shutdown', () => {
  it('stopping lets a request in flight finish, and takes no new connection meanwhile', async () => {
    const app = await createApp({ orm, logger: silentLogger, site: TEST_SITE });
    const server = await listen(app, 0);
    const port = Number(new URL(server.origin).port);
    // A client that has sent its headers and half its body: a request in flight.
    const body = JSON.stringify({ query: '{ roles(first: 3) { edges { node { slug } } } }' });
    const socket = connect(port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(
      `POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 50));
    let closed = false;
    const closing = server.close().then(() => (closed = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false); // waiting for the request
    await expect(fetch(`${server.origin}/healthz`)).rejects.toThrow(); // no new connections
    socket.write(body.slice(10));
    await ended;
    await closing;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(answer).toContain('"slug":');
  });
});
