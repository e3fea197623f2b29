import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import { browserLaunch } from '../src/dev/browser.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';

/** The Chromium inside the @sparticuz/chromium package (or CHROMIUM_PATH), launched. */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, args } = await browserLaunch();
  return chromium.launch({ executablePath, args });
}

export interface SiteInBrowser {
  orm: Orm;
  server: RunningServer;
  browser: Browser;
}

/**
 * For a test file: the real server over what `setup` makes, and a real browser, started before
 * its tests and closed after them (the fields are set once `beforeAll` has run).
 */
export function siteInBrowser(setup: () => Promise<{ orm: Orm; app: App }>): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    const { orm, app } = await setup();
    site.orm = orm;
    site.server = await listen(app, 0);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
    await site.orm?.close();
  });
  return site;
}
