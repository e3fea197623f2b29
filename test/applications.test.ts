import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Vacancy } from '../src/content/entities.js';
import type { Orm } from '../src/db/orm.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';
import { seedFromDir } from '../src/seed/index.js';
import { importFeed } from '../src/vacancies/import.js';
import { Webhook, WebhookDelivery, WebhookEvent } from '../src/webhooks/webhook.entity.js';
import { as, codes, data, emptyOrm, run, testApp } from './helpers.js';
import { textOf } from './site.js';
import { feed, FIXTURE, NOW, options, slugOf, testClock } from './vacancy-feed.js';

/**
 * The application form on a job page without `applyUrl`, over real HTTP: stored and readable by
 * editors, refused with what to fix, by the honeypot, by the rate limit, and for a job that has
 * gone. The fixture gains a German locale for the platforms specialism, so job pages exist in it.
 */
let orm: Orm;
let app: App;
let server: RunningServer;
let dir: string;
const clock = testClock();
/** Each test posts from its own address, so the rate limit counts only its own posts. */
let address = 0;
const nextClient = () => `10.1.0.${++address}`;

const count = async () =>
  Number(
    (await orm.em.fork().getConnection().execute('select count(*) as n from application'))[0].n,
  );

const post = (fields: Record<string, string>, client: string) =>
  fetch(`${server.origin}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
    body: new URLSearchParams(fields),
  });

const good = async (id = 'J-1') => ({
  vacancy: await slugOf(orm, id),
  name: 'Ada Lovelace',
  email: 'ada@gmail.com',
  message: 'I have run platform teams for six years and would love to do it at Acme.',
  cv: 'https://example.com/ada-cv.pdf',
  locale: 'en-GB',
  consent: 'yes',
  website: '',
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rg-applications-'));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(
    join(dir, 'locales.yaml'),
    'default: en-GB\nlocales:\n  en-GB:\n    name: English\n  de-DE:\n    name: Deutsch\n    fallback: [en-GB]\n    specialisms: [platforms]\n',
  );
  orm = await emptyOrm();
  await seedFromDir(orm.em, dir);
  await importFeed(orm.em, JSON.stringify(feed), options);
  const em = orm.em.fork();
  em.create(Webhook, {
    url: 'https://hooks.example.com/in',
    secret: 's',
    events: [WebhookEvent.APPLICATION],
  });
  await em.flush();
  app = await testApp(orm, {
    now: clock,
    trustProxy: 1,
    enquiryRate: { limit: 3, windowMs: 60_000 },
  });
  server = await listen(app, 0);
});

afterAll(async () => {
  await server.close();
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the application form on a job page', () => {
  it('is on a job without applyUrl, a plain POST form whose fields are labelled', async () => {
    const slug = await slugOf(orm, 'J-1');
    const html = await (await fetch(`${server.origin}/jobs/${slug}/`)).text();
    expect(html).toContain(
      '<form class="enquiry application" method="post" action="/applications">',
    );
    expect(html).toContain(`<input type="hidden" name="vacancy" value="${slug}"/>`);
    for (const [id, label] of [
      ['application-name', 'Your name'],
      ['application-email', 'Your email'],
      ['application-message', 'Why this job? (a cover note)'],
      ['application-cv', 'Your CV: a link, or the text (optional)'],
      ['application-consent', 'I agree that you may contact me about this application'],
    ])
      expect(html).toContain(`<label for="${id}">${label}</label>`);
    expect(html).toContain('aria-describedby="application-cv-hint"');
  });

  it('stores a good application, readable by editors only, and queues its webhook event', async () => {
    const before = await count();
    const res = await post(await good(), nextClient());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>Application sent</h1>');
    expect(textOf(html)).toContain('we received your application for “Senior Platform Engineer”');
    expect(await count()).toBe(before + 1);

    const query =
      '{ applications(first: 5) { totalCount edges { node { vacancySlug vacancyTitle name email message cv locale } } } }';
    const { applications } = await data<
      { applications: { totalCount: number; edges: { node: Record<string, unknown> }[] } },
      Record<string, never>
    >(app, query, {}, as.editor);
    expect(applications.edges[0].node).toEqual({
      vacancySlug: await slugOf(orm, 'J-1'),
      vacancyTitle: 'Senior Platform Engineer',
      name: 'Ada Lovelace',
      email: 'ada@gmail.com',
      message: 'I have run platform teams for six years and would love to do it at Acme.',
      cv: 'https://example.com/ada-cv.pdf',
      locale: 'en-GB',
    });
    // Linked to the vacancy's row.
    const [row] = await orm.em
      .fork()
      .getConnection()
      .execute('select vacancy_id from application order by id desc limit 1');
    const london = await orm.em.fork().findOneOrFail(Vacancy, { externalId: 'J-1' });
    expect(Number(row.vacancy_id)).toBe(london.id);
    // Filtered by job: none for the Berlin one.
    const berlin = await data<{ applications: { totalCount: number } }, Record<string, never>>(
      app,
      `{ applications(vacancy: "${await slugOf(orm, 'J-2')}") { totalCount } }`,
      {},
      as.editor,
    );
    expect(berlin.applications.totalCount).toBe(0);
    // Not for the public, nor a viewer.
    expect(codes(await run(app, query, {}, as.public))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await run(app, query, {}, as.viewer))).toEqual(['FORBIDDEN']);

    const events = await orm.em.fork().find(WebhookDelivery, { event: WebhookEvent.APPLICATION });
    expect(events.at(-1)!.payload).toMatchObject({
      type: 'application.submitted',
      application: {
        vacancy: { slug: await slugOf(orm, 'J-1'), externalId: 'J-1' },
        email: 'ada@gmail.com',
      },
    });
  });

  it('answers bad input with each problem linked to its field, and stores nothing', async () => {
    const before = await count();
    const form = { ...(await good()), email: 'not-an-email', message: 'Hi', consent: '' };
    const res = await post(form, nextClient());
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Your application was not sent</h1>');
    expect(html).toContain('<ul role="alert">');
    const back = `/jobs/${form.vacancy}/`;
    expect(html).toContain(`href="${back}#application-email"`);
    expect(html).toContain(`href="${back}#application-message"`);
    expect(html).toContain(`href="${back}#application-consent"`);
    const text = textOf(html);
    expect(text).toContain('Your email: enter a valid email address');
    expect(text).toContain('Cover note: tell us a little about yourself');
    expect(text).toContain('Consent: tick the box');
    expect(await count()).toBe(before);
  });

  it('refuses a filled-in honeypot, and an unknown job, storing nothing', async () => {
    const before = await count();
    const trapped = await post(
      { ...(await good()), website: 'https://spam.example' },
      nextClient(),
    );
    expect(trapped.status).toBe(400);
    expect(await trapped.text()).toContain('this field must be left empty');
    const unknown = await post({ ...(await good()), vacancy: 'no-such-job' }, nextClient());
    expect(unknown.status).toBe(400);
    expect(textOf(await unknown.text())).toContain('no job "no-such-job"');
    expect(await count()).toBe(before);
  });

  it('refuses a job that links out to apply', async () => {
    const before = await count();
    const res = await post(await good('J-3'), nextClient());
    expect(res.status).toBe(400);
    expect(textOf(await res.text())).toContain('takes applications on the employer’s site');
    expect(await count()).toBe(before);
  });

  it('answers 429 with Retry-After once a client has sent too many', async () => {
    const client = nextClient();
    const form = { ...(await good()), website: 'bot' };
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) last = await post(form, client);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await last!.text()).toContain('too many applications from this address');
  });

  it('refuses an expired job with 410 and stores nothing; the app clock closes a live one too', async () => {
    const before = await count();
    const expired = await post(await good('J-4'), nextClient());
    expect(expired.status).toBe(410);
    const html = await expired.text();
    expect(html).toContain('<h1>This job is no longer open for applications</h1>');
    expect(textOf(html)).toContain('its closing date has passed');
    expect(
      codes(
        await run(
          app,
          'mutation ($input: ApplicationInput!) { submitApplication(input: $input) { id } }',
          {
            input: {
              vacancy: await slugOf(orm, 'J-4'),
              name: 'Ada',
              email: 'ada@example.com',
              message: 'Ten characters and more.',
              consent: true,
            },
          },
          as.public,
          nextClient(),
        ),
      ),
    ).toEqual(['GONE']);
    // The London job closes on 31 January 2027: past it on the app's clock, it is gone too.
    clock.set('2027-02-01T00:00:01Z');
    try {
      expect((await post(await good('J-1'), nextClient())).status).toBe(410);
    } finally {
      clock.set(NOW);
    }
    expect(await count()).toBe(before);
  });

  it('passes html-validate: the job page with its form, the thank-you page and the problems page', async () => {
    const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as Record<
      string,
      unknown
    >;
    const validator = new HtmlValidate(new StaticConfigLoader(config));
    const slug = await slugOf(orm, 'J-1');
    const pages = {
      job: await (await fetch(`${server.origin}/jobs/${slug}/`)).text(),
      thanks: await (await post(await good(), nextClient())).text(),
      problems: await (await post({ ...(await good()), email: 'x' }, nextClient())).text(),
      gone: await (await post(await good('J-4'), nextClient())).text(),
    };
    const problems: string[] = [];
    for (const [name, html] of Object.entries(pages)) {
      const report = await validator.validateString(html, name);
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${name}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('works per locale: the German job page has the form in German, and the answer is German', async () => {
    const slug = await slugOf(orm, 'J-1');
    const page = await fetch(`${server.origin}/de-DE/jobs/${slug}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<label for="application-email">Ihre E-Mail-Adresse</label>');
    expect(html).toContain('<input type="hidden" name="locale" value="de-DE"/>');
    const res = await post({ ...(await good()), locale: 'de-DE' }, nextClient());
    expect(res.status).toBe(200);
    const answer = await res.text();
    expect(answer).toContain('<h1>Bewerbung gesendet</h1>');
    expect(answer).toContain(`href="/de-DE/jobs/${slug}/"`);
  });
});
