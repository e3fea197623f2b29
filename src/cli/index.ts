import 'reflect-metadata';
import { Command } from 'commander';
import { SettingsError } from '../config/env.js';
import { SeedValidationError } from '../seed/index.js';
import { WorkerStartError } from '../server/cluster.js';
import { CliError } from './cli-error.js';
import { addBuildSiteCommand } from './commands/build-site.js';
import { addCheckCommand } from './commands/check.js';
import { addExportCommand } from './commands/export.js';
import { addMigrateCommand } from './commands/migrate.js';
import { addNewCommand } from './commands/new.js';
import { addSeedCommand } from './commands/seed.js';
import { addServeCommand } from './commands/serve.js';
import { addTokenCommand } from './commands/token.js';
import { addUserCommand } from './commands/user.js';
import { addVacanciesCommand } from './commands/vacancies.js';

/** The `rolegraph` command: one file per command in commands/; this file only assembles them. */
const program = new Command()
  .name('rolegraph')
  .description('Headless CMS and GraphQL content API for specialist recruitment sites.')
  .showHelpAfterError();

// In the order `rolegraph --help` lists them.
for (const add of [
  addServeCommand,
  addMigrateCommand,
  addCheckCommand,
  addSeedCommand,
  addExportCommand,
  addTokenCommand,
  addUserCommand,
  addBuildSiteCommand,
  addNewCommand,
  addVacanciesCommand,
])
  add(program);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    console.error(error.message);
    console.error('rolegraph: the seed files have errors; nothing was written');
  } else if (
    error instanceof CliError ||
    error instanceof SettingsError ||
    error instanceof WorkerStartError
  ) {
    // One line per problem (a settings error lists every wrong setting).
    for (const line of error.message.split('\n')) console.error(`rolegraph: ${line}`);
  } else {
    console.error(`rolegraph: unexpected error: ${(error as Error).message ?? String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  process.exit(1);
});
