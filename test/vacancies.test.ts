import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { salaryDistributions, percentile } from '../src/content/vacancy/salaries.js';
import type { Orm } from '../src/db/orm.js';
import { Vacancy } from '../src/content/entities.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';
import { readContentDir } from '../src/seed/read.js';
import { countRoleInHubPages } from '../src/seed/role-in-hub-pages.js';
import { expireVacancies } from '../src/vacancies/expire.js';
import { importFeed } from '../src/vacancies/import.js';
import { liveRoleHubPairs } from '../src/vacancies/live-pairs.js';
import { Webhook, WebhookDelivery, WebhookEvent } from '../src/webhooks/webhook.entity.js';
import { as, data, run, snapshot, testApp, TEST_SITE } from './helpers.js';
import { jsonLdOf, textOf } from './site.js';
import {
  berlin,
  feed,
  FIXTURE,
  fixtureOrm,
  london,
  NOW,
  options,
  remote,
  slugOf,
  testClock,
} from './vacancy-feed.js';

describe('vacancies import', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await fixtureOrm();
  });
  afterAll(async () => {
    await orm.close();
  });

  it('names every problem of a bad feed (index, id, field, did-you-mean) and writes nothing', async () => {
    const before = await snapshot(orm);
    const bad = [
      { ...london, id: 'B-1', role: 'platfrom-engineer' },
      { ...berlin, id: 'B-2', title: undefined },
      { ...london, id: 'B-3', salary: { currency: 'GBX', min: 5, max: 4, period: 'YEAR' } },
      { ...remote, id: 'B-4', remoteCountries: [] },
      { ...london, id: 'B-5', hubz: ['london'] },
    ];
    const result = await importFeed(orm.em, JSON.stringify(bad), options);
    const errors = result.problems.filter((p) => p.severity === 'error');
    const where = errors.map((p) => [p.index, p.id, p.field]);
    expect(where).toEqual(
      expect.arrayContaining([
        [0, 'B-1', 'role'],
        [1, 'B-2', 'title'],
        [2, 'B-3', 'salary.currency'],
        [2, 'B-3', 'salary.min'],
        [3, 'B-4', 'remoteCountries'],
        [4, 'B-5', 'hubz'],
      ]),
    );
    expect(errors.find((p) => p.id === 'B-1')!.message).toBe(
      'unknown role "platfrom-engineer" (did you mean "platform-engineer"?)',
    );
    expect(errors.find((p) => p.id === 'B-2')!.message).toMatch(/missing/);
    expect(errors.find((p) => p.field === 'salary.min')!.message).toMatch(
      /min must not be above max/,
    );
    expect(errors.find((p) => p.id === 'B-5')!.message).toMatch(/did you mean "hubs"/);
    expect(result.written).toBe(false);
    expect(await snapshot(orm)).toEqual(before);
  });

  it('writes nothing from a mixed feed when one record is wrong', async () => {
    const before = await snapshot(orm);
    const result = await importFeed(
      orm.em,
      [london, { ...berlin, role: 'nobody' }].map((r) => JSON.stringify(r)).join('\n'),
      options,
    );
    expect(result.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { index: 1, id: 'J-2', field: 'role' },
    ]);
    expect(await snapshot(orm)).toEqual(before);
  });

  it('with --strict, a vacancy in an EU/EEA hub without pay is an error', async () => {
    const before = await snapshot(orm);
    const result = await importFeed(orm.em, JSON.stringify(feed), { ...options, strict: true });
    expect(result.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { index: 1, id: 'J-2', field: 'salary' },
    ]);
    expect(await snapshot(orm)).toEqual(before);
  });

  it('--dry-run reports what would change and writes nothing', async () => {
    const before = await snapshot(orm);
    const result = await importFeed(orm.em, JSON.stringify(feed), { ...options, dryRun: true });
    expect(result.changes.map((c) => c.action)).toEqual(['create', 'create', 'create', 'create']);
    expect(result.written).toBe(false);
    expect(await snapshot(orm)).toEqual(before);
  });

  it('imports a good feed in one go, with a pay-transparency warning for Berlin only', async () => {
    const result = await importFeed(orm.em, JSON.stringify(feed), options);
    expect(result.problems).toEqual([
      expect.objectContaining({ index: 1, id: 'J-2', field: 'salary', severity: 'warning' }),
    ]);
    expect(result.problems[0].message).toMatch(/EU Pay Transparency Directive/);
    expect(result.written).toBe(true);
    const rows = await orm.em.fork().find(Vacancy, {}, { orderBy: { externalId: 'asc' } });
    expect(rows.map((v) => [v.externalId, v.status, v.state])).toEqual([
      ['J-1', 'published', 'LIVE'],
      ['J-2', 'published', 'LIVE'],
      ['J-3', 'published', 'LIVE'],
      ['J-4', 'published', 'LIVE'],
    ]);
    expect(rows[0].slug).toMatch(/^senior-platform-engineer-london-[0-9a-f]{6}$/);
    // Again: nothing changes, and the slugs stay.
    const again = await importFeed(orm.em, JSON.stringify(feed), options);
    expect(again.changes.every((c) => c.action === 'unchanged')).toBe(true);
    expect(again.written).toBe(false);
  });

  it('--sync closes the live feed vacancies the feed no longer lists', async () => {
    const result = await importFeed(orm.em, JSON.stringify([london, berlin, remote]), {
      ...options,
      sync: true,
    });
    expect(result.changes.filter((c) => c.action === 'close')).toMatchObject([{ id: 'J-4' }]);
    const closed = await orm.em.fork().findOneOrFail(Vacancy, { externalId: 'J-4' });
    expect(closed.state).toBe('CLOSED');
    // Listed again, it is live again.
    await importFeed(orm.em, JSON.stringify(feed), options);
    expect((await orm.em.fork().findOneOrFail(Vacancy, { externalId: 'J-4' })).state).toBe('LIVE');
  });
});

