import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import { Sessions } from '../accounts/session.service.js';
import { PreviewSessions } from '../auth/preview-session.service.js';
import { TokenService } from '../auth/token.service.js';
import type { PublishedContent } from '../content/read/published-content.js';
import { AppError } from '../errors/index.js';
import type { CompiledExecution } from '../graphql/compiled-execution.js';
import type { Context } from '../graphql/context.js';
import { INTERNAL_ERROR_MESSAGE } from '../graphql/errors.js';
import { pageCountBound } from '../pages/paths.js';
import type { Query } from '../render/render-page.js';
import { GRAPHIQL_ASSET_PREFIX, graphiqlAsset } from './graphiql.js';
import type { ContentStore } from '../content/read/store.js';
import { graphSizeOf } from './graph-size.js';
import { send, sendError } from './http.js';
import { inProcess, warmSiteDocuments } from './in-process.js';
import { resolveOptions, type AppOptions } from './options.js';
import type { PageIndexes } from './page-index.js';
import type { SearchIndexes } from '../search/search-indexes.js';
import { ResponseCache } from './response-cache.js';
import { buildAppSchema } from './schema.js';
import { siteRoute, type SiteDeps } from './site.js';
import { useAccessLog } from './use-access-log.js';
import { useAuth } from './use-auth.js';
import { useApollo } from './use-apollo.js';
import { useContentSync } from './use-content-sync.js';
import { PUBLIC_AUTH, useContext, type ContextOptions } from './use-context.js';
import { useCors } from './use-cors.js';
import { useGraphQL } from './use-graphql.js';
import { useHealth } from './use-health.js';
import { usePages } from './use-pages.js';
import { useRateLimits } from './use-rate-limits.js';
import { useResponseCache } from './use-response-cache.js';
import { useScheduler } from './use-scheduler.js';
import { useSecurityHeaders } from './use-security-headers.js';
import { useStudio } from './use-studio.js';
import { useTimeBudget } from './use-time-budget.js';

export type { AppOptions } from './options.js';
export type { ContextOptions } from './use-context.js';

export interface App {
  apollo: ApolloServer<Context>;
  /** The compiled fast path for public queries (null when `compiledExecution` is off). */
  compiled: CompiledExecution | null;
  /** The Node request listener: GraphQL, GraphiQL, health, and the site itself. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Builds a request context, as a request would get (for `executeOperation` in tests). */
  context(options?: ContextOptions): Context;
  /** Runs one of the project's operations in-process as the public, as the page renderer does; throws on errors. */
  query: Query;
  tokens: TokenService;
  /** The in-memory published graph (null when turned off). */
  content: PublishedContent | null;
  /** Public responses (null when turned off). */
  cache: ResponseCache | null;
  /** Every page per locale, kept per published-content version. */
  pageIndexes: PageIndexes;
  /** The public's search index per locale, kept per published-content version. */
  searchIndexes: SearchIndexes;
  stop(): Promise<void>;
}

/** The page count the cost limit assumes when every read goes to the database (tests). */
const PAGES_WITHOUT_STORE = 500;

const REQUEST_ID = /^[\w.-]{1,64}$/;
const isApiPath = (raw: string) =>
  raw === '/graphql' || raw.startsWith('/graphql?') || raw.startsWith('/graphql/');

/**
 * Builds the HTTP application — Apollo for `/graphql`, GraphiQL for browsers, health, the site —
 * by composing the server's parts, each in its own `use*` file with its options documented.
 */
