import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import { createApp, listen, type App, type RunningServer } from '../src/server/app.js';
import { seedFromDir } from '../src/seed/index.js';
import { WebhookDelivery, WebhookEvent } from '../src/webhooks/webhook.entity.js';
import { as, codes, data, emptyOrm, run, silentLogger, TEST_SITE } from './helpers.js';

let orm: Orm;
let app: App;
let server: RunningServer;

const VALID = {
  name: 'Jo Smith',
  email: 'jo@acme.example',
  company: 'Acme',
  specialism: 'platforms',
  roles: ['platform-engineer'],
  message: 'We need two platform engineers by spring.',
  consent: true,
};

const SUBMIT =
  'mutation ($input: EnquiryInput!) { submitEnquiry(input: $input) { id receivedAt } }';
const count = async () =>
  Number((await orm.em.fork().getConnection().execute('select count(*) as n from enquiry'))[0].n);

beforeAll(async () => {
  orm = await emptyOrm();
  await seedFromDir(orm.em, 'test/fixtures/seed/base');
  app = await createApp({
    orm,
    logger: silentLogger,
    site: TEST_SITE,
    enquiryRate: { limit: 3, windowMs: 60_000 },
  });
  server = await listen(app, 0);
  await data(
    app,
    'mutation { createWebhook(input: { url: "http://127.0.0.1:9/", secret: "0123456789abcdef", events: [ENQUIRY] }) { id } }',
    {},
    as.admin,
  );
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('the enquiry form (GraphQL)', () => {
  it('stores a valid enquiry, readable by editors only, and queues its webhook event', async () => {
    const { submitEnquiry } = await data<
      { submitEnquiry: { id: string } },
      { input: typeof VALID }
    >(app, SUBMIT, { input: VALID }, as.public);
    expect(Number(submitEnquiry.id)).toBeGreaterThan(0);
    expect(await count()).toBe(1);
    const list =
      '{ enquiries(first: 10) { totalCount edges { node { name email company specialism roles message } } } }';
    expect(codes(await run(app, list))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await run(app, list, {}, as.viewer))).toEqual(['FORBIDDEN']);
    const { enquiries } = await data<
      { enquiries: { totalCount: number; edges: { node: Record<string, unknown> }[] } },
      Record<string, never>
    >(app, list, {}, as.editor);
    expect(enquiries.edges[0].node).toEqual({
      ...VALID,
      consent: undefined,
      email: 'jo@acme.example',
    } as never);
    const events = await orm.em.fork().find(WebhookDelivery, { event: WebhookEvent.ENQUIRY });
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({
      type: 'enquiry.submitted',
      actor: 'public',
      enquiry: { email: 'jo@acme.example', specialism: 'platforms' },
    });
  });

  it.each([
    ['name', { name: '  ' }, 'enter your name'],
    ['email', { email: 'not-an-email' }, 'enter a valid email address'],
    ['email', { email: 'jo@gmail.com' }, 'use your work email address'],
    ['company', { company: '' }, 'enter your company'],
    ['specialism', { specialism: 'no-such-thing' }, 'no specialism "no-such-thing"'],
    ['roles', { roles: ['machine-learning-engineer'] }, 'not a role of Platforms'],
    ['message', { message: 'Hi' }, 'at least 10 characters'],
    ['consent', { consent: false }, 'tick the box'],
  ])('refuses a bad %s with a clear message, storing nothing', async (field, change, message) => {
    const before = await count();
    const result = await run(
      app,
      SUBMIT,
      { input: { ...VALID, ...change } },
      as.public,
      `client-${field}-${message.length}`,
    );
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe(`input.${field}`);
    expect(result.errors![0].message).toContain(message);
    expect(await count()).toBe(before);
  });

  it('refuses the honeypot filled in', async () => {
    const before = await count();
    const result = await run(
      app,
      SUBMIT,
      { input: { ...VALID, website: 'http://spam.example' } },
      as.public,
      'bot',
    );
    expect(result.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.website' },
    });
    expect(await count()).toBe(before);
  });

  it('rate-limits each client: the fourth in a window is refused with RATE_LIMITED and a wait', async () => {
    const before = await count();
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await run(app, SUBMIT, { input: VALID }, as.public, 'busy-client'));
    expect(results.slice(0, 3).map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    expect(codes(results[3])).toEqual(['RATE_LIMITED']);
    expect(results[3].errors![0].extensions!.retryAfter).toBeGreaterThan(0);
    expect(await count()).toBe(before + 3);
    // Another client is not affected.
    expect(
      (await run(app, SUBMIT, { input: VALID }, as.public, 'other-client')).errors,
    ).toBeUndefined();
  });
});

describe('the enquiry form on the page (no JavaScript)', () => {
  const post = (fields: Record<string, string | string[]>, ip = '10.0.0.1') => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    return fetch(`${server.origin}/enquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
      body,
    });
  };
  const form = {
    name: 'Sam Lee',
    email: 'sam@bigco.example',
    company: 'BigCo',
    specialism: 'platforms',
    roles: ['platform-engineer', 'site-reliability-engineer'],
    message: 'Looking to hire an SRE team lead.',
    consent: 'yes',
    website: '',
  };

  it('is on the specialism page, as a plain POST form', async () => {
    const html = await (await fetch(`${server.origin}/platforms/`)).text();
    expect(html).toContain('<form class="enquiry" method="post" action="/enquiries">');
    expect(html).toContain('name="roles" type="checkbox" value="site-reliability-engineer"');
  });

  it('answers a good enquiry with a thank-you page, and a bad one with what to fix', async () => {
    const before = await count();
    const ok = await post(form);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('<h1>Thank you</h1>');
    expect(await count()).toBe(before + 1);
    const bad = await post({ ...form, email: 'sam@hotmail.com', consent: '' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('<h1>Your enquiry was not sent</h1>');
    expect(html).toContain('email: use your work email address');
    expect(html).toContain('consent: tick the box');
    expect(await count()).toBe(before + 1);
  });

  it('answers 429 with Retry-After once the client has sent too many', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) last = await post(form);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.text()).toContain('too many enquiries from this address');
  });
});
