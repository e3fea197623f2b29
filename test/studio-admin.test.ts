import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, signIn, startStudio, TokenRole, type StudioRig } from './studio-browser.js';

// The administrators' screens of the Studio, in a real browser, found by role and name.
let rig: StudioRig;
let page: Page;

const gql = async (query: string) =>
  (await (
    await fetch(`${rig.server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
  ).json()) as { data: Record<string, unknown>; errors?: unknown[] };

beforeAll(async () => {
  rig = await startStudio();
  await rig.addUser('admin@example.com', TokenRole.ADMIN);
  await rig.addUser('editor@example.com', TokenRole.EDITOR);
  ({ page } = await rig.newPage());
  await signIn(page, rig.server.origin, 'admin@example.com');
});

afterAll(async () => {
  await rig?.close();
});

describe('the Studio for administrators', () => {
  it('adds a webhook, shows its deliveries and resends one', async () => {
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
    await poll(() =>
      table.getByRole('cell', { name: 'admin@example.com' }).count(),
    ).toBeGreaterThan(0);
    expect(rig.problems).toEqual([]);
  });

  it('invites a user, whose one-time link sets a password they then sign in with', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    const form = page.getByRole('form', { name: 'Invite a user' });
    await form.getByLabel('Email').fill('new.editor@example.com');
    await form.getByLabel('Role').selectOption('EDITOR');
    await form.getByRole('button', { name: 'Invite' }).click();
    const status = page.getByRole('status').filter({ hasText: 'one-time link' });
    await poll(() => status.count()).toBe(1);
    const link = /(https?:\/\/\S+\/studio\/invite\/\S+)/.exec(await status.innerText())![1]!;
    const path = new URL(link).pathname;

    const { page: invited, context } = await rig.newPage();
    await invited.goto(rig.server.origin + path);
    await invited.getByLabel('Your name').fill('New Editor');
    await invited.getByLabel('New password').fill('another long test passphrase');
    await invited.getByRole('button', { name: 'Set password' }).click();
    await invited.getByRole('button', { name: 'Sign in' }).waitFor();
    // The link works once.
    await invited.goto(rig.server.origin + path);
    await invited.getByLabel('New password').fill('yet another long passphrase');
    await invited.getByRole('button', { name: 'Set password' }).click();
    await poll(() => invited.getByRole('alert').count()).toBe(1);
    const { signIn: signInAs } = await import('./studio-browser.js');
    await signInAs(
      invited,
      rig.server.origin,
      'new.editor@example.com',
      'another long test passphrase',
    );
    expect(await invited.getByText('New Editor (editor)').count()).toBe(1);
    await context.close();
  });

  it('keeps an editor out of the administration, in the interface and on the server', async () => {
    const { page: editor, context } = await rig.newPage();
    await signIn(editor, rig.server.origin, 'editor@example.com');
    expect(await editor.getByRole('link', { name: 'Users' }).count()).toBe(0);
    expect(await editor.getByRole('link', { name: 'Audit log' }).count()).toBe(0);
    await editor.goto(`${rig.server.origin}/studio/admin/audit-log`);
    await poll(() => editor.getByRole('alert').count()).toBe(1);
    // Not only hidden: the API refuses the editor's session.
    const refused = await editor.evaluate(async () => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ auditLog(first: 1) { totalCount } }' }),
      });
      return ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code;
    });
    expect(refused).toBe('FORBIDDEN');
    await context.close();
  });

  it('creates an API token shown once, which then works, and revokes it', async () => {
    await page.getByRole('link', { name: 'Tokens' }).click();
    const form = page.getByRole('form', { name: 'Create token' });
    await form.getByLabel('Token name').fill('ats-feed');
    await form.getByLabel('Role').selectOption('EDITOR');
    await form.getByRole('button', { name: 'Create token' }).click();
    const status = page.getByRole('status').filter({ hasText: 'not shown again' });
    await poll(() => status.count()).toBe(1);
    const token = /(rg_\S+)/.exec(await status.innerText())![1]!;
    const ask = async () =>
      (await (
        await fetch(`${rig.server.origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query: '{ revisions(type: ROLE, slug: "platform-engineer") { id } }',
          }),
        })
      ).json()) as { errors?: { extensions: { code: string } }[] };
    expect((await ask()).errors).toBeUndefined();
    await page.getByRole('button', { name: 'Revoke ats-feed' }).click();
    await poll(() => page.getByText('ats-feed is revoked').count()).toBe(1);
    expect((await ask()).errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('signs out, and a wrong password is refused with a message', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill('admin@example.com');
    await page.getByLabel('Password').fill('not the right password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await poll(() => page.getByRole('alert').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(0);
  });
});
