import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRole } from '../src/auth/actor.js';
import type { Orm } from '../src/db/orm.js';
import { browserLaunch } from '../src/dev/browser.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';
import { seededOrm, testApp } from './helpers.js';

// The administrators' screens of the Studio, in a real browser, found by role and name.
let orm: Orm;
let app: App;
let server: RunningServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000 });

const gql = async (query: string, token?: string) =>
  (await (
    await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query }),
    })
  ).json()) as { data: Record<string, unknown>; errors?: unknown[] };

beforeAll(async () => {
  orm = await seededOrm('test/fixtures/seed/base');
  app = await testApp(orm);
  server = await listen(app, 0);
  const admin = (await app.tokens.create('studio-admin', TokenRole.ADMIN)).token;
  const { executablePath, args } = await browserLaunch();
  browser = await chromium.launch({ executablePath, args });
  const context = await browser.newContext({
    extraHTTPHeaders: { authorization: `Bearer ${admin}` },
  });
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await orm?.close();
});

describe('the Studio for administrators', () => {
  it('adds a webhook, shows its deliveries and resends one', async () => {
    await page.goto(`${server.origin}/studio/`);
    await page.getByRole('link', { name: 'Webhooks' }).click();
    const form = page.getByRole('form', { name: 'Add webhook' });
    await form.getByLabel('Address (https)').fill('http://127.0.0.1:9/hook');
    await form.getByLabel('Signing secret').fill('0123456789abcdef0123');
    await form.getByLabel('ENQUIRY').check();
    await form.getByRole('button', { name: 'Add webhook' }).click();
    await poll(() => page.getByText('Webhook added.').count()).toBe(1);

    // An enquiry: an event the webhook is told about.
    const sent = await gql(
      'mutation { submitEnquiry(input: { name: "Jo Smith", email: "jo@acme.example", company: "Acme", specialism: "platforms", roles: ["platform-engineer"], message: "Two platform engineers by spring.", consent: true }) { id } }',
    );
    expect(sent.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Show deliveries to http://127.0.0.1:9/hook' }).click();
    const log = page.getByRole('region', { name: 'Deliveries to http://127.0.0.1:9/hook' });
    const resend = log.getByRole('button', { name: /^Resend ENQUIRY/ });
    await poll(() => resend.count()).toBe(1);
    await resend.click();
    await poll(() => page.getByText('A new delivery is on its way.').count()).toBe(1);
    await poll(() => log.getByRole('row').count()).toBe(3); // the header and two deliveries
  });

  it('reads the enquiries inbox and the audit log', async () => {
    await page.getByRole('link', { name: 'Enquiries' }).click();
    await poll(() => page.getByRole('heading', { name: 'Jo Smith, Acme' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Audit log' }).click();
    const table = page.getByRole('table', { name: 'Audit log' });
    await poll(() => table.getByRole('cell', { name: 'createWebhook' }).count()).toBe(1);
    await poll(() => table.getByRole('cell', { name: 'studio-admin' }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
