import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { seededOrm, silentLogger, TEST_SITE } from './helpers.js';
import { siteInBrowser } from './site-browser.js';

// A real browser (the Chromium inside the @sparticuz/chromium package, or CHROMIUM_PATH) against
// the real server.
const ARTIFACTS = 'test/artifacts';

mkdirSync(ARTIFACTS, { recursive: true });
const site = siteInBrowser(async () => {
  const orm = await seededOrm();
  return { orm, app: await createApp({ orm, logger: silentLogger, site: TEST_SITE }) };
});

describe('in a browser', () => {
  it('reads the comparison table, follows a role link, and reads the JSON-LD', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));

    const response = await page.goto(`${site.server.origin}/ml-infrastructure/compare/`);
    expect(response?.status()).toBe(200);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(5);
    const names = await rows.locator('th[scope="row"]').allTextContents();
    expect(names).toEqual([
      'ML Infrastructure Engineer',
      'AI Infrastructure Engineer',
      'MLOps Engineer',
      'Platform Engineer',
      'Machine Learning Engineer',
    ]);
    await page.screenshot({ path: `${ARTIFACTS}/compare.png`, fullPage: true });

    await Promise.all([
      page.waitForURL('**/roles/mlops-engineer/'),
      rows.nth(2).locator('a').click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe('MLOps Engineer');
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
    ) as {
      '@graph': { '@type': string; name?: string; occupationLocation?: unknown[] }[];
    };
    const occupation = ld['@graph'].find((n) => n['@type'] === 'Occupation');
    expect(occupation?.name).toBe('MLOps Engineer');
    expect(occupation?.occupationLocation?.length).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/role.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('opens the German specialism page and follows the language switcher to French', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`${site.server.origin}/de-DE/ml-infrastructure/`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('de-DE');
    expect(await page.locator('h1').textContent()).toContain('ML-Infrastruktur');
    const switcher = page.locator('nav.languages');
    expect(await switcher.locator('[aria-current]').textContent()).toBe('Deutsch');
    await Promise.all([
      page.waitForURL('**/fr-FR/ml-infrastructure/'),
      switcher.getByRole('link', { name: 'Français' }).click(),
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr-FR');
    expect(await switcher.locator('[aria-current]').textContent()).toBe('Français');
    // The French page links back to the German one.
    expect(await page.locator('link[rel="alternate"][hreflang="de-DE"]').getAttribute('href')).toBe(
      `${TEST_SITE.url}/de-DE/ml-infrastructure/`,
    );
    await page.screenshot({ path: `${ARTIFACTS}/specialism-fr.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('lays out a page on a phone without sideways scrolling', async () => {
    const page = await site.browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    await page.goto(`${site.server.origin}/ml-infrastructure/`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}/specialism-phone.png`, fullPage: false });
  });

  it("opens GraphiQL from the project's own files and runs a query", async () => {
    const page = await site.browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(`${site.server.origin}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.locator('.result-window').textContent(), { timeout: 10_000 })
      .toContain('ML Infrastructure Engineer');
    expect(failed).toEqual([]);
  });
});
