import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService } from '../src/accounts/account.service.js';
import {
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  SIGN_IN_THROTTLE,
} from '../src/accounts/session.service.js';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';
import { seedFromDir } from '../src/seed/index.js';
import { namedDatabaseUrl } from './engine.js';
import { emptyOrm, snapshot, testApp, TEST_SITE } from './helpers.js';
import { rolegraph, startServer } from './processes.js';

// Editors' accounts over real HTTP with real cookies, on the engine of this run. The server's
// clock is `clock()`: tests move it forward to expire sessions and lift throttles.
let orm: Orm;
let app: App;
let server: RunningServer;
let offsetMs = 0;
const clock = () => new Date(Date.now() + offsetMs);
const PASSWORD = 'correct horse battery staple';

interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: { code: string } }[];
  };
  cookies: string[];
}

interface Call {
  cookie?: string;
  csrf?: string;
  /** The client's address (the server trusts one proxy, so X-Forwarded-For names it). */
  client?: string;
  headers?: Record<string, string>;
  variables?: Record<string, unknown>;
}

async function gql(query: string, call: Call = {}): Promise<Answer> {
  const res = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': call.client ?? '203.0.113.1',
      ...(call.cookie ? { cookie: call.cookie } : {}),
      ...(call.csrf ? { 'x-csrf-token': call.csrf } : {}),
      ...call.headers,
    },
    body: JSON.stringify({ query, variables: call.variables }),
  });
  return {
    status: res.status,
    body: (await res.json()) as Answer['body'],
    cookies: res.headers.getSetCookie(),
  };
}

const code = (a: Answer) => a.body.errors?.[0]?.extensions.code;
const SIGN_IN =
  'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { email name role } csrfToken } }';

/** Signs in; returns the cookie to send back (name=value) and the CSRF token. */
async function signIn(email: string, password = PASSWORD, client?: string) {
  const answer = await gql(SIGN_IN, { variables: { e: email, p: password }, client });
  expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
  const set = answer.cookies.find((c) => c.startsWith('rolegraph_session='))!;
  const signedIn = answer.body.data!.signIn as { csrfToken: string };
  return { cookie: set.split(';')[0], csrf: signedIn.csrfToken, set, answer };
}

async function addUser(email: string, role: TokenRole, password: string | null = PASSWORD) {
  const accounts = new AccountService(orm.em, {
    siteUrl: TEST_SITE.url,
    actor: 'test',
    now: clock,
  });
  return accounts.add({ email, role, password });
}

