import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lighthouseRunner } from '../src/dev/lighthouse.js';
import { poll, signIn, startStudio, TokenRole, type StudioRig } from './studio-browser.js';

// The Studio on the shipped content, as the editor uses it: only the labels contract
// (roles and accessible names), in the npm-delivered Chromium. With UPDATE_SCREENSHOTS=1 it also
// renders the README's screenshots into docs/studio/.
let rig: StudioRig;
let page: Page;
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/studio' : null;
const shot = async (name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

const gql = async <T>(query: string): Promise<T> => {
  const res = await fetch(`${rig.server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return ((await res.json()) as { data: T }).data;
};
const publicRole = (locale = 'en-GB') =>
  gql<{ role: { summary: string; technologies: { slug: string }[] } }>(
    `{ role(slug: "mlops-engineer", locale: "${locale}") { summary technologies { slug } } }`,
  ).then((d) => d.role);

/** What a screen reader would call the focused element: its label, or its text. */
const focusedName = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.getAttribute('aria-label');
    if (labelled) return labelled;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (label ?? el.textContent ?? '').trim();
  });

/** Presses Tab (Shift+Tab backwards) until the focus is on the element named `name`. */
async function tabTo(p: Page, name: string | RegExp, backwards = false) {
  for (let i = 0; i < 400; i++) {
    const now = await focusedName(p);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
    await p.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

beforeAll(async () => {
  rig = await startStudio('content-seed');
  await rig.addUser('editor@example.com', TokenRole.EDITOR);
  await rig.addUser('admin@example.com', TokenRole.ADMIN);
  ({ page } = await rig.newPage());
  await page.setViewportSize({ width: 1280, height: 900 });
});

afterAll(async () => {
  await rig?.close();
});

describe('the Studio on the shipped content', () => {
  it('signs in by keyboard alone', async () => {
    await page.goto(`${rig.server.origin}/studio/`);
    await page.getByLabel('Email').waitFor();
    await shot('sign-in');
    await page.getByLabel('Email').focus();
    await page.keyboard.type('editor@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('a long enough test passphrase');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });

  it('lets an editor change MLOps Engineer: a draft the public does not see, Ray added, published, and its history', async () => {
    await page
      .getByRole('navigation', { name: 'Content' })
      .getByRole('link', { name: 'Roles' })
      .click();
    await page.getByRole('link', { name: 'MLOps Engineer' }).waitFor();
    await shot('roles');
    const opened = performance.now();
    await page.getByRole('link', { name: 'MLOps Engineer' }).click();
    const summary = page.getByLabel('Summary');
    await poll(() => summary.inputValue().then((v) => v.length > 0)).toBe(true);
    console.log(`Studio: the role editor opened in ${Math.round(performance.now() - opened)} ms`);
    const before = await publicRole();
    // Its place in the graph: the comparison tables it is in, one click away.
    const graph = page.getByRole('complementary', { name: 'In the graph' });
    expect(await graph.getByRole('link', { name: 'ML Infrastructure', exact: true }).count()).toBe(
      1,
    );

    await summary.fill(
      'Runs the machine learning platform from training to production, measurably.',
    );
    await page.getByRole('button', { name: 'Save draft' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Draft saved' }).count()).toBe(1);
    expect((await publicRole()).summary).toBe(before.summary);

    const technologies = page.getByRole('group', { name: 'Technologies' });
    await technologies.getByRole('combobox').fill('Ray');
    await technologies.getByRole('option', { name: 'Ray', exact: true }).click();
    await technologies.getByRole('link', { name: 'Open Ray' }).waitFor();
    await page
      .frameLocator('iframe[title^="Preview"]')
      .getByRole('heading', { level: 1 })
      .waitFor();
    await shot('role-editor');

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('table', { name: 'Fields' }).waitFor();
    await shot('publish-dialog');
    await dialog.getByRole('button', { name: 'Confirm publish' }).click();
    await poll(async () => (await publicRole()).summary).toBe(
      'Runs the machine learning platform from training to production, measurably.',
    );
    expect((await publicRole()).technologies.map((t) => t.slug)).toContain('ray');

    await page.getByRole('link', { name: 'History' }).click();
    await poll(() => page.getByRole('button', { name: /^Restore/ }).count()).toBeGreaterThan(0);
    await shot('history');
    expect(rig.problems).toEqual([]);
  });

  it('translates a field side by side, and the German text is public once published', async () => {
    await page.getByRole('link', { name: 'Translate' }).click();
    await page.getByLabel('Language').selectOption('de-DE');
    const german = page.getByLabel('Summary (Deutsch)');
    await german.fill('Betreibt die ML-Plattform vom Training bis zur Produktion.');
    await page.getByRole('button', { name: 'Save Deutsch' }).click();
    await poll(() =>
      page.getByRole('status').filter({ hasText: 'Deutsch text saved' }).count(),
    ).toBe(1);
    await shot('translate');
    expect((await publicRole('de-DE')).summary).not.toBe(
      'Betreibt die ML-Plattform vom Training bis zur Produktion.',
    );
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm publish' }).click();
    await poll(async () => (await publicRole('de-DE')).summary).toBe(
      'Betreibt die ML-Plattform vom Training bis zur Produktion.',
    );
  });

  it('filters a list by the field of its type (a technology category)', async () => {
    await page
      .getByRole('navigation', { name: 'Content' })
      .getByRole('link', { name: 'Technologies' })
      .click();
    await page.getByRole('link', { name: 'Kubernetes', exact: true }).waitFor();
    await page.getByLabel('Category').selectOption('distributed-compute');
    await poll(() => page.getByRole('link', { name: 'Kubernetes', exact: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Ray', exact: true }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('group')).toBe('distributed-compute');
  });

  it('works by keyboard alone: open a role, change its summary, add a technology, publish', async () => {
    await page.goto(`${rig.server.origin}/studio/`);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await tabTo(page, 'Roles');
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'ML Infrastructure Engineer', exact: true }).waitFor();
    await tabTo(page, 'ML Infrastructure Engineer');
    await page.keyboard.press('Enter');
    await poll(() =>
      page
        .getByLabel('Summary')
        .inputValue()
        .then((v) => v.length > 0),
    ).toBe(true);
    await tabTo(page, /^Summary/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Builds the platform that trains and serves models, by keyboard.');
    await tabTo(page, 'Save draft');
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('status').filter({ hasText: 'Draft saved' }).count()).toBe(1);
    await tabTo(page, 'Add to Technologies');
    await page.keyboard.type('MONAI');
    await poll(() =>
      page
        .getByRole('group', { name: 'Technologies' })
        .getByRole('option', { name: 'MONAI', exact: true })
        .count(),
    ).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Open MONAI' }).waitFor();
    await tabTo(page, 'Publish', true);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog').getByRole('button', { name: 'Confirm publish' });
    await poll(() => confirm.isEnabled()).toBe(true);
    await tabTo(page, 'Confirm publish');
    await page.keyboard.press('Enter');
    const role = async () =>
      (
        await gql<{ role: { summary: string; technologies: { slug: string }[] } }>(
          '{ role(slug: "ml-infrastructure-engineer") { summary technologies { slug } } }',
        )
      ).role;
    await poll(async () => (await role()).summary).toBe(
      'Builds the platform that trains and serves models, by keyboard.',
    );
    expect((await role()).technologies.map((t) => t.slug)).toContain('monai');
  });

  it('scores at least 95 for accessibility in Lighthouse on its screens', async () => {
    const sessionOf = async (p: Page) => {
      const cookie = (await p.context().cookies()).find((c) => c.name === 'rolegraph_session')!;
      return { cookie: `${cookie.name}=${cookie.value}` };
    };
    const headers = await sessionOf(page);
    const { page: adminPage, context } = await rig.newPage();
    await signIn(adminPage, rig.server.origin, 'admin@example.com');
    const admin = await sessionOf(adminPage);
    await context.close();
    const lighthouse = await lighthouseRunner();
    const origin = rig.server.origin;
    try {
      const screens: [string, Record<string, string> | undefined][] = [
        [`${origin}/studio/`, undefined], // the sign-in screen
        [`${origin}/studio/roles/`, headers],
        [`${origin}/studio/roles/mlops-engineer`, headers],
        [`${origin}/studio/roles/mlops-engineer/history`, headers],
        [`${origin}/studio/roles/mlops-engineer/translate`, headers],
        [`${origin}/studio/technologies/`, headers],
        ...['users', 'tokens', 'webhooks', 'enquiries', 'audit-log'].map(
          (screen) =>
            [`${origin}/studio/admin/${screen}`, admin] as [string, Record<string, string>],
        ),
      ];
      for (const [url, sent] of screens) {
        const result = await lighthouse.audit(url, { headers: sent });
        console.log(`Lighthouse accessibility ${result.scores.accessibility}: ${url}`);
        expect(result.scores.accessibility, JSON.stringify(result.failures)).toBeGreaterThanOrEqual(
          95,
        );
      }
    } finally {
      await lighthouse.close();
    }
  }, 480_000);
});
