import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadSettings } from '../../config/env.js';
import { describeProblems, failsCheck, readContentDir } from '../../seed/index.js';
import { countRoleInHubPages, describeRoleInHubPages } from '../../seed/role-in-hub-pages.js';
import { liveRoleHubPairs } from '../../vacancies/live-pairs.js';
import { openDatabase } from '../database.js';
import { DEFAULT_CONTENT_DIR } from '../seed-folder.js';

/** `check`: prints every problem and a verdict; exit code 1 when the folder fails. */
async function check(dir: string, options: { strict?: boolean; vacancies?: boolean }) {
  const started = performance.now();
  const { content, problems } = await readContentDir(resolve(dir));
  for (const line of describeProblems(problems, options.strict)) console.log(line);
  let live = new Set<string>();
  if (options.vacancies) {
    const orm = await openDatabase(loadSettings(), { migrateFirst: false });
    try {
      live = await liveRoleHubPairs(orm.em.fork());
    } finally {
      await orm.close();
    }
  }
  for (const line of describeRoleInHubPages(
    countRoleInHubPages(content, live),
    Boolean(options.vacancies),
  ))
    console.log(line);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Checked ${content.nodes.length} nodes and ${content.links.length} links in ${ms} ms.`,
  );
  process.exitCode = failsCheck(problems, options.strict) ? 1 : 0;
}

/** `rolegraph check [dir] [--strict]`. */
export function addCheckCommand(program: Command): void {
  program
    .command('check')
    .description(
      'Validate a seed folder and report every problem (file:line:column); writes nothing.',
    )
    .argument('[dir]', 'seed folder', DEFAULT_CONTENT_DIR)
    .option('--strict', 'treat warnings (graph smells) as errors')
    .option(
      '--vacancies',
      'count live vacancies in the database (DATABASE_URL) towards indexable role-in-hub pages',
    )
    .action(check);
}