beforeAll(async () => {
  orm = await emptyOrm();
  await seedFromDir(orm.em, 'test/fixtures/seed/base');
  app = await testApp(orm, { now: clock, trustProxy: 1 });
  server = await listen(app, 0);
  await addUser('admin@example.com', TokenRole.ADMIN);
  await addUser('editor@example.com', TokenRole.EDITOR);
  await addUser('viewer@example.com', TokenRole.VIEWER);
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax, Secure session cookie and returns the user and a CSRF token', async () => {
    const { set, answer, cookie, csrf } = await signIn('Editor@Example.COM');
    // TEST_SITE is https, so the cookie is Secure; it lasts as long as a session may (7 days).
    expect(set).toMatch(
      /^rolegraph_session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=604800; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(answer.body.data!.signIn).toEqual({
      user: { email: 'editor@example.com', name: 'editor', role: 'EDITOR' },
      csrfToken: csrf,
    });
    const me = await gql('{ me { user { email role status } csrfToken } }', { cookie });
    expect(me.body.data!.me).toEqual({
      user: { email: 'editor@example.com', role: 'EDITOR', status: 'ACTIVE' },
      csrfToken: csrf,
    });
    expect((await gql('{ me { csrfToken } }')).body.data!.me).toBeNull();
    // Only a hash of the secret is stored.
    const secret = cookie.split('=')[1];
    const rows = await orm.em.getConnection().execute('select * from user_session');
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).not.toContain(csrf);
  });

  it('issues a new session at each sign-in, and the old cookie of that browser ends', async () => {
    const first = await signIn('viewer@example.com');
    const again = await gql(SIGN_IN, {
      cookie: first.cookie,
      csrf: first.csrf,
      variables: { e: 'viewer@example.com', p: PASSWORD },
    });
    const second = again.cookies[0].split(';')[0];
    expect(second).not.toBe(first.cookie);
    expect((await gql('{ me { csrfToken } }', { cookie: first.cookie })).body.data!.me).toBeNull();
    expect((await gql('{ me { csrfToken } }', { cookie: second })).body.data!.me).not.toBeNull();
  });

  it('refuses a wrong password or an unknown email alike, and sets no cookie', async () => {
    for (const [email, password] of [
      ['editor@example.com', 'not the password at all'],
      ['nobody@example.com', PASSWORD],
    ]) {
      const answer = await gql(SIGN_IN, {
        variables: { e: email, p: password },
        client: '198.51.100.7',
      });
      expect(code(answer)).toBe('UNAUTHENTICATED');
      expect(answer.body.errors![0].message).toBe('wrong email or password');
      expect(answer.cookies).toEqual([]);
    }
  });

  it('a failure costs the same scrypt work whether or not the email exists', async () => {
    const timed = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const start = performance.now();
        const answer = await gql(SIGN_IN, {
          variables: { e: email, p: `wrong password ${i}` },
          client: '198.51.100.8',
        });
        times.push(performance.now() - start);
        expect(code(answer)).toBe('UNAUTHENTICATED');
      }
      return times.sort((a, b) => a - b)[1];
    };
    const known = await timed('viewer@example.com');
    const unknown = await timed('no-such-user@example.com');
    // Loose bounds for a busy machine; skipping the hash would make it hundreds of times faster.
    expect(unknown / known).toBeGreaterThan(0.33);
    expect(unknown / known).toBeLessThan(3);
  });

  it('a session cookie that is not valid is ignored (the public is answered) and cleared', async () => {
    const answer = await gql('{ me { csrfToken } }', {
      cookie: `rolegraph_session=${'A'.repeat(43)}`,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data!.me).toBeNull();
    expect(answer.cookies[0]).toMatch(/^rolegraph_session=; Path=\/; Max-Age=0;/);
  });
});

