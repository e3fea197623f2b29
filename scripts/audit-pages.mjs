#!/usr/bin/env node
// Lighthouse (SEO and accessibility) on the specialism, role and FAQ pages of the real content,
// in the Chromium from the @sparticuz/chromium package (or CHROME_PATH / CHROMIUM_PATH).
// Prints the scores; exits 1 below SEO 100 or accessibility 95.
//   npm run audit:pages
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { pino } from 'pino';
import { initOrm, migrate } from '../dist/db/orm.js';
import { seedFromDir } from '../dist/seed/index.js';
import { createApp, listen } from '../dist/server/app.js';
import { browserLaunch } from '../dist/dev/browser.js';

const PAGES = [
  '/ml-infrastructure/',
  '/roles/ml-infrastructure-engineer/',
  '/ml-infrastructure/faq/',
  '/de-DE/ml-infrastructure/',
  '/fr-FR/roles/mlops-engineer/',
];
const TARGETS = { seo: 100, accessibility: 95 };

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const dir = mkdtempSync(join(tmpdir(), 'rolegraph-audit-'));
const orm = await initOrm({ kind: 'sqlite', file: join(dir, 'audit.sqlite') });
await migrate(orm);
await seedFromDir(orm.em, 'content-seed');
const port = await freePort();
// The canonical URLs must be on the origin Lighthouse visits, as they are in production.
const origin = `http://localhost:${port}`;
const app = await createApp({
  orm,
  logger: pino({ level: 'warn' }),
  site: { url: origin, name: 'rolegraph', locale: 'en_GB' },
});
const server = await listen(app, port);

// Lighthouse's own setting wins; then ours (CHROMIUM_PATH), then the packaged Chromium.
const browser = await browserLaunch({
  ...process.env,
  CHROMIUM_PATH: process.env.CHROME_PATH || process.env.CHROMIUM_PATH,
});
const chrome = await chromeLauncher.launch({
  chromePath: browser.executablePath,
  chromeFlags: browser.args,
});
let failed = false;
try {
  console.log('page'.padEnd(40), 'SEO'.padStart(5), 'a11y'.padStart(6));
  for (const path of PAGES) {
    const result = await lighthouse(`${origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['seo', 'accessibility'],
    });
    const { categories, audits } = result.lhr;
    const seo = Math.round(categories.seo.score * 100);
    const a11y = Math.round(categories.accessibility.score * 100);
    console.log(path.padEnd(40), String(seo).padStart(5), String(a11y).padStart(6));
    if (seo < TARGETS.seo || a11y < TARGETS.accessibility) {
      failed = true;
      for (const category of [categories.seo, categories.accessibility]) {
        for (const ref of category.auditRefs) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
            console.log(`  ${category.id}: ${audit.id}: ${audit.title}`);
            for (const item of audit.details?.items ?? [])
              console.log(`    ${JSON.stringify(item).slice(0, 200)}`);
          }
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  failed
    ? `Below target (SEO ${TARGETS.seo}, accessibility ${TARGETS.accessibility}).`
    : 'All pages meet the targets.',
);
process.exit(failed ? 1 : 0);