describe('job pages, JobPosting, 410, sitemap and the thin-page gate', () => {
  let orm: Orm;
  let app: App;
  let server: RunningServer;
  const get = async (path: string) => {
    const res = await fetch(`${server.origin}${path}`);
    return { status: res.status, html: await res.text(), headers: res.headers };
  };
  const sitemap = async () => (await get('/sitemap.xml')).html;
  // A JobPosting is written as a JSON-LD document of its own (the page's graph holds the rest).
  const postingOf = (html: string) =>
    jsonLdOf(html)
      .flatMap((d) => (d as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? [d])
      .filter((n) => (n as Record<string, unknown>)['@type'] === 'JobPosting') as Record<
      string,
      unknown
    >[];

  // The app's clock: the one the pages, the API, the sitemap and the expiry sweep all read.
  const clock = testClock();

  beforeAll(async () => {
    orm = await fixtureOrm();
    const em = orm.em.fork();
    em.create(Webhook, {
      url: 'https://hooks.example.com/in',
      secret: 's',
      events: [WebhookEvent.PUBLISHED, WebhookEvent.UNPUBLISHED],
    });
    await em.flush();
    await importFeed(orm.em, JSON.stringify(feed), options);
    app = await testApp(orm, { contentPollMs: 50, now: clock });
    server = await listen(app, 0);
  });
  afterAll(async () => {
    await server.close();
    await orm.close();
  });
  afterEach(() => clock.set(NOW));

  it('the London job page carries a JobPosting with every field Google requires and recommends, all visible', async () => {
    const { status, html } = await get(`/jobs/${await slugOf(orm, 'J-1')}/`);
    expect(status).toBe(200);
    const [posting] = postingOf(html);
    expect(posting).toMatchObject({
      title: 'Senior Platform Engineer',
      datePosted: '2026-11-20',
      validThrough: '2027-01-31',
      employmentType: 'FULL_TIME',
      hiringOrganization: { '@type': 'Organization', name: 'Acme' },
      jobLocation: [
        { '@type': 'Place', address: { addressLocality: 'London', addressCountry: 'GB' } },
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'GBP',
        value: {
          '@type': 'QuantitativeValue',
          minValue: 90000,
          maxValue: 110000,
          unitText: 'YEAR',
        },
      },
      identifier: { '@type': 'PropertyValue', value: 'J-1' },
      // No applyUrl: the page carries the site's own application form.
      directApply: true,
      relevantOccupation: {
        '@type': 'Occupation',
        '@id': `${TEST_SITE.url}/roles/platform-engineer/#occupation`,
      },
    });
    expect(posting.description).toBe(
      '<p>Run the <strong>paved road</strong> for 200 engineers.</p>',
    );
    // A hybrid job is not TELECOMMUTE.
    expect(posting).not.toHaveProperty('jobLocationType');
    const text = textOf(html);
    for (const visible of [
      'Senior Platform Engineer',
      '£90,000 – £110,000 per year',
      'Hybrid',
      'Full time',
      'Acme',
      '20 November 2026',
      '31 January 2027',
      'J-1',
      'London',
    ])
      expect(text).toContain(visible);
    expect(html).toContain('<strong>paved road</strong>');
    expect(html).toContain(
      '<form class="enquiry application" method="post" action="/applications">',
    );
  });

  it('a remote job is TELECOMMUTE with its applicant countries, and no jobLocation', async () => {
    const { html } = await get(`/jobs/${await slugOf(orm, 'J-3')}/`);
    const [posting] = postingOf(html);
    expect(posting).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [{ '@type': 'Country', name: 'United Kingdom' }],
      directApply: false,
      employmentType: 'CONTRACTOR',
      // No employer: the recruitment firm itself hires.
      hiringOrganization: { name: TEST_SITE.name },
    });
    expect(posting).not.toHaveProperty('jobLocation');
    expect(textOf(html)).toContain('United Kingdom');
    // It links out to apply (directApply false above), so no form of ours.
    expect(html).toContain('href="https://ats.example.com/j-3"');
    expect(html).not.toContain('action="/applications"');
  });

  it('role, role-in-hub, hub and specialism pages list their live jobs', async () => {
    const job = `href="/jobs/${await slugOf(orm, 'J-1')}/"`;
    for (const path of [
      '/roles/platform-engineer/',
      '/roles/platform-engineer/london/',
      '/hubs/london/',
      '/platforms/',
    ])
      expect((await get(path)).html, path).toContain(job);
    // Not the expired one.
    expect((await get('/platforms/')).html).not.toContain(await slugOf(orm, 'J-4'));
  });

  it('no page but a live job page carries JobPosting', async () => {
    for (const path of [
      '/jobs/',
      '/roles/platform-engineer/',
      '/hubs/london/',
      '/roles/platform-engineer/london/',
    ])
      expect(postingOf((await get(path)).html), path).toEqual([]);
  });

  it('an expired job answers 410 with the role and live jobs like it, noindex, no JobPosting, not in the sitemap', async () => {
    const slug = await slugOf(orm, 'J-4');
    const { status, html, headers } = await get(`/jobs/${slug}/`);
    expect(status).toBe(410);
    expect(headers.get('x-robots-tag')).toBe('noindex');
    expect(html).toMatch(/<meta name="robots" content="noindex[^"]*"/);
    expect(postingOf(html)).toEqual([]);
    expect(textOf(html)).toContain('Platform Engineer');
    expect(html).toContain(`href="/jobs/${await slugOf(orm, 'J-1')}/"`);
    const map = await sitemap();
    expect(map).not.toContain(`/jobs/${slug}/`);
    expect(map).toContain(`/jobs/${await slugOf(orm, 'J-1')}/`);
  });

  it('expiry by the clock: 410, out of the sitemap, and a webhook event with the URLs', async () => {
    const slug = await slugOf(orm, 'J-3');
    expect((await get(`/jobs/${slug}/`)).status).toBe(200);
    clock.set('2027-01-16T00:00:01Z');
    // The API reads the app's clock: past its validThrough, the job is EXPIRED before any sweep.
    const state = `{ vacancy(slug: "${slug}") { state } }`;
    expect((await run(app, state, {}, as.editor)).data).toEqual({
      vacancy: { state: 'EXPIRED' },
    });
    expect(await expireVacancies(orm.em, { siteUrl: TEST_SITE.url, now: clock() })).toEqual(
      expect.arrayContaining([slug]),
    );
    // The server sees the change on its next poll.
    await expect.poll(async () => (await get(`/jobs/${slug}/`)).status).toBe(410);
    await expect.poll(sitemap).not.toContain(`/jobs/${slug}/`);
    const deliveries = await orm.em
      .fork()
      .find(WebhookDelivery, { event: WebhookEvent.UNPUBLISHED });
    const event = deliveries
      .map(
        (d) =>
          d.payload as {
            node: { slug: string };
            reason: string;
            urls: string[];
            sitemaps: string[];
          },
      )
      .find((p) => p.node.slug === slug);
    expect(event).toMatchObject({ reason: 'expired' });
    expect(event!.urls).toContain(`${TEST_SITE.url}/jobs/${slug}/`);
    expect(event!.urls).toContain(`${TEST_SITE.url}/roles/platform-engineer/`);
    expect(event!.sitemaps).toContain(`${TEST_SITE.url}/sitemap.xml`);
  });

  it('a role-in-hub page with a live vacancy or a note is indexable and in the sitemap; one with neither is not', async () => {
    const map = await sitemap();
    for (const hub of ['london', 'berlin', 'paris']) {
      const { status, html } = await get(`/roles/platform-engineer/${hub}/`);
      expect(status).toBe(200);
      expect(html, hub).not.toContain('name="robots"');
      expect(html).toContain(
        `<link rel="canonical" href="${TEST_SITE.url}/roles/platform-engineer/${hub}/"/>`,
      );
      expect(map).toContain(`/roles/platform-engineer/${hub}/`);
    }
    const thin = await get('/roles/platform-engineer/toronto/');
    expect(thin.status).toBe(200);
    expect(thin.html).toContain('<meta name="robots" content="noindex, follow"/>');
    expect(thin.html).toContain(
      `<link rel="canonical" href="${TEST_SITE.url}/roles/platform-engineer/"/>`,
    );
    expect(map).not.toContain('/roles/platform-engineer/toronto/');
    // The role page links the pages with something of their own, not the thin one.
    const role = (await get('/roles/platform-engineer/')).html;
    expect(role).toContain('href="/roles/platform-engineer/berlin/"');
    expect(role).toContain('href="/roles/platform-engineer/paris/"');
    expect(role).not.toContain('href="/roles/platform-engineer/toronto/"');
    // The note shows on its page.
    expect(textOf((await get('/roles/platform-engineer/paris/')).html)).toContain('big banks');
  });

  it('the gate goes both ways: a new vacancy in Toronto makes its page indexable', async () => {
    const toronto = {
      ...berlin,
      id: 'J-9',
      hubs: ['toronto'],
      title: 'Platform Lead',
      datePosted: '2026-11-26',
    };
    await importFeed(orm.em, JSON.stringify([...feed, toronto]), options);
    await expect
      .poll(async () => (await get('/roles/platform-engineer/toronto/')).html)
      .not.toContain('name="robots"');
    expect(await sitemap()).toContain('/roles/platform-engineer/toronto/');
  });

  it('/jobs/ lists live jobs newest first, with filters that work as plain links', async () => {
    const all = await get('/jobs/');
    expect(all.status).toBe(200);
    const order = ['J-9', 'J-2', 'J-1'];
    const slugs = await Promise.all(order.map((id) => slugOf(orm, id)));
    const at = slugs.map((s) => all.html.indexOf(`/jobs/${s}/`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The list itself (the head's JSON-LD is the unfiltered page's, its canonical).
    const onsite = (await get('/jobs/?workplace=ONSITE&hub=berlin')).html.split('<main')[1];
    expect(onsite).toContain(`/jobs/${slugs[1]}/`);
    expect(onsite).not.toContain(`/jobs/${slugs[2]}/`);
    expect(onsite).toContain('<form method="get" action="/jobs/"');
  });

  it('editors close and reopen a vacancy at once: 410, then live again', async () => {
    const slug = await slugOf(orm, 'J-1');
    const { vacancy } = await data<{ vacancy: { version: number } }, Record<string, never>>(
      app,
      `{ vacancy(slug: "${slug}") { version } }`,
    );
    const closed = await run(
      app,
      `mutation { closeVacancy(slug: "${slug}", version: ${vacancy.version}) { version } }`,
      undefined,
      as.editor,
    );
    expect(closed.errors).toBeUndefined();
    await expect.poll(async () => (await get(`/jobs/${slug}/`)).status).toBe(410);
    const refused = await run(
      app,
      `mutation { closeVacancy(slug: "${slug}", version: ${vacancy.version}) { version } }`,
      undefined,
      as.public,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { vacancy: now } = await data<
      { vacancy: { version: number; state: string } },
      Record<string, never>
    >(app, `{ vacancy(slug: "${slug}") { version state } }`);
    expect(now.state).toBe('CLOSED');
    await data(
      app,
      `mutation { reopenVacancy(slug: "${slug}", version: ${now.version}) { version } }`,
      {},
      as.editor,
    );
    await expect.poll(async () => (await get(`/jobs/${slug}/`)).status).toBe(200);
  });
});

describe('advertised salaries', () => {
  it('percentiles interpolate between ranks (hand-computed)', () => {
    // Midpoints 40, 50, 60, 70, 100 (k): p10 = 40 + 0.4·10, p25 = 50, p50 = 60, p75 = 70, p90 = 70 + 0.6·30.
    const salaries = [
      [35, 45],
      [45, 55],
      [60, 60],
      [65, 75],
      [90, 110],
    ].map(([min, max]) => ({
      currency: 'GBP',
      min: min * 1000,
      max: max * 1000,
      period: 'YEAR' as never,
    }));
    expect(salaryDistributions(salaries)).toEqual([
      {
        currency: 'GBP',
        period: 'YEAR',
        count: 5,
        p10: 44000,
        p25: 50000,
        p50: 60000,
        p75: 70000,
        p90: 88000,
      },
    ]);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
  });

  it('never gives a figure from fewer than three vacancies, and keeps currencies and periods apart', () => {
    const gbp = { currency: 'GBP', min: 1, max: 3, period: 'YEAR' as never };
    const eur = { ...gbp, currency: 'EUR' };
    expect(salaryDistributions([gbp, gbp, eur, eur, null])).toEqual([]);
    expect(salaryDistributions([gbp, gbp, gbp, eur]).map((d) => [d.currency, d.count])).toEqual([
      ['GBP', 3],
    ]);
  });

  it('Role.advertisedSalaries, the role page and its Occupation carry them only with three or more', async () => {
    const clock = testClock();
    const orm = await fixtureOrm();
    try {
      const query = `{ role(slug: "platform-engineer") { advertisedSalaries { currency period count p50 } london: advertisedSalaries(hub: "london") { count } } }`;
      await importFeed(orm.em, JSON.stringify([london, { ...london, id: 'S-2' }]), options);
      let app = await testApp(orm, { now: clock });
      expect(
        (await data<{ role: { advertisedSalaries: unknown[] } }, Record<string, never>>(app, query))
          .role.advertisedSalaries,
      ).toEqual([]);
      await importFeed(
        orm.em,
        JSON.stringify([
          london,
          { ...london, id: 'S-2' },
          { ...london, id: 'S-3', salary: { ...london.salary, min: 120000, max: 140000 } },
        ]),
        options,
      );
      app = await testApp(orm, { now: clock });
      const { role } = await data<
        {
          role: {
            advertisedSalaries: { count: number; p50: number }[];
            london: { count: number }[];
          };
        },
        Record<string, never>
      >(app, query);
      expect(role.advertisedSalaries).toEqual([
        { currency: 'GBP', period: 'YEAR', count: 3, p50: 100000 },
      ]);
      expect(role.london).toEqual([{ count: 3 }]);
      const server = await listen(app, 0);
      try {
        const html = await (await fetch(`${server.origin}/roles/platform-engineer/`)).text();
        expect(textOf(html)).toContain('from 3 advertised salaries');
        const occupation = jsonLdOf(html)
          .flatMap((d) => (d as { '@graph': Record<string, unknown>[] })['@graph'])
          .find((n) => n['@type'] === 'Occupation');
        expect(occupation?.estimatedSalary).toEqual([
          expect.objectContaining({
            '@type': 'MonetaryAmountDistribution',
            currency: 'GBP',
            median: 100000,
            duration: 'P1Y',
          }),
        ]);
      } finally {
        await server.close();
      }
    } finally {
      await orm.close();
    }
  });
});

describe('check counts role-in-hub pages and why', () => {
  it('counts notes from the folder and live vacancies from the database', async () => {
    const orm = await fixtureOrm();
    try {
      const { content } = await readContentDir(FIXTURE);
      // platform-engineer in four hubs (Paris has a note), site-reliability-engineer in London.
      const folderOnly = countRoleInHubPages(content);
      expect(folderOnly.withNote).toBe(1);
      expect(folderOnly.withVacancy).toBe(0);
      await importFeed(orm.em, JSON.stringify(feed), options);
      const live = await liveRoleHubPairs(orm.em.fork(), new Date(NOW));
      // London and Berlin have live vacancies; the expired one does not count.
      expect([...live].sort()).toEqual(['platform-engineer/berlin', 'platform-engineer/london']);
      const withJobs = countRoleInHubPages(content, live);
      expect(withJobs).toMatchObject({ withVacancy: 2, withNote: 1 });
      expect(withJobs.thin).toBe(withJobs.total - 3);
    } finally {
      await orm.close();
    }
  });
});