describe('another instance', () => {
  it('knows the sessions (they live in the database); over http the cookie is not Secure', async () => {
    const other = await testApp(orm, {
      now: clock,
      trustProxy: 1,
      site: { ...TEST_SITE, url: 'http://localhost:4000' },
    });
    const second = await listen(other, 0);
    try {
      const { cookie, csrf } = await signIn('editor@example.com');
      const ask = (query: string, headers: Record<string, string> = {}) =>
        fetch(`${second.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, ...headers },
          body: JSON.stringify({ query }),
        });
      const me = (await (await ask('{ me { user { email } } }')).json()) as Answer['body'];
      expect(me.data).toEqual({ me: { user: { email: 'editor@example.com' } } });
      const out = await ask('mutation { signOut }', { 'x-csrf-token': csrf });
      expect(out.headers.getSetCookie()[0]).toBe(
        'rolegraph_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax',
      );
      // Signed out there, signed out here.
      expect((await gql('{ me { csrfToken } }', { cookie })).body.data!.me).toBeNull();
    } finally {
      await second.close();
    }
  });
});

describe('CSRF', () => {
  it('a mutation with the cookie and no x-csrf-token is refused (403 FORBIDDEN) and changes nothing; with it, it runs', async () => {
    const { cookie, csrf } = await signIn('editor@example.com');
    const create =
      'mutation { createSkill(input: { slug: "csrf-skill", name: "CSRF skill", category: "x" }) { slug } }';
    const before = await snapshot(orm);
    for (const wrong of [undefined, 'not-the-token', csrf.slice(0, -1)]) {
      const refused = await gql(create, { cookie, csrf: wrong });
      expect(refused.status).toBe(403);
      expect(code(refused)).toBe('FORBIDDEN');
      expect(refused.body.errors![0].message).toContain('x-csrf-token');
    }
    expect(await snapshot(orm)).toEqual(before);
    const done = await gql(create, { cookie, csrf });
    expect(done.body).toEqual({ data: { createSkill: { slug: 'csrf-skill' } } });
    // Reading needs no token.
    expect((await gql('{ me { user { email } } }', { cookie })).body.errors).toBeUndefined();
  });

  it('a bearer token needs none: it carries no ambient credential', async () => {
    const { token } = await app.tokens.create('csrf-editor', TokenRole.EDITOR);
    const answer = await gql(
      'mutation { createSkill(input: { slug: "bearer-skill", name: "Bearer skill", category: "x" }) { slug } }',
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(answer.body.errors).toBeUndefined();
  });
});

describe('sessions and tokens give the same powers for the same role', () => {
  it('a viewer session may not change content; an editor session may; neither manages users', async () => {
    const viewer = await signIn('viewer@example.com');
    const editor = await signIn('editor@example.com');
    const create = (slug: string) =>
      `mutation { createSkill(input: { slug: "${slug}", name: "Same powers", category: "x" }) { slug } }`;
    expect(code(await gql(create('viewer-skill'), viewer))).toBe('FORBIDDEN');
    expect((await gql(create('editor-skill'), editor)).body.errors).toBeUndefined();
    const users = await gql('{ users { totalCount } }', editor);
    expect(code(users)).toBe('FORBIDDEN');
    expect(users.body.errors![0].message).toBe(
      'users needs the admin role; "editor@example.com" is a editor',
    );
    // The public: UNAUTHENTICATED, as without a token.
    expect(code(await gql(create('public-skill')))).toBe('UNAUTHENTICATED');
  });

  it('a signed-in user previews drafts on the API (X-Preview) and on pages (/preview)', async () => {
    const editor = await signIn('editor@example.com');
    await gql(
      'mutation { createSkill(input: { slug: "preview-skill", name: "Preview skill", category: "x" }) { slug } link(input: { kind: ROLE_SKILL, from: "site-reliability-engineer", to: "preview-skill" }) { slug } }',
      editor,
    );
    const query = '{ skill(slug: "preview-skill") { name status } }';
    const viewer = await signIn('viewer@example.com');
    expect((await gql(query, { cookie: viewer.cookie })).body.data).toEqual({ skill: null });
    const previewed = await gql(query, { cookie: viewer.cookie, headers: { 'x-preview': 'true' } });
    expect(previewed.body.data).toEqual({ skill: { name: 'Preview skill', status: 'DRAFT' } });
    // Without a session (or a token) preview stays refused.
    expect((await gql(query, { headers: { 'x-preview': 'true' } })).status).toBe(401);

    const page = '/roles/site-reliability-engineer/';
    const start = await fetch(`${server.origin}/preview?path=${page}`, {
      redirect: 'manual',
      headers: { cookie: viewer.cookie },
    });
    expect(start.status).toBe(303);
    const preview = start.headers.get('set-cookie')!.split(';')[0];
    expect(preview).toMatch(/^rolegraph_preview=/);
    const html = await (await fetch(server.origin + page, { headers: { cookie: preview } })).text();
    expect(html).toContain('href="/skills/preview-skill/"');
    // The preview lasts as long as the session it was opened from.
    expect((await gql('mutation { signOut }', viewer)).body.data).toEqual({ signOut: true });
    expect((await fetch(server.origin + page, { headers: { cookie: preview } })).status).toBe(401);
    expect(
      (
        await fetch(`${server.origin}/preview?path=/`, {
          redirect: 'manual',
          headers: { cookie: viewer.cookie },
        })
      ).status,
    ).toBe(401);
  });
});

describe('guessing', () => {
  it(`after ${SIGN_IN_THROTTLE.perAccount} failures for one account from one client, even the right password is refused for 15 minutes`, async () => {
    await addUser('guessed@example.com', TokenRole.EDITOR);
    const client = '192.0.2.10';
    for (let i = 0; i < SIGN_IN_THROTTLE.perAccount; i++) {
      const wrong = await gql(SIGN_IN, {
        variables: { e: 'guessed@example.com', p: `wrong password ${i}` },
        client,
      });
      expect(code(wrong)).toBe('UNAUTHENTICATED');
    }
    const right = await gql(SIGN_IN, {
      variables: { e: 'guessed@example.com', p: PASSWORD },
      client,
    });
    expect(code(right)).toBe('TOO_MANY_REQUESTS');
    expect(right.cookies).toEqual([]);
    expect(right.body.errors![0]).toMatchObject({ extensions: { retryAfterSeconds: 900 } });
    // Another client is not locked out of the account…
    await signIn('guessed@example.com', PASSWORD, '192.0.2.11');
    // …and this client is not locked out of other accounts.
    await signIn('editor@example.com', PASSWORD, client);
    offsetMs += 14 * 60_000;
    expect(
      code(await gql(SIGN_IN, { variables: { e: 'guessed@example.com', p: PASSWORD }, client })),
    ).toBe('TOO_MANY_REQUESTS');
    offsetMs += 61_000;
    await signIn('guessed@example.com', PASSWORD, client);
  }, 60_000);

  it(`after ${SIGN_IN_THROTTLE.perClient} failures from one client across accounts, its sign-ins are refused`, async () => {
    const client = '192.0.2.20';
    for (let i = 0; i < SIGN_IN_THROTTLE.perClient; i++) {
      const wrong = await gql(SIGN_IN, {
        variables: { e: `someone-${i}@example.com`, p: PASSWORD },
        client,
      });
      expect(code(wrong)).toBe('UNAUTHENTICATED');
    }
    const right = await gql(SIGN_IN, {
      variables: { e: 'admin@example.com', p: PASSWORD },
      client,
    });
    expect(code(right)).toBe('TOO_MANY_REQUESTS');
    await signIn('admin@example.com', PASSWORD, '192.0.2.21');
    offsetMs += SIGN_IN_THROTTLE.lockMs + 1000;
    await signIn('admin@example.com', PASSWORD, client);
  }, 120_000); // Each failure does a real scrypt hash: slow on a busy machine.
});

describe('session expiry (a moved clock)', () => {
  it(`ends after ${SESSION_IDLE_MS / 3600_000} hours idle`, async () => {
    const { cookie } = await signIn('editor@example.com');
    offsetMs += SESSION_IDLE_MS - 60_000;
    expect((await gql('{ me { csrfToken } }', { cookie })).body.data!.me).not.toBeNull();
    // That request counted as activity: another almost-12 hours later it still holds.
    offsetMs += SESSION_IDLE_MS - 60_000;
    expect((await gql('{ me { csrfToken } }', { cookie })).body.data!.me).not.toBeNull();
    offsetMs += SESSION_IDLE_MS + 1000;
    const ended = await gql('{ me { csrfToken } }', { cookie });
    expect(ended.body.data!.me).toBeNull();
    expect(ended.cookies[0]).toContain('Max-Age=0');
  });

  it(`ends ${SESSION_MAX_MS / 86_400_000} days after sign-in however active it is`, async () => {
    const { cookie } = await signIn('editor@example.com');
    const start = offsetMs;
    while (offsetMs - start < SESSION_MAX_MS - SESSION_IDLE_MS) {
      offsetMs += SESSION_IDLE_MS - 60_000;
      expect((await gql('{ me { csrfToken } }', { cookie })).body.data!.me).not.toBeNull();
    }
    offsetMs = start + SESSION_MAX_MS + 1000;
    expect((await gql('{ me { csrfToken } }', { cookie })).body.data!.me).toBeNull();
  });
});

describe('signing out', () => {
  it('signOut ends this session; signOutEverywhere ends all of the user’s sessions', async () => {
    const a = await signIn('viewer@example.com');
    const b = await signIn('viewer@example.com');
    const c = await signIn('viewer@example.com');
    const out = await gql('mutation { signOut }', a);
    expect(out.body.data).toEqual({ signOut: true });
    expect(out.cookies[0]).toMatch(/^rolegraph_session=; Path=\/; Max-Age=0;/);
    expect((await gql('{ me { csrfToken } }', a)).body.data!.me).toBeNull();
    expect((await gql('{ me { csrfToken } }', b)).body.data!.me).not.toBeNull();
    expect((await gql('mutation { signOutEverywhere }', b)).body.data).toEqual({
      signOutEverywhere: true,
    });
    for (const s of [b, c]) expect((await gql('{ me { csrfToken } }', s)).body.data!.me).toBeNull();
  });
});

describe('admins manage users', () => {
  const INVITE =
    'mutation ($e: String!, $r: UserRole!) { inviteUser(email: $e, role: $r, name: "New Editor") { url expiresAt user { email status role } } }';

  it('an invitation sets a password once; a second use is refused', async () => {
    const admin = await signIn('admin@example.com');
    const invited = await gql(INVITE, {
      ...admin,
      variables: { e: 'New@Example.com', r: 'EDITOR' },
    });
    const link = invited.body.data!.inviteUser as { url: string; expiresAt: string; user: object };
    expect(link.user).toEqual({ email: 'new@example.com', status: 'INVITED', role: 'EDITOR' });
    expect(link.url).toMatch(/^https:\/\/jobs\.example\.com\/studio\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(new Date(link.expiresAt).getTime() - clock().getTime()).toBeGreaterThan(
      6.9 * 86_400_000,
    );
    // Invited, not yet able to sign in.
    expect(code(await gql(SIGN_IN, { variables: { e: 'new@example.com', p: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    const accept =
      'mutation ($c: String!, $p: String!) { acceptInvitation(code: $c, password: $p) { email status name } }';
    const code0 = link.url.split('/').at(-1)!;
    for (const [password, problem] of [
      ['short', 'at least 12 characters'],
      ['Password1234', 'common passwords'],
    ]) {
      const refused = await gql(accept, { variables: { c: code0, p: password } });
      expect(code(refused)).toBe('BAD_USER_INPUT');
      expect(refused.body.errors![0].message).toContain(problem);
    }
    const accepted = await gql(accept, { variables: { c: code0, p: PASSWORD } });
    expect(accepted.body.data).toEqual({
      acceptInvitation: { email: 'new@example.com', status: 'ACTIVE', name: 'New Editor' },
    });
    const again = await gql(accept, { variables: { c: code0, p: 'another long passphrase' } });
    expect(code(again)).toBe('BAD_USER_INPUT');
    await signIn('new@example.com');
  });

  it('an expired invitation is refused', async () => {
    const admin = await signIn('admin@example.com');
    const invited = await gql(INVITE, {
      ...admin,
      variables: { e: 'late@example.com', r: 'VIEWER' },
    });
    const url = (invited.body.data!.inviteUser as { url: string }).url;
    offsetMs += 7 * 86_400_000 + 1000;
    const late = await gql(
      'mutation ($c: String!) { acceptInvitation(code: $c, password: "a long enough passphrase") { email } }',
      {
        variables: { c: url.split('/').at(-1) },
      },
    );
    expect(code(late)).toBe('BAD_USER_INPUT');
  });

  it('deactivating a user ends their sessions at once; they cannot sign in', async () => {
    await addUser('leaver@example.com', TokenRole.EDITOR);
    const leaver = await signIn('leaver@example.com');
    const admin = await signIn('admin@example.com');
    const done = await gql(
      'mutation { deactivateUser(email: "LEAVER@example.com") { status } }',
      admin,
    );
    expect(done.body.data).toEqual({ deactivateUser: { status: 'DEACTIVATED' } });
    expect((await gql('{ me { csrfToken } }', leaver)).body.data!.me).toBeNull();
    const create =
      'mutation { createSkill(input: { slug: "leaver-skill", name: "Leaver", category: "x" }) { slug } }';
    expect(code(await gql(create, leaver))).toBe('UNAUTHENTICATED');
    expect(code(await gql(SIGN_IN, { variables: { e: 'leaver@example.com', p: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('changing a role takes effect on the live session; a reset link sets a new password and ends sessions', async () => {
    await addUser('mover@example.com', TokenRole.VIEWER);
    const mover = await signIn('mover@example.com');
    const admin = await signIn('admin@example.com');
    const changed = await gql(
      'mutation { changeUserRole(email: "mover@example.com", role: EDITOR) { role } }',
      admin,
    );
    expect(changed.body.data).toEqual({ changeUserRole: { role: 'EDITOR' } });
    expect((await gql('{ me { user { role } } }', mover)).body.data!.me).toEqual({
      user: { role: 'EDITOR' },
    });
    const reset = await gql(
      'mutation { resetUserPassword(email: "mover@example.com") { url } }',
      admin,
    );
    const url = (reset.body.data!.resetUserPassword as { url: string }).url;
    expect(url).toMatch(/^https:\/\/jobs\.example\.com\/studio\/reset\/[A-Za-z0-9_-]{43}$/);
    const used = await gql(
      'mutation ($c: String!) { resetPassword(code: $c, password: "a brand new passphrase") { email } }',
      {
        variables: { c: url.split('/').at(-1) },
      },
    );
    expect(used.body.data).toEqual({ resetPassword: { email: 'mover@example.com' } });
    expect((await gql('{ me { csrfToken } }', mover)).body.data!.me).toBeNull();
    expect(code(await gql(SIGN_IN, { variables: { e: 'mover@example.com', p: PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
    await signIn('mover@example.com', 'a brand new passphrase');
  });

  it('an admin cannot lock themselves out; the public and editors cannot manage users', async () => {
    const admin = await signIn('admin@example.com');
    expect(
      code(await gql('mutation { deactivateUser(email: "admin@example.com") { status } }', admin)),
    ).toBe('CONFLICT');
    expect(
      code(
        await gql(
          'mutation { changeUserRole(email: "admin@example.com", role: VIEWER) { role } }',
          admin,
        ),
      ),
    ).toBe('CONFLICT');
    expect(
      code(await gql('mutation { resetUserPassword(email: "admin@example.com") { url } }')),
    ).toBe('UNAUTHENTICATED');
    expect(
      code(
        await gql(
          'mutation { inviteUser(email: "x@example.com", role: ADMIN) { url } }',
          await signIn('editor@example.com'),
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('users is a connection, oldest first, for admins (sessions or tokens)', async () => {
    const { token } = await app.tokens.create('users-admin', TokenRole.ADMIN);
    const page = await gql(
      '{ users(first: 2) { totalCount edges { cursor node { email role status } } pageInfo { hasNextPage endCursor } } }',
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const users = page.body.data!.users as {
      totalCount: number;
      edges: { node: { email: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
    expect(users.edges.map((e) => e.node.email)).toEqual([
      'admin@example.com',
      'editor@example.com',
    ]);
    expect(users.totalCount).toBeGreaterThan(2);
    expect(users.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      `{ users(first: 1, after: "${users.pageInfo.endCursor}") { edges { node { email } } } }`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(next.body.data).toEqual({
      users: { edges: [{ node: { email: 'viewer@example.com' } }] },
    });
  });

  it('sign-ins, failures, sign-outs and role changes are in the audit log', async () => {
    const admin = await signIn('admin@example.com');
    type Entry = { actor: string; operation: string; details: Record<string, unknown> | null };
    type Page = { edges: { node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const entries: Entry[] = [];
    for (let after: string | null = null; ;) {
      const log = await gql(
        'query ($after: String) { auditLog(first: 100, after: $after) { edges { node { actor operation details } } pageInfo { hasNextPage endCursor } } }',
        { ...admin, variables: { after } },
      );
      const page = log.body.data!.auditLog as Page;
      entries.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const ops = new Set(entries.map((e) => e.operation));
    for (const op of [
      'signIn',
      'signInFailed',
      'signOut',
      'signOutEverywhere',
      'changeUserRole',
      'inviteUser',
      'acceptInvitation',
      'deactivateUser',
      'resetUserPassword',
      'resetPassword',
    ])
      expect(ops, op).toContain(op);
    expect(entries.find((e) => e.operation === 'changeUserRole')).toEqual({
      actor: 'admin@example.com',
      operation: 'changeUserRole',
      details: { user: 'mover@example.com', from: 'viewer', to: 'editor' },
    });
    // A failure names the email tried and the client, whether or not an account has it.
    const failures = entries.filter((e) => e.operation === 'signInFailed').map((e) => e.details);
    expect(failures).toContainEqual({ email: 'editor@example.com', client: '198.51.100.7' });
    expect(failures).toContainEqual({ email: 'nobody@example.com', client: '198.51.100.7' });
    // Content changes made with a session name the user.
    expect(
      entries.find((e) => e.operation === 'createSkill' && e.actor === 'editor@example.com'),
    ).toBeDefined();
  });
});

// Each command starts the built program and opens the database: slow on a busy machine.
describe('the command line (the built program)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolegraph-users-'));
  const env = { DATABASE_URL: namedDatabaseUrl(dir, 'users'), SITE_URL: 'https://cms.example.com' };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cli = async (args: string[], stdin?: string) => {
    const running = rolegraph(args, env);
    running.child.stdin!.end(stdin ?? '');
    return running.done;
  };

  it('user add --password-stdin makes an active user who signs in over HTTP and gets a session cookie', async () => {
    const added = await cli(
      ['user', 'add', 'admin@example.com', '--role', 'admin', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('Added admin admin@example.com: active, and can sign in now.\n');
    const weak = await cli(
      ['user', 'add', 'weak@example.com', '--role', 'admin', '--password-stdin'],
      'password1234\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('common passwords');

    const serving = await startServer(['--migrate'], env);
    try {
      const res = await fetch(`${serving.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: SIGN_IN,
          variables: { e: 'admin@example.com', p: PASSWORD },
        }),
      });
      const body = (await res.json()) as { data: { signIn: { user: { role: string } } } };
      expect(body.data.signIn.user.role).toBe('ADMIN');
      expect(res.headers.get('set-cookie')).toMatch(
        /^rolegraph_session=[\w-]{43}; Path=\/; Max-Age=604800; HttpOnly; SameSite=Lax; Secure$/,
      );
    } finally {
      serving.child.kill('SIGTERM');
      await serving.done;
    }
  }, 120_000);

  it('user add without a password prints an invitation link; list, role, deactivate and reset do what they say', async () => {
    const invited = await cli([
      'user',
      'add',
      'Ed@Example.com',
      '--role',
      'editor',
      '--name',
      'Ed Itor',
    ]);
    expect(invited.stdout).toMatch(
      /^Invited editor ed@example\.com\. Send them this link \(valid until .+, once\):\nhttps:\/\/cms\.example\.com\/studio\/invite\/[\w-]{43}\n$/,
    );
    expect((await cli(['user', 'role', 'ed@example.com', 'viewer'])).stdout).toBe(
      'ed@example.com is now viewer.\n',
    );
    const reset = await cli(['user', 'reset', 'admin@example.com']);
    expect(reset.stdout).toMatch(/\nhttps:\/\/cms\.example\.com\/studio\/reset\/[\w-]{43}\n$/);
    expect((await cli(['user', 'deactivate', 'ed@example.com'])).stdout).toContain(
      'Deactivated ed@example.com',
    );
    const list = await cli(['user', 'list']);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/).slice(0, 3)),
    ).toEqual([
      ['admin@example.com', 'admin', 'active'],
      ['ed@example.com', 'viewer', 'deactivated'],
    ]);
    const unknown = await cli(['user', 'role', 'nobody@example.com', 'admin']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('rolegraph: no user with the email nobody@example.com\n');
    const badRole = await cli(['user', 'add', 'x@example.com', '--role', 'owner']);
    expect(badRole.stderr).toBe('rolegraph: --role must be one of viewer, editor, admin\n');
  }, 120_000);
});
