import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll, signIn, startStudio, TokenRole, type StudioRig } from './studio-browser.js';

// The Studio's editor in a real browser against the real server, found by role and name only.
let rig: StudioRig;
let server: StudioRig['server'];
let page: Page;
let problems: string[];

const ROLE = 'site-reliability-engineer';

beforeAll(async () => {
  rig = await startStudio('test/fixtures/seed/base', { schedulePollMs: 200 });
  server = rig.server;
  problems = rig.problems;
  await rig.addUser('editor@example.com', TokenRole.EDITOR);
  ({ page } = await rig.newPage());
  await signIn(page, server.origin, 'editor@example.com');
});

afterAll(async () => {
  await rig?.close();
});

/** The role as the public API answers it. */
async function publicRole() {
  const res = await fetch(`${server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `{ role(slug: "${ROLE}") { summary technologies { slug } skillLinks { level skill { slug } } } }`,
    }),
  });
  const body = (await res.json()) as {
    data: {
      role: {
        summary: string;
        technologies: { slug: string }[];
        skillLinks: { level: string; skill: { slug: string } }[];
      };
    };
  };
  return body.data.role;
}

describe('editing a role in the Studio', () => {
  it('finds the role from its list, saves a draft the public does not see, adds a technology through the picker, and publishes both', async () => {
    await page
      .getByRole('navigation', { name: 'Content' })
      .getByRole('link', { name: 'Roles' })
      .click();
    await page.getByRole('heading', { name: 'Roles' }).waitFor();
    await page.getByRole('link', { name: 'Site Reliability Engineer' }).click();
    const summary = page.getByLabel('Summary');
    await poll(() => summary.inputValue()).toBe('Keeps production reliable.');

    await summary.fill('Keeps production reliable, and proves it with numbers.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Draft saved' }).count()).toBe(1);
    expect((await publicRole()).summary).toBe('Keeps production reliable.');

    const technologies = page.getByRole('group', { name: 'Technologies' });
    const picker = technologies.getByRole('combobox');
    await picker.fill('pyth');
    await technologies.getByRole('option', { name: 'Python' }).click();
    await technologies.getByRole('link', { name: 'Open Python' }).waitFor();
    expect((await publicRole()).technologies.map((t) => t.slug)).toEqual(['kubernetes']);

    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Publish/ });
    // What will change, before anything does: the field with both values, the link, the pages.
    const fields = dialog.getByRole('table', { name: 'Fields' });
    await poll(() => fields.getByRole('row', { name: /Summary/ }).count()).toBe(1);
    expect(await fields.getByRole('row', { name: /Summary/ }).innerText()).toContain(
      'Keeps production reliable, and proves it with numbers.',
    );
    expect(
      await dialog
        .getByRole('listitem')
        .filter({ hasText: /^Technologies:/ })
        .innerText(),
    ).toContain('added: python');
    expect(await dialog.getByText('/roles/site-reliability-engineer/').count()).toBeGreaterThan(0);
    await dialog.getByRole('button', { name: 'Confirm publish' }).click();
    await poll(async () => (await publicRole()).summary).toBe(
      'Keeps production reliable, and proves it with numbers.',
    );
    expect((await publicRole()).technologies.map((t) => t.slug)).toEqual(['kubernetes', 'python']);
    await poll(() => page.getByRole('status').filter({ hasText: 'Published' }).count()).toBe(1);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('reorders a relation by keyboard and changes a skill’s level in place', async () => {
    const technologies = page.getByRole('group', { name: 'Technologies' });
    await technologies.getByRole('button', { name: 'Move Python up' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => technologies.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringContaining('Python'),
      expect.stringContaining('Kubernetes'),
    ]);
    const skills = page.getByRole('group', { name: 'Skills' });
    await skills.getByLabel('Level of Communication').selectOption('SUPPORTING');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm publish' }).click();
    await poll(async () => (await publicRole()).technologies.map((t) => t.slug)).toEqual([
      'python',
      'kubernetes',
    ]);
    const levels = (await publicRole()).skillLinks.map((l) => [l.skill.slug, l.level]);
    expect(levels).toContainEqual(['communication', 'SUPPORTING']);
  });

  it('previews the page beside the form, with drafts, refreshed on save', async () => {
    const frame = page.frameLocator('iframe[title^="Preview"]');
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await page.getByLabel('Summary').fill('A draft only the preview shows.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await poll(() => frame.getByText('A draft only the preview shows.').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Phone width' }).click();
    expect(
      await page.getByRole('button', { name: 'Phone width' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('lists revisions on History, each with a Restore button that brings it back as a draft', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    const restore = page.getByRole('button', { name: /^Restore/ });
    await poll(() => restore.count()).toBeGreaterThanOrEqual(2);
    await restore.last().click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Restored' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Edit' }).click();
    await poll(() => page.getByLabel('Summary').inputValue()).toBe('Keeps production reliable.');
  });

  it('shows both versions when someone else saved first, and saves the editor’s choice', async () => {
    const { page: other, context: otherContext } = await rig.newPage();
    await signIn(other, server.origin, 'editor@example.com');
    await other.goto(`${server.origin}/studio/roles/${ROLE}`);
    await page.reload();
    const mine = page.getByLabel('Summary');
    await poll(() => mine.inputValue()).toBe('Keeps production reliable.');
    await poll(() => other.getByLabel('Summary').inputValue()).toBe('Keeps production reliable.');
    await other.getByLabel('Summary').fill('Their summary, saved first.');
    await other.getByRole('button', { name: 'Save draft' }).click();
    await poll(() => other.getByRole('status').filter({ hasText: 'Draft saved' }).count()).toBe(1);
    await otherContext.close();

    await mine.fill('My summary, saved second.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'Someone else saved this first' });
    await dialog.waitFor();
    expect(await dialog.getByText('Their summary, saved first.').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Keep all of mine' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Draft saved' }).count()).toBe(1);
    expect(await page.getByLabel('Summary').inputValue()).toBe('My summary, saved second.');
  });

  it('schedules a publish, lists it, cancels it, and a second one goes public on time', async () => {
    await page.getByLabel('Summary').fill('Scheduled words.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await poll(() => page.getByRole('status').filter({ hasText: 'Draft saved' }).count()).toBe(1);
    const local = (ms: number) => {
      const d = new Date(Date.now() + ms);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    };
    await page.getByRole('button', { name: 'Schedule' }).click();
    let dialog = page.getByRole('dialog', { name: 'Schedule a change' });
    await dialog.getByLabel('Action').selectOption('PUBLISH');
    await dialog.getByLabel('Date and time').fill(local(3600_000));
    await dialog.getByRole('button', { name: 'Confirm schedule' }).click();
    const scheduled = page.getByRole('region', { name: 'Scheduled' });
    await poll(() => scheduled.getByRole('listitem').count()).toBe(1);
    await scheduled.getByRole('button', { name: /^Cancel: Publish/ }).click();
    await poll(() => page.getByRole('region', { name: 'Scheduled' }).count()).toBe(0);
    expect((await publicRole()).summary).not.toBe('Scheduled words.');

    // Due now (to the minute): the server's scheduler publishes it within a poll or two.
    await page.getByRole('button', { name: 'Schedule' }).click();
    dialog = page.getByRole('dialog', { name: 'Schedule a change' });
    await dialog.getByLabel('Date and time').fill(local(0));
    await dialog.getByRole('button', { name: 'Confirm schedule' }).click();
    await poll(async () => (await publicRole()).summary).toBe('Scheduled words.');
  });

  it('finds nodes by the header search and in a list, typos forgiven', async () => {
    const search = page.getByRole('combobox', { name: 'Search everything' });
    await search.fill('kubernets');
    await page.getByRole('option', { name: /^Kubernetes/ }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Kubernetes');
    await page
      .getByRole('navigation', { name: 'Content' })
      .getByRole('link', { name: 'Roles' })
      .click();
    await page.getByRole('searchbox', { name: 'Search roles' }).fill('site reliabilty');
    await poll(() => page.getByRole('link', { name: 'Site Reliability Engineer' }).count()).toBe(1);
    await page.getByLabel('Status').selectOption('DRAFT');
    await poll(() => page.getByText('Nothing matches.').count()).toBe(1);
  });
});
