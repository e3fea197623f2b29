import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadSettings } from '../../config/env.js';
import { describeProblem } from '../../vacancies/feed.js';
import { expireVacancies } from '../../vacancies/expire.js';
import { importFeed } from '../../vacancies/import.js';
import { CliError } from '../cli-error.js';
import { openDatabase } from '../database.js';

async function readSource(file: string): Promise<string> {
  if (file !== '-') {
    return readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new CliError(`cannot read the feed ${file}: ${error.code ?? error.message}`);
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** `vacancies import`: checks the whole feed, then writes it in one transaction (or nothing). */
async function importCommand(
  file: string,
  options: { sync?: boolean; dryRun?: boolean; strict?: boolean },
) {
  const settings = loadSettings();
  const source = await readSource(file);
  const orm = await openDatabase(settings, { migrateFirst: false });
  try {
    const result = await importFeed(orm.em, source, { ...options, siteUrl: settings.siteUrl });
    for (const problem of result.problems) console.error(describeProblem(problem));
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    if (errors) throw new CliError(`the feed has ${errors} error(s); nothing was written`);
    const count = (action: string) => result.changes.filter((c) => c.action === action).length;
    const sign = { create: '+', update: '~', close: '-', unchanged: '=' } as const;
    if (options.dryRun)
      for (const c of result.changes.filter((c) => c.action !== 'unchanged'))
        console.log(`${sign[c.action]} ${c.id} /jobs/${c.slug}/`);
    console.log(
      `vacancies: ${count('create')} created, ${count('update')} updated, ${count('unchanged')} unchanged, ${count('close')} closed`,
    );
    console.log(
      options.dryRun
        ? 'Dry run: nothing was written.'
        : result.written
          ? 'Changes written in one transaction.'
          : 'Nothing to change.',
    );
  } finally {
    await orm.close();
  }
}

/** `vacancies expire`: what the server's sweep does once a minute, for a cron job. */
async function expireCommand() {
  const settings = loadSettings();
  const orm = await openDatabase(settings, { migrateFirst: false });
  try {
    const expired = await expireVacancies(orm.em, { siteUrl: settings.siteUrl, now: new Date() });
    for (const slug of expired) console.log(`- /jobs/${slug}/`);
    console.log(`vacancies: ${expired.length} expired`);
  } finally {
    await orm.close();
  }
}

/** `rolegraph vacancies import <file | -> [--sync] [--dry-run] [--strict]`. */
export function addVacanciesCommand(program: Command): void {
  const vacancies = program
    .command('vacancies')
    .description("Vacancies from an applicant-tracking system's feed.");
  vacancies
    .command('import')
    .description(
      'Import a feed (JSON array or JSON Lines; "-" reads stdin): every problem is reported, and nothing is written if any is an error.',
    )
    .argument('<file>', 'the feed file, or - for stdin')
    .option('--sync', 'close live vacancies the feed no longer lists')
    .option('--dry-run', 'print what would change and write nothing')
    .option('--strict', 'a vacancy in an EU/EEA hub without a salary is an error, not a warning')
    .action(importCommand);
  vacancies
    .command('expire')
    .description(
      'Mark live vacancies past their validThrough EXPIRED now (a running server does this every minute).',
    )
    .action(expireCommand);
}
