import { request } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeContentModel } from '../src/editorial/content-model.js';
import { signIn, startStudio, TokenRole, type StudioRig } from './studio-browser.js';

// The Studio as built by `npm run build` (npm test builds first), served by the real server, in
// a real browser, found by role and accessible name.
let rig: StudioRig;
let server: StudioRig['server'];
let page: Page;

beforeAll(async () => {
  rig = await startStudio();
  server = rig.server;
  await rig.addUser('viewer@example.com', TokenRole.VIEWER);
  ({ page } = await rig.newPage());
  page.on('requestfailed', (r) => rig.problems.push(`failed: ${r.url()}`));
});

afterAll(async () => {
  await rig?.close();
});

/** The status of a GET for `path` exactly as written. */
const rawStatus = (path: string) =>
  new Promise<number>((resolve, reject) => {
    const { port } = new URL(server.origin);
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });

describe('the Studio', () => {
  it('is served at /studio/ with a strict policy, and names every content type in its navigation', async () => {
    const response = await page.goto(`${server.origin}/studio/`);
    expect(response?.status()).toBe(200);
    // Let the page's first request (who is signed in) finish: signing in navigates again, and
    // a request cut off by that navigation is not a problem of the Studio's.
    await page.waitForLoadState('networkidle');
    await signIn(page, server.origin, 'viewer@example.com');
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    const nav = page.getByRole('navigation', { name: 'Content' });
    for (const type of describeContentModel())
      await expect.poll(() => nav.getByRole('link', { name: type.plural }).count()).toBe(1);
    expect(rig.problems).toEqual([]);
  });

  it('answers its deep links with the app, and its assets with long-lived caching', async () => {
    const deep = await fetch(`${server.origin}/studio/roles/mlops-engineer`);
    expect(deep.status).toBe(200);
    const html = await deep.text();
    expect(html).toContain('<div id="app">');
    const asset = /src="(\/studio\/assets\/[^"]+\.js)"/.exec(html)![1];
    const script = await fetch(server.origin + asset);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(script.headers.get('content-type')).toContain('javascript');
    // A path that climbs out of the assets, sent as written (fetch would tidy it first).
    for (const raw of [
      '/studio/assets/../../package.json',
      '/studio/assets/..%2f..%2fpackage.json',
    ])
      expect(await rawStatus(raw)).not.toBe(200);
  });
});
