import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadSettings } from '../../config/env.js';
import { buildSite } from '../../render/build-site.js';
import { isDatabaseEmpty, loadContent } from '../../seed/index.js';
import { createApp } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';
import { siteOf } from '../../server/options.js';
import { openDatabase } from '../database.js';
import { progressReporter } from '../progress.js';
import { DEFAULT_CONTENT_DIR, readValid } from '../seed-folder.js';

/** `build-site`: renders every page through the app's own query function and writes the files. */
async function buildSiteCommand(options: { out: string; seed: boolean }) {
  const settings = loadSettings();
  const logger = createLogger('warn');
  const orm = await openDatabase(settings, { migrateFirst: true });
  try {
    if (options.seed && (await isDatabaseEmpty(orm.em))) {
      await loadContent(orm.em, await readValid(DEFAULT_CONTENT_DIR));
      console.log(`The database was empty: loaded ${DEFAULT_CONTENT_DIR}/ first.`);
    }
    const app = await createApp({ orm, logger, site: siteOf(settings) });
    const result = await buildSite({
      query: app.query,
      outDir: resolve(options.out),
      siteUrl: settings.siteUrl,
      siteName: settings.siteName,
      onProgress: progressReporter(process.stderr, 0, 'writing'),
    });
    await app.stop();
    console.log(
      `Wrote ${result.pages} pages (${result.files} files) to ${options.out} in ${result.milliseconds} ms.`,
    );
  } finally {
    await orm.close();
  }
}

/** `rolegraph build-site --out <dir> [--no-seed]`. */
export function addBuildSiteCommand(program: Command): void {
  program
    .command('build-site')
    .description(
      'Write the whole site as static files: pages, 404.html, sitemap.xml, robots.txt, CSS.',
    )
    .requiredOption('--out <dir>', 'folder to write (emptied first)')
    .option('--no-seed', 'do not load content-seed/ into an empty database first')
    .action(buildSiteCommand);
}
