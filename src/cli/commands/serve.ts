import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { MikroORM } from '@mikro-orm/core';
import type { Command } from 'commander';
import type { Logger } from 'pino';
import { loadSettings, type Settings } from '../../config/env.js';
import { setRenderMemo } from '../../content/common/render-memo.js';
import { startStatementStats } from '../../db/statement-stats.js';
import { describeSummary, isDatabaseEmpty, loadContent } from '../../seed/index.js';
import { createApp, listen } from '../../server/app.js';
import { announceContentChange, serveWorker, startWorkers } from '../../server/cluster.js';
import { tuneHeapForServing } from '../../server/heap-flags.js';
import { createLogger } from '../../server/logger.js';
import { RedisUnavailableError, SharedRedis, siteNamespace } from '../../server/redis.js';
import { startDispatcher } from '../../webhooks/dispatcher.js';
import { startExpirySweep } from '../../vacancies/expire.js';
import { optionsFromSettings } from '../../server/options.js';
import { CliError } from '../cli-error.js';
import { openDatabase } from '../database.js';
import { readValid } from '../seed-folder.js';

interface ServeOptions {
  port?: string;
  migrate?: boolean;
  seedIfEmpty?: string;
  workers?: string;
}

/** `--workers`: a whole number from 1, or the default (every core in production, else one). */
function workerCount(given: string | undefined, production: boolean): number {
  if (given === undefined) return production ? availableParallelism() : 1;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new CliError(`--workers must be a whole number from 1 to 64 (got "${given}")`);
  return n;
}

/** The shared Redis when `REDIS_URL` is set; an unreachable one stops the start, in one line. */
async function openRedis(settings: Settings, logger: Logger): Promise<SharedRedis | undefined> {
  if (!settings.redisUrl) return undefined;
  try {
    return await SharedRedis.connect(
      settings.redisUrl,
      logger,
      siteNamespace(settings.siteUrl, settings.database),
    );
  } catch (error) {
    if (error instanceof RedisUnavailableError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * `serve`: with one worker, this process prepares the database, serves and runs the webhook
 * dispatcher. With several, it prepares the database and runs the dispatcher, and node:cluster
 * workers (this same command, re-run) share the port and serve (see `src/server/cluster.ts`).
 */
async function serve(options: ServeOptions) {
  tuneHeapForServing();
  const settings = loadSettings();
  const logger = createLogger(settings.logLevel, settings.logFormat);
  const port = options.port === undefined ? settings.port : Number(options.port);
  setRenderMemo(settings.renderMemo);
  /** The bench's statement count, in the process that serves (see `STATEMENT_STATS`). */
  const countStatements = (orm: MikroORM) => {
    if (settings.statementStats)
      startStatementStats(orm, settings.statementStats, (error) =>
        logger.error({ err: error }, 'could not write the statement count'),
      );
  };
  if (cluster.isWorker) {
    // The primary prepared the database: a worker only opens it.
    const orm = await openDatabase(settings, { migrateFirst: false });
    countStatements(orm);
    const redis = await openRedis(settings, logger);
    const worker = optionsFromSettings(settings, {
      orm,
      logger,
      redis,
      workerId: cluster.worker?.id,
      onContentChanged: announceContentChange,
    });
    return serveWorker(worker, port, logger);
  }
  const workers = workerCount(options.workers, settings.production);
  // The seed folder is checked at every start, so a broken folder is caught before it is needed.
  const seedContent = options.seedIfEmpty ? await readValid(options.seedIfEmpty) : undefined;
  const orm = await openDatabase(settings, { migrateFirst: Boolean(options.migrate) });
  const redis = await openRedis(settings, logger).catch(async (error: unknown) => {
    await orm.close();
    throw error;
  });
  if (seedContent && (await isDatabaseEmpty(orm.em))) {
    const summary = await loadContent(orm.em, seedContent);
    logger.info(
      { summary: describeSummary(summary) },
      `seeded the empty database from ${options.seedIfEmpty}`,
    );
  }
  const dispatcher = startDispatcher(orm.em, logger, settings.webhooks);
  // Vacancies expire by the clock: once a minute is soon enough for sitemaps and webhooks.
  const expiry = startExpirySweep(orm.em, logger, {
    siteUrl: settings.siteUrl,
    intervalMs: 60_000,
  });
  const stopping = { value: false };
  let close: () => Promise<void>;
  if (workers === 1) {
    countStatements(orm);
    const app = await createApp(optionsFromSettings(settings, { orm, logger, redis }));
    const running = await listen(app, port).catch(async (error: NodeJS.ErrnoException) => {
      await expiry.stop();
      await dispatcher.stop();
      await redis?.close();
      await orm.close();
      throw new CliError(
        error.code === 'EADDRINUSE' ? `port ${port} is already in use` : error.message,
      );
    });
    logger.info(`rolegraph listening on ${running.origin}/graphql`);
    close = () => running.close();
  } else {
    const started = await startWorkers(workers, port, logger, stopping);
    close = started.close;
    logger.info(
      `rolegraph listening on http://localhost:${started.port}/graphql with ${workers} workers`,
    );
  }
  const stop = async (signal: string) => {
    if (stopping.value) return;
    stopping.value = true;
    logger.info(`${signal}: shutting down`);
    await close();
    await expiry.stop();
    await dispatcher.stop();
    await redis?.close();
    await orm.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/** `rolegraph serve [--port] [--migrate] [--seed-if-empty <dir>] [--workers <n>]`. */
export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve GraphQL (and GraphiQL) at /graphql and a health check at /healthz.')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 4000)')
    .option('--migrate', 'apply pending migrations before serving')
    .option('--seed-if-empty <dir>', 'load this seed folder when the database holds no content')
    .option(
      '-w, --workers <n>',
      'worker processes sharing the port (default: one per core when NODE_ENV=production, else 1)',
    )
    .action(serve);
}
