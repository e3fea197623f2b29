import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type App, type RunningServer } from '../src/server/app.js';
import { syntheticContent, testShape } from '../src/seed/synthetic.js';
import { loadContent } from '../src/seed/load.js';
import { ormWith, silentLogger, TEST_SITE } from './helpers.js';

const ROLE_QUERY = 'query Role($slug: String!) { role(slug: $slug) { slug name skills { name } } }';
const SKILL_QUERY = 'query Skill($slug: String!) { skill(slug: $slug) { slug name } }';

let orm: Orm;
let app: App;
let server: RunningServer;
let plain: App;
let plainServer: RunningServer;
let editorToken: string;
let viewerToken: string;

beforeAll(async () => {
  orm = await ormWith(syntheticContent(testShape(5)));
  app = await createApp({ orm, logger: silentLogger, site: TEST_SITE });
  server = await listen(app, 0);
  // The same server without a response cache: the reference for byte-for-byte comparisons.
  plain = await createApp({ orm, logger: silentLogger, site: TEST_SITE, cacheBytes: 0 });
  plainServer = await listen(plain, 0);
  editorToken = (await app.tokens.create('cache-editor', TokenRole.EDITOR)).token;
  viewerToken = (await app.tokens.create('cache-viewer', TokenRole.VIEWER)).token;
});

afterAll(async () => {
  await server.close();
  await plainServer.close();
  await orm.close();
});

const post = (
  origin: string,
  query: string,
  variables = {},
  headers: Record<string, string> = {},
) =>
  fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });

