import type { Command } from 'commander';
import { loadSettings } from '../../config/env.js';
import { describeTarget, openDatabase } from '../database.js';

/** `migrate`: applies pending migrations and prints the one the database is now at. */
async function runMigrate() {
  const settings = loadSettings();
  const orm = await openDatabase(settings, { migrateFirst: true });
  const executed = await orm.getMigrator().getExecutedMigrations();
  console.log(
    `Database ${describeTarget(settings)} is at migration ${executed.at(-1)?.name ?? '(none)'}.`,
  );
  await orm.close();
}

/** `rolegraph migrate`. */
export function addMigrateCommand(program: Command): void {
  program.command('migrate').description('Apply pending database migrations.').action(runMigrate);
}
