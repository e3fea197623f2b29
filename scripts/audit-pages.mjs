#!/usr/bin/env node
// Lighthouse (SEO and accessibility) on the specialism, role and FAQ pages of the real content,
// and accessibility alone on the search page (noindex by design, so not an SEO page), in the
// Chromium from the @sparticuz/chromium package (or CHROME_PATH / CHROMIUM_PATH).
// Prints the scores; exits 1 below SEO 100 or accessibility 95.
//   npm run audit:pages
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { initOrm, migrate } from '../dist/db/orm.js';
import { seedFromDir } from '../dist/seed/index.js';
import { createApp, listen } from '../dist/server/app.js';
import { lighthouseRunner } from '../dist/dev/lighthouse.js';

const PAGES = [
  '/ml-infrastructure/',
  '/roles/ml-infrastructure-engineer/',
  '/ml-infrastructure/faq/',
  '/de-DE/ml-infrastructure/',
  '/fr-FR/roles/mlops-engineer/',
  '/search/?q=kubernetes',
  '/de-DE/search/?q=zzzzqqq',
];
/** Pages kept out of search engines on purpose: their SEO score is not a target. */
const NOINDEX = (path) => path.includes('/search/');
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

const lighthouse = await lighthouseRunner();
let failed = false;
try {
  console.log('page'.padEnd(40), 'SEO'.padStart(5), 'a11y'.padStart(6));
  for (const path of PAGES) {
    const categories = NOINDEX(path) ? ['accessibility'] : ['seo', 'accessibility'];
    const { scores, failures } = await lighthouse.audit(`${origin}${path}`, { categories });
    console.log(
      path.padEnd(40),
      String(scores.seo ?? '-').padStart(5),
      String(scores.accessibility).padStart(6),
    );
    const seoLow = !NOINDEX(path) && scores.seo < TARGETS.seo;
    if (seoLow || scores.accessibility < TARGETS.accessibility) {
      failed = true;
      for (const failure of failures) {
        console.log(`  ${failure.category}: ${failure.id}: ${failure.title}`);
        for (const item of failure.items) console.log(`    ${item}`);
      }
    }
  }
} finally {
  await lighthouse.close();
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