const get = (
  origin: string,
  params: Record<string, unknown>,
  headers: Record<string, string> = {},
) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  return fetch(`${origin}/graphql?${search}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
};

const roleSlug = (i: number) => `s-role-${String(i).padStart(4, '0')}`;

/** Whether the cache holds an answer: a request counts as a hit when `hits` goes up. */
async function isHit(
  send: () => Promise<Response>,
): Promise<{ hit: boolean; body: string; headers: Headers }> {
  const before = app.cache!.stats().hits;
  const res = await send();
  const body = await res.text();
  return { hit: app.cache!.stats().hits > before, body, headers: res.headers };
}

/** A response's headers but those that differ per response (its id, the date). */
function sameEach(headers: Headers): [string, string][] {
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (name !== 'x-request-id' && name !== 'date') kept.push([name, value]);
  });
  return kept;
}

describe('the response cache', () => {
  it('serves a stored answer byte for byte as the uncached server gives it, for GraphQL and pages', async () => {
    for (const send of [
      (origin: string) => post(origin, ROLE_QUERY, { slug: roleSlug(0) }),
      (origin: string) => get(origin, { query: ROLE_QUERY, variables: { slug: roleSlug(0) } }),
      (origin: string) => fetch(`${origin}/roles/${roleSlug(0)}/`),
      (origin: string) => fetch(`${origin}/sitemap.xml`),
    ]) {
      const reference = await (await send(plainServer.origin)).text();
      const first = await isHit(() => send(server.origin));
      const second = await isHit(() => send(server.origin));
      expect(second.hit).toBe(true);
      expect(first.body).toBe(reference);
      expect(second.body).toBe(reference);
      // A hit is written in one go, with the request's own id and the security headers.
      expect(sameEach(second.headers)).toEqual(sameEach(first.headers));
      expect(second.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(second.headers.get('x-content-type-options')).toBe('nosniff');
      expect(second.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
      expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    }
    // POST and GET of the same operation share one entry.
    const viaGet = await isHit(() =>
      get(server.origin, { query: SKILL_QUERY, variables: { slug: 's-skill-0050' } }),
    );
    const viaPost = await isHit(() => post(server.origin, SKILL_QUERY, { slug: 's-skill-0050' }));
    expect(viaGet.hit).toBe(false);
    expect(viaPost.hit).toBe(true);
  });

  it('sends an ETag and public Cache-Control, and answers 304 to If-None-Match', async () => {
    for (const path of ['/graphql', `/roles/${roleSlug(1)}/`]) {
      const send = (headers: Record<string, string> = {}) =>
        path === '/graphql'
          ? post(server.origin, ROLE_QUERY, { slug: roleSlug(1) }, headers)
          : fetch(`${server.origin}${path}`, { headers });
      const first = await send();
      const etag = first.headers.get('etag');
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toMatch(/public/);
      expect(first.headers.get('cache-control')).toMatch(/max-age=60/);
      const again = await send({ 'if-none-match': etag!, 'x-request-id': 'given-id-304' });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
      expect(again.headers.get('x-request-id')).toBe('given-id-304');
      expect(again.headers.get('x-frame-options')).toBe('DENY');
      const stale = await send({ 'if-none-match': '"something-else"' });
      expect(stale.status).toBe(200);
    }
  });

  it('never lets preview or token holders read or fill the public cache', async () => {
    const roleQuery = '{ role(slug: "s-role-0002") { slug name } }';
    const before = app.cache!.stats();
    const preview = await post(
      server.origin,
      roleQuery,
      {},
      {
        authorization: `Bearer ${viewerToken}`,
        'x-preview': 'true',
      },
    );
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect(preview.headers.get('etag')).toBeNull();
    const previewPage = await fetch(`${server.origin}/roles/${roleSlug(2)}/`, {
      headers: { authorization: `Bearer ${viewerToken}`, 'x-preview': 'true' },
    });
    expect(previewPage.status).toBe(200);
    expect(previewPage.headers.get('cache-control')).toBe('private, no-store');
    const editor = await post(
      server.origin,
      roleQuery,
      {},
      { authorization: `Bearer ${editorToken}` },
    );
    expect(editor.headers.get('cache-control')).toBe('private, no-store');
    const after = app.cache!.stats();
    expect(after.entries).toBe(before.entries);
    expect(after.hits).toBe(before.hits);
    expect(after.misses).toBe(before.misses);
  });

  it('keeps neither mutations nor answers with errors', async () => {
    const before = app.cache!.stats().entries;
    /** Sends twice: each answer is what `expected` says, and the second is no cache hit. */
    const twice = async (query: string, variables: Record<string, unknown>, expected: string) => {
      const answers: { data?: unknown; errors?: { extensions: { code: string } }[] }[] = [];
      for (let i = 0; i < 2; i++) {
        const { hit, body } = await isHit(() => post(server.origin, query, variables));
        expect(hit, query).toBe(false);
        answers.push(JSON.parse(body) as (typeof answers)[number]);
      }
      for (const answer of answers)
        expect(answer.errors?.[0].extensions.code ?? 'no error', query).toBe(expected);
      return answers;
    };
    // A mutation that succeeds: each send makes an enquiry of its own.
    const enquiry = {
      input: {
        name: 'Jo Example',
        email: 'jo@company.example',
        company: 'Example Ltd',
        specialism: 's-specialism-0000',
        message: 'We are hiring two platform engineers.',
        consent: true,
      },
    };
    const [first, second] = (await twice(
      'mutation ($input: EnquiryInput!) { submitEnquiry(input: $input) { id } }',
      enquiry,
      'no error',
    )) as { data: { submitEnquiry: { id: string } } }[];
    expect(second.data.submitEnquiry.id).not.toBe(first.data.submitEnquiry.id);
    // A valid public query whose execution fails: data may be partial, the answer is not kept.
    await twice(
      '{ skill(slug: "s-skill-0001") { slug } compareRoles(slugs: []) { rows { primaryFocus } } }',
      {},
      'BAD_USER_INPUT',
    );
    // Refused before execution: an unknown field; a token-only query without a token.
    await twice('{ role(slug: "no-such-role") { slug } nope }', {}, 'GRAPHQL_VALIDATION_FAILED');
    await twice('{ auditLog { totalCount } }', {}, 'UNAUTHENTICATED');
    expect(app.cache!.stats().entries).toBe(before);
  });

  it('drops exactly the entries that read a node the seed loader changed; the next answer shows the change', async () => {
    // Warm: role 3 (changes), role 4 and a skill no role links (unrelated), role 3's page.
    const reads = {
      changed: () => post(server.origin, ROLE_QUERY, { slug: roleSlug(3) }),
      changedPage: () => fetch(`${server.origin}/roles/${roleSlug(3)}/`),
      otherRole: () => post(server.origin, ROLE_QUERY, { slug: roleSlug(4) }),
      otherSkill: () => post(server.origin, SKILL_QUERY, { slug: 's-skill-0055' }),
    };
    for (const send of Object.values(reads)) await (await send()).text();
    for (const send of Object.values(reads)) expect((await isHit(send)).hit).toBe(true);

    const content = syntheticContent(testShape(5));
    const role = content.nodes.find((n) => n.slug === roleSlug(3))!;
    role.fields = { ...role.fields, name: 'Renamed by the loader' };
    const summary = await loadContent(orm.em, content);
    expect(summary.changes.length).toBeGreaterThan(0);
    // Another process's change: seen at the next poll of the content version.
    await app.content!.poll();

    const changed = await isHit(reads.changed);
    expect(changed.hit).toBe(false);
    expect(changed.body).toContain('Renamed by the loader');
    const page = await isHit(reads.changedPage);
    expect(page.hit).toBe(false);
    expect(page.body).toContain('Renamed by the loader');
    expect((await isHit(reads.otherRole)).hit).toBe(true);
    expect((await isHit(reads.otherSkill)).hit).toBe(true);
  });

  it('a publish through the API drops the entries at once, in this server and (at its next poll) another', async () => {
    const send = () => post(server.origin, SKILL_QUERY, { slug: 's-skill-0001' });
    const sendOther = () => post(plainServer.origin, SKILL_QUERY, { slug: 's-skill-0001' });
    await (await send()).text();
    expect((await isHit(send)).hit).toBe(true);
    const editor = { authorization: `Bearer ${editorToken}` };
    const state = (await (
      await post(
        server.origin,
        '{ skill(slug: "s-skill-0001") { version } }',
        {},
        {
          ...editor,
          'x-preview': 'true',
        },
      )
    ).json()) as { data: { skill: { version: number } } };
    const update = await post(
      server.origin,
      'mutation($v: Int!) { updateSkill(slug: "s-skill-0001", version: $v, input: { name: "Published skill" }) { name } }',
      { v: state.data.skill.version },
      editor,
    );
    expect(((await update.json()) as { errors?: unknown }).errors).toBeUndefined();
    // A draft: the public still gets the published version.
    expect((await isHit(send)).body).not.toContain('Published skill');
    expect((await isHit(send)).hit).toBe(true);
    const published = await post(
      server.origin,
      'mutation { publish(type: SKILL, slug: "s-skill-0001") { status } }',
      {},
      editor,
    );
    expect(((await published.json()) as { errors?: unknown }).errors).toBeUndefined();
    const after = await isHit(send);
    expect(after.hit).toBe(false);
    expect(after.body).toContain('Published skill');
    // The other server (same database) has not polled yet; once it has, it agrees.
    await plain.content!.poll();
    expect(await (await sendOther()).text()).toContain('Published skill');
  });
});

describe('automatic persisted queries', () => {
  // On the server without a response cache: there the POST that registers the query and the GET
  // by hash share a cache key, so the GET would be answered from the cache even if the
  // persisted-query store had lost the query.
  it('asks for an unknown hash, stores the query with its hash, then serves it by hash over GET', async () => {
    expect(plain.cache).toBeNull();
    const origin = plainServer.origin;
    const query = '{ skill(slug: "s-skill-0002") { slug name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const unknown = await get(origin, { extensions });
    const unknownBody = (await unknown.json()) as { errors: { extensions: { code: string } }[] };
    expect(unknownBody.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const register = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions }),
    });
    const registered = (await register.json()) as { data: { skill: { slug: string } } };
    expect(registered.data.skill.slug).toBe('s-skill-0002');

    const byHash = await get(origin, { extensions });
    expect(byHash.status).toBe(200);
    expect(await byHash.json()).toEqual(registered);
    expect(byHash.headers.get('cache-control')).toMatch(/public/);
    // A hash that is not the query's own is refused.
    const wrong = await get(origin, {
      query: '{ skill(slug: "s-skill-0003") { slug } }',
      extensions,
    });
    expect(wrong.status).toBe(400);
  });

  it('refuses a query sent with a hash not its own, even when that hash is cached', async () => {
    const query = '{ skill(slug: "s-skill-0004") { slug name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const register = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions }),
    });
    expect(register.status).toBe(200);
    expect((await isHit(() => get(server.origin, { extensions }))).hit).toBe(true);
    const wrong = await get(server.origin, {
      query: '{ skill(slug: "s-skill-0005") { slug } }',
      extensions,
    });
    expect(wrong.status).toBe(400);
  });
});
