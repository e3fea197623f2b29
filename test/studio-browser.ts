import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { AccountService } from '../src/accounts/account.service.js';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';
import { seededOrm, TEST_SITE, testApp } from './helpers.js';
import { launchChromium } from './site-browser.js';

/** The password every Studio test user has. */
export const PASSWORD = 'a long enough test passphrase';

export interface StudioRig {
  orm: Orm;
  app: App;
  server: RunningServer;
  browser: Browser;
  /** Errors the pages raised or logged, for tests to assert there were none. */
  problems: string[];
  /** Adds an active user with `PASSWORD`. */
  addUser(email: string, role: TokenRole): Promise<void>;
  /** A new browser context (its own cookies) with one page. */
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/** The real server on a seeded fixture, and the npm-delivered Chromium. */
export async function startStudio(
  fixture = 'test/fixtures/seed/base',
  options: Parameters<typeof testApp>[1] = {},
): Promise<StudioRig> {
  const orm = await seededOrm(fixture);
  const app = await testApp(orm, options);
  const server = await listen(app, 0);
  const browser = await launchChromium();
  const problems: string[] = [];
  const accounts = new AccountService(orm.em, { siteUrl: TEST_SITE.url, actor: 'test' });
  return {
    orm,
    app,
    server,
    browser,
    problems,
    addUser: async (email, role) => void (await accounts.add({ email, role, password: PASSWORD })),
    newPage: async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      return { context, page };
    },
    close: async () => {
      await browser.close();
      await server.close();
      await orm.close();
    },
  };
}

/** Waits for what the browser shows, patiently: the machine may be busy. */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

/** Signs in through the sign-in screen, by its labels, and waits for the Studio. */
export async function signIn(page: Page, origin: string, email: string, password = PASSWORD) {
  await page.goto(`${origin}/studio/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export { TokenRole };
