import 'reflect-metadata';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { Command } from 'commander';
import { loadSettings, SettingsError, type Settings } from '../config/env.js';
import { initOrm, migrate, type Orm } from '../db/orm.js';
import { createLogger } from '../server/logger.js';
import { redactUrl, RedisUnavailableError, SharedRedis, siteNamespace } from '../server/redis.js';
import { createApp, listen } from '../server/app.js';
import { PrimaryCounter, serveCounts } from '../server/counters.js';
import { MemoryCounter } from '../enquiries/rate-limit.js';
import type { SiteSettings } from '../pages/page.service.js';
import {
  describeChanges,
  describeProblems,
  describeSummary,
  exportToDir,
  failsCheck,
  isDatabaseEmpty,
  loadContent,
  newSpecialism,
  readContentDir,
  SeedValidationError,
} from '../seed/index.js';
import { progressReporter } from './progress.js';
import { buildSite } from '../render/build-site.js';
import type { TokenRole } from '../auth/actor.js';
import { TokenService } from '../auth/token.service.js';
import { startDispatcher } from '../webhooks/dispatcher.js';
import { AppError } from '../errors/index.js';

const DEFAULT_CONTENT_DIR = 'content-seed';

/** A failure the user can act on: printed as one line, exit code 1, no stack trace. */
class CliError extends Error {}

