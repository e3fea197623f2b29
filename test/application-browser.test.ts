import { describe, expect, it } from 'vitest';
import { importFeed } from '../src/vacancies/import.js';
import { testApp } from './helpers.js';
import { feed, fixtureOrm, options, slugOf, testClock } from './vacancy-feed.js';
import { siteInBrowser } from './site-browser.js';

// The application form as a visitor meets it, in a real browser with JavaScript switched off:
// every control found by its label or role, as a screen reader would find it.
const site = siteInBrowser(async () => {
  const orm = await fixtureOrm();
  await importFeed(orm.em, JSON.stringify(feed), options);
  return { orm, app: await testApp(orm, { now: testClock() }) };
});

const stored = async () =>
  (await site.orm.em
    .fork()
    .getConnection()
    .execute('select name, email, message, cv, vacancy_slug from application')) as Record<
    string,
    unknown
  >[];

describe('applying for a job in a browser without JavaScript', () => {
  it('fills the form on the job page by its labels, sends it, and is thanked; a short note is sent back to fix', async () => {
    const slug = await slugOf(site.orm, 'J-1');
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/jobs/${slug}/`);
      const apply = page.getByRole('region', { name: 'How to apply' });
      await apply.getByLabel('Your name').fill('Grace Hopper');
      await apply.getByLabel('Your email').fill('grace@example.org');
      await apply
        .getByLabel('Why this job? (a cover note)')
        .fill('I have built compilers and platforms; this role fits.');
      const cv = apply.getByLabel('Your CV: a link, or the text (optional)');
      // The hint is the field's description, so a screen reader reads it with the field.
      expect(await cv.getAttribute('aria-describedby')).toBe('application-cv-hint');
      await cv.fill('https://example.org/grace.pdf');
      await apply.getByLabel('I agree that you may contact me about this application').check();
      await Promise.all([
        page.waitForURL('**/applications'),
        apply.getByRole('button', { name: 'Send application' }).click(),
      ]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Application sent');
      expect(await page.getByRole('status').textContent()).toContain('Senior Platform Engineer');
      expect(await stored()).toEqual([
        {
          name: 'Grace Hopper',
          email: 'grace@example.org',
          message: 'I have built compilers and platforms; this role fits.',
          cv: 'https://example.org/grace.pdf',
          vacancy_slug: slug,
        },
      ]);
      await Promise.all([
        page.waitForURL(`**/jobs/${slug}/`),
        page.getByRole('link', { name: 'Back to the job' }).click(),
      ]);

      // A note of spaces passes the browser's own length check, not the server's: the answer
      // names the problem and links back to the field.
      await apply.getByLabel('Your name').fill('Grace Hopper');
      await apply.getByLabel('Your email').fill('grace@example.org');
      await apply.getByLabel('Why this job? (a cover note)').fill('          ');
      await apply.getByLabel('I agree that you may contact me about this application').check();
      await Promise.all([
        page.waitForURL('**/applications'),
        apply.getByRole('button', { name: 'Send application' }).click(),
      ]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Your application was not sent',
      );
      const problem = page.getByRole('alert').getByRole('link', { name: /^Cover note: / });
      await Promise.all([page.waitForURL(`**/jobs/${slug}/#application-message`), problem.click()]);
      expect(await stored()).toHaveLength(1);
    } finally {
      await context.close();
    }
  });
});
