import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { seededOrm, silentLogger, TEST_SITE } from './helpers.js';
import { siteInBrowser } from './site-browser.js';

// The site search as a visitor meets it, in a real browser with JavaScript switched off: found
// by accessible names only, as a screen reader would find it.
const site = siteInBrowser(async () => {
  const orm = await seededOrm();
  return { orm, app: await createApp({ orm, logger: silentLogger, site: TEST_SITE }) };
});

describe('site search in a browser without JavaScript', () => {
  it('searches from the header box, lists results by type, and follows one to its page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/roles/mlops-engineer/`);
      const box = page.getByRole('search').getByRole('searchbox', { name: 'Search the site' });
      await box.fill('kubernets');
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/search/' && url.search === '?q=kubernets'),
        box.press('Enter'),
      ]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Search: kubernets');
      expect(await page.getByRole('status').textContent()).toMatch(/^\d+ results? for “kubernets”/);
      // Each type is a region named by its heading, holding a list of results.
      const technologies = page.getByRole('region', { name: /^Technologies \(\d+\)$/ });
      const first = technologies.getByRole('list').getByRole('listitem').first().getByRole('link');
      expect(await first.textContent()).toBe('Kubernetes');
      await Promise.all([page.waitForURL('**/technologies/kubernetes/'), first.click()]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Kubernetes');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('in German, from a German page, with the German words', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/de-DE/ml-infrastructure/`);
      const box = page.getByRole('searchbox', { name: 'Website durchsuchen' });
      await box.fill('Infrastruktur');
      await Promise.all([
        page.waitForURL(
          (url) => url.pathname === '/de-DE/search/' && url.search === '?q=Infrastruktur',
        ),
        box.press('Enter'),
      ]);
      const link = page
        .getByRole('region', { name: /^Spezialisierungen/ })
        .getByRole('list')
        .getByRole('link', { name: 'ML-Infrastruktur' });
      expect(await link.getAttribute('href')).toBe('/de-DE/ml-infrastructure/');
    } finally {
      await context.close();
    }
  }, 60_000);
});
