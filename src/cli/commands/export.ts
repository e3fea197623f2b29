import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadSettings } from '../../config/env.js';
import { exportToDir } from '../../seed/index.js';
import { CliError } from '../cli-error.js';
import { openDatabase } from '../database.js';

/** `export`: writes the database as a seed folder; refusals (files already there) in one line. */
async function runExport(dir: string, options: { force?: boolean }) {
  const settings = loadSettings();
  const orm = await openDatabase(settings, { migrateFirst: false });
  try {
    const files = await exportToDir(orm.em, resolve(dir), options).catch((error: Error) => {
      throw new CliError(error.message);
    });
    console.log(`Wrote ${files.size} files to ${dir}.`);
  } finally {
    await orm.close();
  }
}

/** `rolegraph export [dir] [--force]`. */
export function addExportCommand(program: Command): void {
  program
    .command('export')
    .description('Write the database out as a seed folder, in the format seed reads.')
    .argument('[dir]', 'folder to write', 'content-export')
    .option('--force', 'replace the seed files already in the folder')
    .action(runExport);
}