async function openDatabase(
  settings: Settings,
  { migrateFirst }: { migrateFirst: boolean },
): Promise<Orm> {
  const orm = await initOrm(settings.database).catch((error: Error) => {
    throw new CliError(`cannot open the database (${describeTarget(settings)}): ${oneLine(error)}`);
  });
  try {
    // MikroORM may open lazily: ask the database something, so a wrong URL stops us here.
    await orm.em.getConnection().execute('select 1');
    const migrator = orm.getMigrator();
    if (migrateFirst) await migrate(orm);
    const pending = await migrator.getPendingMigrations();
    if (pending.length)
      throw new CliError(
        `the database needs ${pending.length} migration(s): run \`rolegraph migrate\` first`,
      );
    const known = new Set((orm.config.get('migrations').migrationsList ?? []).map((m) => m.name));
    const unknown = (await migrator.getExecutedMigrations())
      .map((m) => m.name)
      .filter((name) => !known.has(name));
    if (unknown.length)
      throw new CliError(
        `the database has ${unknown.length} migration(s) this version of rolegraph does not know (${unknown.join(', ')}): it was migrated by a newer version`,
      );
  } catch (error) {
    await orm.close().catch(() => undefined);
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot open the database (${describeTarget(settings)}): ${oneLine(error)}`);
  }
  return orm;
}

function siteOf(settings: Settings): SiteSettings {
  return { url: settings.siteUrl, name: settings.siteName, locale: 'en_GB' };
}

function describeTarget(settings: Settings): string {
  return settings.database.kind === 'sqlite'
    ? `sqlite:${settings.database.file}`
    : redactUrl(settings.database.url);
}

/** The first line of an error's message (drivers sometimes add the SQL or a hint below it). */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim() || (error as Error).name;
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

/**
 * `serve`: with one worker, this process prepares the database, serves and runs the webhook
 * dispatcher. With several, it prepares the database and runs the dispatcher, and node:cluster
 * workers (this same command, re-run) share the port and serve; a content change made in one
 * worker is relayed to the others at once (and each also polls the content version).
 */
async function serve(options: ServeOptions) {
  const settings = loadSettings();
  const logger = createLogger(settings.logLevel, settings.logFormat);
  if (cluster.isWorker) return serveWorker(options, settings, logger);
  const workers = workerCount(options.workers, settings.production);
  const port = options.port === undefined ? settings.port : Number(options.port);
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
  const stopping = { value: false };
  let close: () => Promise<void>;
  if (workers === 1) {
    const app = await createApp({ ...appOptions(orm, logger, settings), redis });
    const running = await listen(app, port).catch(async (error: NodeJS.ErrnoException) => {
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
    await dispatcher.stop();
    await redis?.close();
    await orm.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function appOptions(orm: Orm, logger: Logger, settings: Settings, onContentChanged?: () => void) {
  return {
    workerId: cluster.isWorker ? cluster.worker?.id : undefined,
    orm,
    logger,
    site: siteOf(settings),
    enquiryRate: settings.enquiryRate,
    trustProxy: settings.trustProxy,
    contentPollMs: settings.cache.pollMs,
    cacheBytes: settings.cache.maxBytes,
    cacheMaxAge: settings.cache.maxAge,
    limits: settings.limits,
    timeBudgetMs: settings.limits.timeBudgetMs,
    maxBodyBytes: settings.limits.maxBodyBytes,
    apiRate: settings.apiRate,
    mutationRate: settings.mutationRate,
    corsOrigins: settings.corsOrigins,
    introspection: settings.introspection,
    onContentChanged,
  };
}

const CONTENT_CHANGED = 'rolegraph:content-changed';

/** Forks the workers, relays content changes between them, replaces one that dies. */
async function startWorkers(
  count: number,
  port: number,
  logger: Logger,
  stopping: { value: boolean },
): Promise<{ port: number; close: () => Promise<void> }> {
  // The workers' rate limits are counted here, so together they allow the limit once, not N times.
  const counts = new MemoryCounter();
  const fork = () => {
    // A worker re-runs this command line; the port is passed on in case it came from elsewhere.
    // Fewer glibc malloc arenas: the SQLite driver's threads otherwise spread freed memory over
    // many arenas and resident memory creeps up under writes (measured by npm run soak).
    const worker = cluster.fork({
      PORT: String(port),
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    });
    serveCounts(worker, counts);
    worker.on('message', (message: unknown) => {
      if (message !== CONTENT_CHANGED) return;
      for (const other of Object.values(cluster.workers ?? {}))
        if (other && other !== worker && other.isConnected()) other.send(CONTENT_CHANGED);
    });
    return worker;
  };
  const ready = Array.from({ length: count }, () => {
    const worker = fork();
    return new Promise<number>((resolve, reject) => {
      // With port 0 the first worker's free port is shared by the others.
      worker.once('listening', (address) => resolve(address.port));
      worker.once('exit', (code) =>
        reject(new CliError(`a worker stopped at start (exit ${code})`)),
      );
    });
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping.value) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died: starting another');
    fork();
  });
  let ports: number[];
  try {
    ports = await Promise.all(ready);
  } catch (error) {
    stopping.value = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    throw error;
  }
  const close = async () => {
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.kill('SIGTERM');
          }),
      ),
    );
  };
  return { port: ports[0]!, close };
}

/** One worker: serves on the shared port; the primary prepared the database. */
async function serveWorker(options: ServeOptions, settings: Settings, logger: Logger) {
  const orm = await openDatabase(settings, { migrateFirst: false });
  const redis = await openRedis(settings, logger);
  const app = await createApp({
    ...appOptions(orm, logger, settings, () => process.send?.(CONTENT_CHANGED)),
    redis,
    // Shared by every instance through Redis; else every worker asks the primary.
    ...(!redis && { counter: new PrimaryCounter() }),
  });
  process.on('message', (message) => {
    if (message === CONTENT_CHANGED)
      app.content?.poll().catch((error: unknown) => logger.error({ err: error }, 'poll failed'));
  });
  const running = await listen(
    app,
    options.port === undefined ? settings.port : Number(options.port),
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    await redis?.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  // Ctrl-C reaches the whole process group: the primary stops the workers in order.
  process.on('SIGINT', () => undefined);
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

/** Reads a seed folder; throws `SeedValidationError` (printed as the check report) on errors. */
async function readValid(dir: string) {
  const { content, problems } = await readContentDir(resolve(dir));
  if (failsCheck(problems)) throw new SeedValidationError(problems);
  return content;
}

async function seed(
  dir: string,
  options: { dryRun?: boolean; prune?: boolean; verbose?: boolean },
) {
  const settings = loadSettings();
  const started = performance.now();
  const content = await readValid(dir);
  const orm = await openDatabase(settings, { migrateFirst: true });
  try {
    const summary = await loadContent(orm.em, content, {
      ...options,
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

async function check(dir: string, options: { strict?: boolean }) {
  const started = performance.now();
  const { content, problems } = await readContentDir(resolve(dir));
  for (const line of describeProblems(problems, options.strict)) console.log(line);
  const ms = Math.round(performance.now() - started);
  console.log(
    `Checked ${content.nodes.length} nodes and ${content.links.length} links in ${ms} ms.`,
  );
  process.exitCode = failsCheck(problems, options.strict) ? 1 : 0;
}

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

async function withTokens<T>(work: (tokens: TokenService) => Promise<T>): Promise<T> {
  const orm = await openDatabase(loadSettings(), { migrateFirst: true });
  try {
    return await work(new TokenService(orm.em));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await orm.close();
  }
}

async function tokenCreate(options: { name: string; role: string }) {
  const { token, info } = await withTokens((t) =>
    t.create(options.name, options.role as TokenRole),
  );
  console.log(`Created ${info.role} token "${info.name}". It is shown this once; store it now:`);
  console.log(token);
}

async function tokenList() {
  const list = await withTokens((t) => t.list());
  if (!list.length) console.log('No tokens.');
  for (const t of list) {
    const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active';
    console.log(
      `${String(t.id).padStart(3)}  ${t.name.padEnd(24)} ${t.role.padEnd(7)} created ${t.createdAt.toISOString()}  ${state}`,
    );
  }
}

async function tokenRevoke(nameOrId: string) {
  const info = await withTokens((t) => t.revoke(nameOrId));
  console.log(`Revoked token "${info.name}".`);
}

async function newCommand(kind: string, slug: string, options: { dir: string }) {
  if (kind !== 'specialism')
    throw new CliError(`cannot create a "${kind}": only "specialism" is supported`);
  const files = await newSpecialism(resolve(options.dir), slug).catch((error: Error) => {
    throw new CliError(error.message);
  });
  for (const file of files) console.log(`Wrote ${file}`);
  console.log(`Fill in the TODOs, then run: npx rolegraph check ${options.dir}`);
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
  .option(
    '-w, --workers <n>',
    'worker processes sharing the port (default: one per core when NODE_ENV=production, else 1)',
  )
  .action(serve);

program.command('migrate').description('Apply pending database migrations.').action(runMigrate);

program
  .command('check')
  .description(
    'Validate a seed folder and report every problem (file:line:column); writes nothing.',
  )
  .argument('[dir]', 'seed folder', DEFAULT_CONTENT_DIR)
  .option('--strict', 'treat warnings (graph smells) as errors')
  .action(check);

program
  .command('seed')
  .description('Validate a seed folder and load it in one transaction (upsert by slug).')
  .argument('[dir]', 'seed folder', DEFAULT_CONTENT_DIR)
  .option('--dry-run', 'print what would change and write nothing')
  .option('--prune', 'delete nodes that the folder no longer has')
  .option('--verbose', 'print every change, as --dry-run does')
  .action(seed);

program
  .command('export')
  .description('Write the database out as a seed folder, in the format seed reads.')
  .argument('[dir]', 'folder to write', 'content-export')
  .option('--force', 'replace the seed files already in the folder')
  .action(runExport);

const token = program
  .command('token')
  .description('Manage API tokens (only their hashes are stored).');
token
  .command('create')
  .description('Create a token and print it once.')
  .requiredOption('--name <name>', 'a name for the token, e.g. the editor or the app using it')
  .requiredOption(
    '--role <role>',
    'viewer (read drafts), editor (change content) or admin (tokens aside, everything)',
  )
  .action(tokenCreate);
token.command('list').description('List tokens (never their secrets).').action(tokenList);
token
  .command('revoke')
  .description('Revoke a token by name or id.')
  .argument('<name-or-id>')
  .action(tokenRevoke);

program
  .command('build-site')
  .description(
    'Write the whole site as static files: pages, 404.html, sitemap.xml, robots.txt, CSS.',
  )
  .requiredOption('--out <dir>', 'folder to write (emptied first)')
  .option('--no-seed', 'do not load content-seed/ into an empty database first')
  .action(buildSiteCommand);

program
  .command('new')
  .description('Write a skeleton for new content, with comments on every field.')
  .argument('<kind>', 'what to create: specialism')
  .argument('<slug>', 'its slug, e.g. computer-vision')
  .option('--dir <dir>', 'seed folder', DEFAULT_CONTENT_DIR)
  .action(newCommand);

program.parseAsync().catch((error: unknown) => {
  if (error instanceof SeedValidationError) {
    console.error(error.message);
    console.error('rolegraph: the seed files have errors; nothing was written');
  } else if (error instanceof CliError || error instanceof SettingsError) {
    // One line per problem (a settings error lists every wrong setting).
    for (const line of error.message.split('\n')) console.error(`rolegraph: ${line}`);
  } else {
    console.error(`rolegraph: unexpected error: ${(error as Error).message ?? String(error)}`);
    if (process.env.DEBUG) console.error(error);
  }
  process.exit(1);
});
