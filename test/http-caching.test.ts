import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type App, type RunningServer } from '../src/server/app.js';
import { syntheticContent, testShape } from '../src/seed/synthetic.js';
import { ormWith, silentLogger, TEST_SITE } from './helpers.js';

const ROLE_QUERY = 'query Role($slug: String!) { role(slug: $slug) { slug name skills { name } } }';
const ROLE = 's-role-0001';

let orm: Orm;
let cached: App;
let cachedServer: RunningServer;
let uncachedServer: RunningServer;
let viewerToken: string;

beforeAll(async () => {
  orm = await ormWith(syntheticContent(testShape(3)));
  cached = await createApp({ orm, logger: silentLogger, site: TEST_SITE });
  cachedServer = await listen(cached, 0);
  // RESPONSE_CACHE_MB=0: nothing kept between requests.
  const uncached = await createApp({ orm, logger: silentLogger, site: TEST_SITE, cacheBytes: 0 });
  expect(uncached.cache).toBeNull();
  uncachedServer = await listen(uncached, 0);
  viewerToken = (await cached.tokens.create('http-caching-viewer', TokenRole.VIEWER)).token;
});

afterAll(async () => {
  await cachedServer.close();
  await uncachedServer.close();
  await orm.close();
});

const post = (origin: string, headers: Record<string, string> = {}) =>
  fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: ROLE_QUERY, variables: { slug: ROLE } }),
  });

describe('HTTP caching without the response cache', () => {
  for (const [what, send] of [
    [
      'a GraphQL answer',
      (headers?: Record<string, string>) => post(uncachedServer.origin, headers),
    ],
    [
      'a page',
      (headers?: Record<string, string>) =>
        fetch(`${uncachedServer.origin}/roles/${ROLE}/`, { headers }),
    ],
  ] as const) {
    it(`sends ${what} with an ETag and public Cache-Control, and answers 304 when it has not changed`, async () => {
      const first = await send();
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toMatch(/public/);
      expect(first.headers.get('cache-control')).toMatch(/max-age=60/);
      const again = await send({ 'if-none-match': etag! });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect((await send({ 'if-none-match': '"other"' })).status).toBe(200);
    });
  }

  it('gives the same ETag as the caching server for the same bytes', async () => {
    const a = await post(uncachedServer.origin);
    const b = await post(cachedServer.origin);
    expect(await a.text()).toBe(await b.text());
    expect(a.headers.get('etag')).toBe(b.headers.get('etag'));
  });
});

describe('a token without preview', () => {
  it('browses the public pages: served from and kept in the shared cache, sent public', async () => {
    const path = `/roles/${ROLE}/`;
    const asViewer = { authorization: `Bearer ${viewerToken}` };
    const before = cached.cache!.stats();
    const first = await fetch(cachedServer.origin + path, { headers: asViewer });
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('etag')).toBeTruthy();
    // The public's request is now a hit on what the token holder's filled, and the same bytes.
    const publicView = await fetch(cachedServer.origin + path);
    expect(cached.cache!.stats().hits).toBe(before.hits + 1);
    expect(await publicView.text()).toBe(await first.text());
  });

  it('gets GraphQL answers of its own: never from or into the cache, private, no ETag', async () => {
    const before = cached.cache!.stats();
    const res = await post(cachedServer.origin, { authorization: `Bearer ${viewerToken}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('etag')).toBeNull();
    const after = cached.cache!.stats();
    expect([after.hits, after.misses, after.entries]).toEqual([
      before.hits,
      before.misses,
      before.entries,
    ]);
  });
});
