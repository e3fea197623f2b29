import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type App, type RunningServer } from '../src/server/app.js';
import { seedFromDir } from '../src/seed/index.js';
import { emptyOrm, silentLogger, TEST_SITE } from './helpers.js';

let orm: Orm;
let app: App;
let server: RunningServer;
let editor: string;
let viewer: string;

beforeAll(async () => {
  orm = await emptyOrm();
  await seedFromDir(orm.em, 'test/fixtures/seed/base');
  app = await createApp({ orm, logger: silentLogger, site: TEST_SITE });
  server = await listen(app, 0);
  editor = (await app.tokens.create('ed', TokenRole.EDITOR)).token;
  viewer = (await app.tokens.create('vi', TokenRole.VIEWER)).token;
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

const gql = (query: string, headers: Record<string, string> = {}, search = '') =>
  fetch(`${server.origin}/graphql${search}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('tokens', () => {
  it('are random, shown once, and stored only as a hash', async () => {
    expect(editor).toMatch(/^rg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const rows = (await orm.em.getConnection().execute('select * from api_token')) as Record<
      string,
      string
    >[];
    // The secret is what follows `rg_<16 hex>_` (it may itself hold "_": no split).
    expect(JSON.stringify(rows)).not.toContain(editor.slice('rg_'.length + 16 + 1));
    expect(rows.map((r) => r.secret_hash)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^[0-9a-f]{64}$/)]),
    );
    expect((await app.tokens.list()).map((t) => [t.name, t.role])).toEqual([
      ['ed', 'editor'],
      ['vi', 'viewer'],
    ]);
  });

  it('an unknown, malformed or revoked token gets 401 UNAUTHENTICATED, even for a public query', async () => {
    const revoked = (await app.tokens.create('gone', TokenRole.ADMIN)).token;
    await app.tokens.revoke('gone');
    for (const token of [
      `rg_${'0'.repeat(16)}_${'A'.repeat(43)}`,
      'not-a-token',
      editor.slice(0, -1) + (editor.endsWith('A') ? 'B' : 'A'),
      revoked,
    ]) {
      const res = await gql('{ roles { totalCount } }', { authorization: `Bearer ${token}` });
      expect(res.status, token).toBe(401);
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('10,000 random tokens: none is accepted', async () => {
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      const guess =
        i % 2
          ? `rg_${randomBytes(8).toString('hex')}_${randomBytes(32).toString('base64url')}`
          : randomBytes(24).toString('base64url');
      try {
        await app.tokens.authenticate(guess);
        accepted++;
      } catch {
        // refused, as it should be
      }
    }
    expect(accepted).toBe(0);
  });

  it("a token holder's responses are private to them", async () => {
    const res = await gql('{ roles { totalCount } }', { authorization: `Bearer ${viewer}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('preview', () => {
  beforeAll(async () => {
    const res = await gql(
      'mutation { createSkill(input: { slug: "draft-skill", name: "Draft skill", category: "x" }) { slug } link(input: { kind: ROLE_SKILL, from: "site-reliability-engineer", to: "draft-skill" }) { slug } }',
      {
        authorization: `Bearer ${editor}`,
      },
    );
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
  });

  it('needs a token: asking for it without one is refused', async () => {
    expect(
      (await gql('{ skill(slug: "draft-skill") { name } }', { 'x-preview': 'true' })).status,
    ).toBe(401);
    expect((await gql('{ skill(slug: "draft-skill") { name } }', {}, '?preview=true')).status).toBe(
      401,
    );
    expect(
      (await fetch(`${server.origin}/roles/site-reliability-engineer/?preview=true`)).status,
    ).toBe(401);
  });

  it('shows drafts to a viewer token with the header or the query parameter, and only then', async () => {
    const query = '{ skill(slug: "draft-skill") { name status } }';
    const auth = { authorization: `Bearer ${viewer}` };
    for (const res of [
      await gql(query, { ...auth, 'x-preview': 'true' }),
      await gql(query, auth, '?preview=true'),
    ]) {
      expect(await res.json()).toEqual({
        data: { skill: { name: 'Draft skill', status: 'DRAFT' } },
      });
    }
    expect(await (await gql(query, auth)).json()).toEqual({ data: { skill: null } });
  });

  it('shows drafts on the rendered pages, with a banner, after /preview sets the cookie', async () => {
    const page = '/roles/site-reliability-engineer/';
    expect(await (await fetch(server.origin + page)).text()).not.toContain('/skills/draft-skill/');
    const start = await fetch(
      `${server.origin}/preview?token=${encodeURIComponent(viewer)}&path=${page}`,
      { redirect: 'manual' },
    );
    expect(start.status).toBe(303);
    expect(start.headers.get('location')).toBe(page);
    const cookie = start.headers.get('set-cookie')!;
    // TEST_SITE is https: the cookie is Secure.
    expect(cookie).toMatch(
      /^rolegraph_preview=.+; Path=\/; Max-Age=3600; HttpOnly; SameSite=Lax; Secure$/,
    );
    const res = await fetch(server.origin + page, { headers: { cookie: cookie.split(';')[0] } });
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    // A preview may be framed by the site itself (the Studio's preview), never by others.
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const publicPage = await fetch(server.origin + page);
    expect(publicPage.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(publicPage.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    expect(html).toContain('Preview: drafts are shown.');
    expect(html).toContain('href="/skills/draft-skill/"');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    // The cookie holds a session's random secret, not the token.
    const secret = decodeURIComponent(cookie.split(';')[0].split('=')[1]);
    expect(secret).not.toContain(viewer.slice(3, 19));
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const exit = await fetch(`${server.origin}/preview/exit`, {
      redirect: 'manual',
      headers: { cookie: cookie.split(';')[0] },
    });
    expect(exit.headers.get('set-cookie')).toContain('Max-Age=0');
    // Left, the session is over: the same cookie is refused (and cleared), not shown drafts.
    const after = await fetch(server.origin + page, { headers: { cookie: cookie.split(';')[0] } });
    expect(after.status).toBe(401);
    expect(after.headers.get('set-cookie')).toContain('Max-Age=0');
    const bad = await fetch(`${server.origin}/preview?token=nope&path=/`, { redirect: 'manual' });
    expect(bad.status).toBe(401);
  });

  const openPreview = async (token: string, path: string) => {
    const res = await fetch(
      `${server.origin}/preview?token=${encodeURIComponent(token)}&path=${encodeURIComponent(path)}`,
      { redirect: 'manual' },
    );
    return { location: res.headers.get('location'), cookie: res.headers.get('set-cookie') ?? '' };
  };

  it('redirects only to the site’s own page paths', async () => {
    for (const path of ['/roles/site-reliability-engineer/', '/', '/de-DE/'])
      expect((await openPreview(viewer, path)).location).toBe(path);
    for (const path of [
      '/\\evil.example',
      '/\\evil.example/',
      '//evil.example/',
      'https://evil.example/',
      '/%2F%2Fevil.example/',
      '/roles/x/?next=//evil.example',
      '/graphql',
      'javascript:alert(1)',
    ])
      expect((await openPreview(viewer, path)).location, path).toBe('/');
  });

  it('ends with its token: a revoked token’s preview cookie no longer shows drafts', async () => {
    const { token } = await app.tokens.create('short-lived', TokenRole.VIEWER);
    const { cookie } = await openPreview(token, '/');
    const header = { cookie: cookie.split(';')[0] };
    expect((await fetch(`${server.origin}/`, { headers: header })).status).toBe(200);
    await app.tokens.revoke('short-lived');
    expect((await fetch(`${server.origin}/`, { headers: header })).status).toBe(401);
  });

  it('is not Secure on a plain-http site (a browser would never send it back)', async () => {
    const plain = await createApp({
      orm,
      logger: silentLogger,
      site: { ...TEST_SITE, url: 'http://localhost:4000' },
    });
    const running = await listen(plain, 0);
    const res = await fetch(
      `${running.origin}/preview?token=${encodeURIComponent(viewer)}&path=/`,
      { redirect: 'manual' },
    );
    expect(res.headers.get('set-cookie')).toMatch(/; HttpOnly; SameSite=Lax$/);
    await running.close();
  });

  it('lasts an hour: a session past its expiry is refused', async () => {
    const { cookie } = await openPreview(viewer, '/');
    const secret = decodeURIComponent(cookie.split(';')[0].split('=')[1]);
    const expires = (await orm.em
      .getConnection()
      .execute('select created_at, expires_at from preview_session order by id desc limit 1')) as {
      created_at: string | number | Date;
      expires_at: string | number | Date;
    }[];
    const length = +new Date(expires[0].expires_at) - +new Date(expires[0].created_at);
    expect(Math.round(length / 60_000)).toBe(60);
    await orm.em
      .getConnection()
      .execute(
        'update preview_session set expires_at = ? where id = (select max(id) from preview_session)',
        [new Date(Date.now() - 1000)],
      );
    const res = await fetch(`${server.origin}/`, {
      headers: { cookie: `rolegraph_preview=${encodeURIComponent(secret)}` },
    });
    expect(res.status).toBe(401);
  });
});
