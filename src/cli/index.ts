import 'reflect-metadata';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { loadSettings, SettingsError, type Settings } from '../config/env.js';
import { initOrm, migrate, type Orm } from '../db/orm.js';
import { createLogger } from '../server/logger.js';
import { createApp, listen } from '../server/app.js';
import {
  describeSummary,
  isDatabaseEmpty,
  SeedValidationError,
  seedFromDir,
} from '../seed/index.js';

const DEFAULT_CONTENT_DIR = 'content-seed';

/** A failure the user can act on: printed as one line, exit code 1, no stack trace. */
class CliError extends Error {}

async function openDatabase(
  settings: Settings,
  { migrateFirst }: { migrateFirst: boolean },
): Promise<Orm> {
  const orm = await initOrm(settings.database).catch((error: Error) => {
    throw new CliError(`cannot open the database (${describeTarget(settings)}): ${error.message}`);
  });
  if (migrateFirst) {
    await migrate(orm);
  } else {
    const pending = await orm.getMigrator().getPendingMigrations();
    if (pending.length) {
      await orm.close();
      throw new CliError(
        `the database needs ${pending.length} migration(s): run \`rolegraph migrate\` first`,
      );
    }
  }
  return orm;
}

function describeTarget(settings: Settings): string {
  return settings.database.kind === 'sqlite' ? `sqlite:${settings.database.file}` : 'postgres';
}

async function serve(options: { port?: string; migrate?: boolean; seedIfEmpty?: string }) {
  const settings = loadSettings();
  const logger = createLogger(settings.logLevel);
  const orm = await openDatabase(settings, { migrateFirst: Boolean(options.migrate) });
  if (options.seedIfEmpty && (await isDatabaseEmpty(orm.em))) {
    const summary = await seedFromDir(orm.em, resolve(options.seedIfEmpty));
    logger.info(
      { summary: describeSummary(summary) },
      `seeded the empty database from ${options.seedIfEmpty}`,
    );
  }
  const port = options.port === undefined ? settings.port : Number(options.port);
  const app = await createApp({ orm, logger });
  const running = await listen(app, port).catch(async (error: NodeJS.ErrnoException) => {
    await orm.close();
    throw new CliError(
      error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message,
    );
  });
  logger.info(`rolegraph listening on ${running.origin}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    await running.close();
    await orm.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function runMigrate() {
  const settings = loadSettings();
  const orm = await openDatabase(settings, { migrateFirst: true });
  const pending = await orm.getMigrator().getExecutedMigrations();
  console.log(
    `Database ${describeTarget(settings)} is at migration ${pending.at(-1)?.name ?? '(none)'}.`,
  );
  await orm.close();
}

async function seed(dir: string | undefined, options: { dryRun?: boolean; prune?: boolean }) {
  const settings = loadSettings();
  const orm = await openDatabase(settings, { migrateFirst: true });
  try {
    const summary = await seedFromDir(orm.em, resolve(dir ?? DEFAULT_CONTENT_DIR), options);
    for (const line of describeSummary(summary, options.dryRun)) console.log(line);
  } finally {
    await orm.close();
  }
}

const program = new Command()
  .name('rolegraph')
  .description('Headless CMS and GraphQL content API for specialist recruitment sites.')
  .showHelpAfterError();

program
  .command('serve')
  .description('Serve GraphQL (and GraphiQL) at /graphql and a health check at /healthz.')
  .option('-p, --port <port>', 'port to listen on (default: $PORT or 4000)')
  .option('--migrate', 'apply pending migrations before serving')
  .option('--seed-if-empty <dir>', 'load this seed folder when the database holds no content')
  .action(serve);

program.command('migrate').description('Apply pending database migrations.').action(runMigrate);

program
  .command('seed')
  .description('Validate a seed folder and load it in one transaction (upsert by slug).')
  .argument('[dir]', 'seed folder', DEFAULT_CONTENT_DIR)
  .option('--dry-run', 'report what would change and write nothing')
  .option('--prune', 'delete nodes that the folder no longer has')
  .action(seed);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    console.error(error.message);
  } else if (error instanceof CliError || error instanceof SettingsError) {
    console.error(`rolegraph: ${error.message}`);
  } else {
    console.error(`rolegraph: unexpected error: ${(error as Error).message ?? String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  process.exit(1);
});
