import type { Command } from 'commander';
import { loadSettings } from '../../config/env.js';
import { describeChanges, describeSummary, loadContent } from '../../seed/index.js';
import { openDatabase } from '../database.js';
import { progressReporter } from '../progress.js';
import { DEFAULT_CONTENT_DIR, readValid } from '../seed-folder.js';

/** `seed`: validates the folder before opening the database, then loads it in one transaction. */
async function seed(
  dir: string,
  options: { dryRun?: boolean; prune?: boolean; verbose?: boolean; strict?: boolean },
) {
  const settings = loadSettings();
  const started = performance.now();
  const { strict, ...load } = options;
  const content = await readValid(dir, { strict });
  const orm = await openDatabase(settings, { migrateFirst: true });
  try {
    const summary = await loadContent(orm.em, content, {
      ...load,
      onProgress: progressReporter(),
    });
    if (options.dryRun || options.verbose)
      for (const line of describeChanges(summary)) console.log(line);
    for (const line of describeSummary(summary, options.dryRun)) console.log(line);
    console.log(`Took ${Math.round(performance.now() - started)} ms.`);
  } finally {
    await orm.close();
  }
}

/** `rolegraph seed [dir] [--dry-run] [--prune] [--verbose] [--strict]`. */
export function addSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Validate a seed folder and load it in one transaction (upsert by slug).')
    .argument('[dir]', 'seed folder', DEFAULT_CONTENT_DIR)
    .option('--dry-run', 'print what would change and write nothing')
    .option('--prune', 'delete nodes that the folder no longer has')
    .option('--verbose', 'print every change, as --dry-run does')
    .option('--strict', 'refuse to load when there are warnings (as check --strict)')
    .action(seed);
}