export async function createApp(given: AppOptions): Promise<App> {
  const options = resolveOptions(given);
  const { orm, logger, redis } = options;
  const schema = options.schema ?? (await buildAppSchema());
  const tokens = new TokenService(orm.em);
  const previews = new PreviewSessions(orm.em, options.now);
  const sessions = new Sessions(orm.em, options.now);
  const log = useAccessLog({ logger, enabled: options.accessLog });
  const secure = useSecurityHeaders();
  const cors = useCors({ origins: options.corsOrigins });
  const health = useHealth({ orm, logger, redis });
  const rates = useRateLimits({ ...options, counter: options.counter, redis });
  const withinBudget = useTimeBudget({ ms: options.timeBudgetMs });

  const cache =
    options.publishedStore && options.cacheBytes > 0 ? new ResponseCache(options.cacheBytes) : null;
  const sync = await useContentSync({
    orm,
    logger,
    enabled: options.publishedStore,
    pollMs: options.contentPollMs,
    cache,
    redis,
    onContentChanged: options.onContentChanged,
  });
  const { content } = sync;
  const context = useContext({
    orm,
    logger,
    site: options.site,
    content,
    limits: rates.limits,
    contentChanged: sync.contentChanged,
    sessions,
    now: options.now,
  });
  const scheduler = useScheduler({
    orm,
    logger,
    site: options.site,
    pollMs: options.schedulePollMs,
    now: options.now,
    contentChanged: sync.contentChanged,
  });
  const pageBounds = new WeakMap<ContentStore, number>();
  const { apollo, compiled } = await useApollo({
    schema,
    logger,
    limits: options.limits,
    cacheMaxAge: options.cacheMaxAge,
    introspection: options.introspection,
    redis,
    sizes: {
      // Priced by the graph's size until the page index is built (then by its real size). Every
      // request's cost is looked up by it, so the bound is worked out once per published store.
      pages() {
        const store = content?.current();
        if (!store) return PAGES_WITHOUT_STORE;
        const built = context.pageIndexes.size(store);
        if (built !== undefined) return built;
        let bound = pageBounds.get(store);
        if (bound === undefined)
          pageBounds.set(store, (bound = pageCountBound(graphSizeOf(store))));
        return bound;
      },
    },
  });
  const responses = useResponseCache({
    cache,
    content,
    redis,
    sharedTtlMs: options.sharedCacheTtlMs,
    maxBodyBytes: options.maxBodyBytes,
    log,
  });
  const fast = options.compiledExecution ? compiled : null;
  if (fast && options.warmDocuments) warmSiteDocuments(fast);
  const run = inProcess(apollo, context, fast);
  const cacheOn = cache !== null;
  const graphql = useGraphQL({
    apollo,
    compiled: fast,
    context,
    content,
    responses,
    cacheOn,
    withinBudget,
    maxBodyBytes: options.maxBodyBytes,
    log,
  });
  const page = usePages({
    content,
    responses,
    cacheOn,
    maxAge: options.cacheMaxAge,
    withinBudget,
    run,
  });
  const site: SiteDeps = { site: options.site, ...run, page, previews };
  const identify = useAuth({ tokens, previews, sessions });
  const studio = useStudio();

  const worker = options.workerId === undefined ? [] : ['x-worker', String(options.workerId)];
  /** The request's own headers (its id, the worker, the security headers), as name, value, …. */
  const ownHeaders = (requestId: string) => ['x-request-id', requestId, ...worker, ...secure.flat];
  /** Sets them on `res`: every response but a cache hit, which writes them in its one `writeHead`. */
  function stamp(res: ServerResponse, requestId: string) {
    res.setHeader('x-request-id', requestId);
    if (worker.length) res.setHeader('x-worker', worker[1]);
    secure(res);
  }

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const raw = req.url ?? '/';
    if (isApiPath(raw)) {
      if (req.method === 'OPTIONS') {
        stamp(res, requestId);
        return cors.preflight(req, res);
      }
      cors.allow(req, res);
      if (!(await rates.admitApi(req, res, requestId, () => stamp(res, requestId)))) return;
    }
    await sync.catchingUp();
    const fast = await responses.answerFromCache(req, res, () => ownHeaders(requestId));
    if (fast.answered) return;
    stamp(res, requestId);
    const url = new URL(raw, 'http://localhost');
    const path = url.pathname;
    if (path === '/healthz') return health.liveness(res);
    if (path === '/readyz') return health.readiness(res);
    if (path === '/studio' || path.startsWith('/studio/')) return studio(path, res);
    if (path.startsWith(GRAPHIQL_ASSET_PREFIX)) {
      const asset = graphiqlAsset(path.slice(GRAPHIQL_ASSET_PREFIX.length));
      if (asset)
        return send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=86400' });
    }
    const isApi = path === '/graphql' || path === '/graphql/';
    const auth = await identify(req, res, url, { isApi, requestId });
    if (!auth) return;
    const clientKey = rates.clientKey(req);
    if (isApi) return graphql({ req, res, url, auth, clientKey, requestId, preread: fast.preread });
    return siteRoute(req, res, url, auth, clientKey, site);
  }

  return {
    apollo,
    compiled: fast,
    context,
    query: run.queryFor(PUBLIC_AUTH, 'local'),
    tokens,
    content,
    cache,
    pageIndexes: context.pageIndexes,
    searchIndexes: context.searchIndexes,
    handle(req, res) {
      const given = req.headers['x-request-id'];
      const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      log.watch(req, res, requestId);
      route(req, res, requestId).catch((error: unknown) => {
        if (!res.headersSent) stamp(res, requestId);
        if (error instanceof AppError) {
          if (!res.headersSent) sendError(res, error.status, error.code, error.message);
          else res.end();
          return;
        }
        logger.error({ err: error, requestId, url: req.url }, 'request failed');
        if (!res.headersSent)
          sendError(res, 500, 'INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE, requestId);
        else res.end();
      });
    },
    async stop() {
      await scheduler.stop();
      sync.stop();
      await apollo.stop();
    },
  };
}

export interface RunningServer {
  server: Server;
  /** The origin it listens on, e.g. `http://localhost:4000`. */
  origin: string;
  close(): Promise<void>;
}

/** Listens on `port` (0 for any free port). `close()` stops taking requests and lets running ones end. */
export async function listen(app: App, port: number, host?: string): Promise<RunningServer> {
  const server = createServer(app.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://localhost:${actual}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(timer);
      await app.stop();
    },
  };
}
