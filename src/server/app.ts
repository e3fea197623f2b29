import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/core';
import { print, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { PUBLIC_ACTOR } from '../auth/actor.js';
import { TokenService } from '../auth/token.service.js';
import { PreviewSessions } from '../auth/preview-session.service.js';
import { PREVIEW, PUBLIC } from '../content/common/visibility.js';
import { PublishedContent } from '../content/read/published-content.js';
import { createServices } from '../content/services.js';
import {
  MemoryCounter,
  RateLimiter,
  type Limiter,
  type WindowCounter,
} from '../enquiries/rate-limit.js';
import { RedisCounter } from './counters.js';
import { localeScope, type Context } from '../graphql/context.js';
import { readLocaleConfig } from '../content/read/content-state.entity.js';
import type { LocaleConfig } from '../content/locales.js';
import { formatError, INTERNAL_ERROR_MESSAGE } from '../graphql/errors.js';
import { DEFAULT_LIMITS, queryProtection, type QueryLimits } from '../graphql/limits.js';
import { useCachePolicy } from '../graphql/plugins/use-cache-policy.js';
import { useMutationRateLimit } from '../graphql/plugins/use-mutation-rate-limit.js';
import { useErrorLogging } from '../graphql/plugins/use-error-logging.js';
import { PageService, type SiteSettings } from '../pages/page.service.js';
import { AuditService } from '../editorial/audit.service.js';
import { EditorService } from '../editorial/editor.service.js';
import { WebhookService } from '../webhooks/webhook.service.js';
import { pageCountBound } from '../pages/paths.js';
import { chainOf } from '../content/locales.js';
import { graphSizeOf } from './graph-size.js';
import { PageIndexes } from './page-index.js';
import type { Query } from '../render/render-page.js';
import { authenticate, PREVIEW_COOKIE, type RequestAuth } from './auth.js';
import { GRAPHIQL_ASSET_PREFIX, graphiqlAsset, graphiqlPage } from './graphiql.js';
import { clientKeyOf, readBody, send, sendError, sendJson, toHeaderMap } from './http.js';
import {
  etagOf,
  ResponseCache,
  sendCached,
  SharedQueryStore,
  SharedResponses,
  type CachedResponse,
} from './response-cache.js';
import { CONTENT_CHANNEL, type SharedRedis } from './redis.js';
import { buildAppSchema } from './schema.js';
import { bindDeadline } from '../db/transaction.js';
import { siteRoute, type Rendered, type SiteDeps } from './site.js';
import { sha256Hex, withinCsrfRules } from './graphql-request.js';
import { AppError, BadRequestError, TimeoutError } from '../errors/index.js';

export interface AppOptions {
  orm: MikroORM;
  logger: Logger;
  /** The public site's origin and name, for pages, canonical URLs and JSON-LD. */
  site: SiteSettings;
  /** Built once by the caller when several apps share it (tests); built here otherwise. */
  schema?: GraphQLSchema;
  /** Largest request body accepted, in bytes. @default 1 MiB */
  maxBodyBytes?: number;
  /** Enquiries a client may send per window. @default 5 per 10 minutes */
  enquiryRate?: { limit: number; windowMs: number };
  /**
   * How many proxies of yours stand in front (`TRUST_PROXY`): the client's address is the one the
   * farthest of them saw, read from `X-Forwarded-For` counting from the right. @default 0 (none)
   */
  trustProxy?: number;
  /**
   * Where rate limits are counted. @default Redis when `redis` is given, else this process's
   * memory (`serve --workers` gives each worker the primary's, so the workers count together)
   */
  counter?: WindowCounter;
  /**
   * Serve the public from an in-memory copy of the published graph, kept current by polling the
   * content version. Off, every read goes to the database (tests that count statements).
   * @default true
   */
  publishedStore?: boolean;
  /** How often to look for content changes made by other processes. @default 1000 */
  contentPollMs?: number;
  /** Bytes of public responses to keep (needs the published store); 0 turns caching off. @default 64 MiB */
  cacheBytes?: number;
  /** Seconds browsers and CDNs may keep public content (`Cache-Control: max-age`). @default 60 */
  cacheMaxAge?: number;
  /** Limits on each GraphQL document (see `QueryLimits`). */
  limits?: Partial<QueryLimits>;
  /** Longest a request may take before it is answered 503 TIMEOUT. @default 5000 ms */
  timeBudgetMs?: number;
  /** Public API requests per client per window; null turns it off. @default 6000 per minute */
  apiRate?: { limit: number; windowMs: number } | null;
  /** Mutations per token per window; null turns it off. @default 120 per minute */
  mutationRate?: { limit: number; windowMs: number } | null;
  /** Origins allowed to call the API from a browser (`*` for any); none by default. */
  corsOrigins?: string[];
  /** Answer introspection queries. @default true (a public content API documents itself) */
  introspection?: boolean;
  /** Under `serve --workers`, this worker's number, sent as `X-Worker` (to see the spread). */
  workerId?: number;
  /** Told after this process changed the published content (to tell the other workers). */
  onContentChanged?: () => void;
  /**
   * The Redis several instances share (`REDIS_URL`): a second level for the response cache,
   * persisted queries, rate limits, and content-change messages so every instance drops stale
   * answers at once. Without it, all of these stay in this process. The caller closes it.
   */
  redis?: SharedRedis;
  /** Log every request (id, method, path, status, duration, operation) at info. @default true */
  accessLog?: boolean;
  /** How long a response lives in the shared cache. @default 10 minutes */
  sharedCacheTtlMs?: number;
}

export interface ContextOptions {
  auth?: RequestAuth;
  /** One of the site's own documents, run in-process (see `Context.internal`). */
  internal?: boolean;
  clientKey?: string;
  requestId?: string;
  /** Collects what the public reads, for the response cache. */
  reads?: Set<string>;
}

export interface App {
  apollo: ApolloServer<Context>;
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
  stop(): Promise<void>;
}

/** The page count the cost limit assumes when every read goes to the database (tests). */
const PAGES_WITHOUT_STORE = 500;

/** No variable needs deeper JSON; far deeper values overflow the stack of whatever walks them. */
const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max`, without recursion. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Apollo prints a document object on every call; the site's documents are printed once. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;
/**
 * On every response. The pages load only their own stylesheet and icon and run no script (their
 * JSON-LD is data, not script); `connect-src 'self'` lets audit tools read robots.txt from the
 * page (Lighthouse's SEO audit fails without it). GraphiQL gets its own, looser policy.
 */
const SECURITY_HEADERS: [string, string][] = [
  [
    'content-security-policy',
    "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  ],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'strict-origin-when-cross-origin'],
  ['x-frame-options', 'DENY'],
];

const PRIVATE_PAGE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

/**
 * The response cache's key for a GraphQL request: the query (or its persisted hash), the
 * operation name and the variables, the same for GET and POST. Null when it should not be cached
 * (a batch, or a query whose given hash is not its own).
 */
const rawPostKey = (text: string, accept: string | undefined) => `post:${accept ?? ''}\n${text}`;

function graphqlCacheKey(
  method: string,
  url: URL,
  body: unknown,
  accept: string | undefined,
): string | null {
  let query: unknown, operationName: unknown, variables: unknown, extensions: unknown;
  if (method === 'GET') {
    const params = url.searchParams;
    query = params.get('query') ?? undefined;
    operationName = params.get('operationName') ?? undefined;
    try {
      variables = JSON.parse(params.get('variables') ?? 'null');
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      return null;
    }
  } else if (method === 'POST' && body && typeof body === 'object' && !Array.isArray(body)) {
    ({ query, operationName, variables, extensions } = body as Record<string, unknown>);
  } else return null;
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery
    ?.sha256Hash;
  if (hash !== undefined && typeof hash !== 'string') return null;
  if (typeof query === 'string') {
    if (hash !== undefined && sha256Hex(query) !== hash) return null;
  } else if (query !== undefined || hash === undefined) return null;
  // The Accept header chooses the response's content type: part of the key.
  return `gql:${JSON.stringify([hash ?? sha256Hex(query as string), operationName ?? null, variables ?? null, accept ?? ''])}`;
}
const PUBLIC_AUTH: RequestAuth = { actor: PUBLIC_ACTOR, preview: false };

/** Builds the HTTP application: Apollo for `/graphql`, GraphiQL for browsers, `/healthz`, the site. */
export async function createApp(options: AppOptions): Promise<App> {
  const { orm, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const schema = options.schema ?? (await buildAppSchema());
  const tokens = new TokenService(orm.em);
  const previews = new PreviewSessions(orm.em);
  const rate = options.enquiryRate ?? { limit: 5, windowMs: 10 * 60_000 };
  const apiRate =
    options.apiRate === undefined ? { limit: 6000, windowMs: 60_000 } : options.apiRate;
  const mutationRate =
    options.mutationRate === undefined ? { limit: 120, windowMs: 60_000 } : options.mutationRate;
  const redis = options.redis;
  const counter = options.counter ?? (redis ? new RedisCounter(redis) : new MemoryCounter());
  const limiter = (name: string, r: { limit: number; windowMs: number }): Limiter =>
    new RateLimiter(name, r.limit, r.windowMs, counter);
  const limits = {
    enquiry: limiter('enquiry', rate),
    mutation: mutationRate && limiter('mutation', mutationRate),
  };
  const apiLimiter = apiRate && limiter('api', apiRate);
  const timeBudgetMs = options.timeBudgetMs ?? 5000;
  const pageIndexes = new PageIndexes((store, locale, reads) => {
    const em = orm.em.fork();
    const chain = locale ? chainOf(store.locales, locale) : undefined;
    const services = createServices(em, PUBLIC, {
      store,
      recorder: reads,
      locale: locale ? { code: locale, chain: chain! } : undefined,
    });
    return new PageService(services, options.site, {
      locale: locale ? { code: locale, chain: chain! } : undefined,
      locales: () => Promise.resolve(store.locales),
    }).buildAll();
  });
  // Set below, once Apollo has started; priced by the graph's size until its index is built.
  let content: PublishedContent | null = null;
  const protection = queryProtection(
    { ...DEFAULT_LIMITS, ...options.limits },
    {
      pages() {
        const store = content?.current();
        if (!store) return PAGES_WITHOUT_STORE;
        return pageIndexes.size(store) ?? pageCountBound(graphSizeOf(store));
      },
    },
  );
  const cors = new Set(options.corsOrigins ?? []);
  const accessLog = (options.accessLog ?? true) && logger.isLevelEnabled('info');

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? true,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    ...(redis && { persistedQueries: { cache: new SharedQueryStore(redis) } }),
    plugins: [
      ...protection.plugins,
      useMutationRateLimit(),
      // Public content may be kept for the max age; fields marked PRIVATE (token only) make the
      // whole response uncacheable. Our plugin reads the same hints once per document.
      ApolloServerPluginCacheControlDisabled(),
      useCachePolicy(options.cacheMaxAge ?? 60),
      useErrorLogging(),
    ],
    logger,
    // The CLI stops the server in order on SIGINT/SIGTERM; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const cacheBytes = options.cacheBytes ?? 64 * 1024 * 1024;
  const cache =
    options.publishedStore !== false && cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
  content =
    options.publishedStore === false
      ? null
      : new PublishedContent(orm.em, logger, {
          pollMs: options.contentPollMs,
          onChange: (changed) => {
            // Other locales, other chains: every answer may read differently.
            if (changed.has('locales')) cache?.clear();
            const dropped = cache?.invalidate(changed) ?? 0;
            logger.debug({ changed: changed.size, dropped }, 'published content changed');
          },
        });
  await content?.start();
  const shared =
    redis && cache && content
      ? new SharedResponses(redis, options.sharedCacheTtlMs ?? 10 * 60_000)
      : null;
  /** A rebuild another instance asked for (by message): requests wait for it, not serve stale. */
  let catchingUp: Promise<void> | null = null;
  if (redis && content) {
    await redis.subscribe(CONTENT_CHANNEL, (message) => {
      if (Number(message) <= content.contentVersion) return;
      const next = content.poll().catch((error: unknown) => {
        logger.error({ err: error }, 'rebuilding the published content failed');
      });
      catchingUp = next.finally(() => {
        if (catchingUp === next) catchingUp = null;
      });
    });
  }

  const contentChanged = async () => {
    if (!content) return;
    try {
      await content.refresh();
    } catch (error) {
      // The change is committed; the next poll rebuilds the store.
      logger.error({ err: error }, 'rebuilding the published content failed');
    }
    options.onContentChanged?.();
    // Every other instance rebuilds now rather than at its next poll.
    await redis?.publish(CONTENT_CHANNEL, String(content.contentVersion));
  };

  /** A public response from this process's cache, else from the shared one (kept here too). */
  async function cached(key: string): Promise<CachedResponse | undefined> {
    const hit = cache?.get(key);
    if (hit || !shared || !content) return hit;
    const version = content.contentVersion;
    const found = await shared.get(version, key);
    if (found && content.contentVersion === version) cache!.set(key, found);
    return found;
  }

  const context = ({
    auth = PUBLIC_AUTH,
    clientKey = 'local',
    requestId = randomUUID(),
    reads,
    internal,
  }: ContextOptions = {}): Context => {
    const em = orm.em.fork();
    const visibility = auth.preview ? PREVIEW : PUBLIC;
    const store = content?.current();
    const services = createServices(em, visibility, { store, recorder: reads });
    let config: Promise<LocaleConfig> | undefined;
    const loadLocales = () =>
      (config ??= store ? Promise.resolve(store.locales) : readLocaleConfig(em));
    // The public's page index is kept per content version; preview builds its own.
    const indexOf = (locale?: string) =>
      store && !auth.preview ? () => pageIndexes.pages(store, locale, reads) : undefined;
    const pages = new PageService(services, options.site, {
      locales: loadLocales,
      index: indexOf(),
    });
    const locales = localeScope(loadLocales, (locale) => {
      const localized = createServices(em, visibility, { store, recorder: reads, locale });
      return {
        services: localized,
        pages: new PageService(localized, options.site, {
          locale,
          locales: loadLocales,
          index: indexOf(locale.code),
        }),
      };
    });
    // Editorial services (house-editorial): built per request on its EntityManager and actor.
    const audit = new AuditService(em, auth.actor);
    const editor = new EditorService({
      em,
      actor: auth.actor,
      site: options.site,
      audit,
      committed: contentChanged,
    });
    const webhooks = new WebhookService(em, auth.actor, audit);
    return {
      ...locales,
      em,
      services,
      pages,
      editor,
      audit,
      webhooks,
      actor: auth.actor,
      clientKey,
      site: options.site,
      limits,
      requestId,
      logger: logger.child({ requestId }),
      contentChanged,
      reads,
      internal,
      outcome: { cacheable: false },
    };
  };

  const executeFor =
    (
      auth: RequestAuth,
      clientKey: string,
      reads?: Set<string>,
    ): ReturnType<SiteDeps['executeFor']> =>
    async (document, variables) => {
      const response = await apollo.executeOperation(
        { query: printed(document), variables },
        { contextValue: context({ auth, clientKey, reads, internal: true }) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    };

  const queryFor =
    (auth: RequestAuth, clientKey: string, reads?: Set<string>): Query =>
    async (document, variables) => {
      const { data, errors } = await executeFor(auth, clientKey, reads)(document, variables);
      if (errors?.length)
        throw new Error(`page query failed: ${errors.map((e) => e.message).join('; ')}`);
      return data as never;
    };

  /**
   * Waits for `work` at most the time budget. Past it, `controller` (if any) fires, and a read is
   * answered 503 TIMEOUT at once (its answer is dropped; a read changes nothing). A mutation is
   * not answered then: its transaction sees the signal and rolls back instead of committing, and
   * the client is told so by the mutation's own TIMEOUT error (or, if it had already committed,
   * gets its result). So a timeout answer always means nothing changed, and a retry is safe.
   */
  function withinBudget<T>(
    work: Promise<T>,
    controller?: AbortController,
    outcome?: Context['outcome'],
  ): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller?.abort(
          new TimeoutError(
            `The change took longer than its ${timeBudgetMs} ms budget and was rolled back: nothing was changed, and it is safe to send it again`,
          ),
        );
        if (outcome?.mutation) return;
        reject(
          new TimeoutError(
            `The request took longer than its ${timeBudgetMs} ms budget: its answer was dropped, and nothing was changed`,
          ),
        );
      }, timeBudgetMs);
    });
    work.catch(() => undefined);
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  /**
   * Stores a public response when the store it was read from is still current (a change that
   * landed meanwhile has already invalidated the cache, and must not be undone), then sends it.
   */
  function keep(
    req: IncomingMessage,
    res: ServerResponse,
    keys: string[],
    response: Omit<CachedResponse, 'etag'>,
    readFrom: unknown,
  ) {
    const entry = { ...response, etag: etagOf(response.body) };
    if (cache && content && content.current() === readFrom)
      for (const key of keys) {
        cache.set(key, entry);
        shared?.set(content.contentVersion, key, entry);
      }
    sendCached(req, res, entry);
  }

  /**
   * Pages and the sitemap. The public view (no preview: a token holder browsing without preview
   * sees exactly what the public sees) comes from and fills the shared cache, and is sent
   * `public` with an ETag whether or not the cache is on. Preview is rendered each time, private.
   */
  async function page(
    req: IncomingMessage,
    res: ServerResponse,
    auth: RequestAuth,
    clientKey: string,
    render: (query: Query) => Promise<Rendered>,
  ) {
    const key = `page:${new URL(req.url ?? '/', 'http://localhost').pathname}`;
    const publicView = !auth.preview;
    if (publicView && cache) {
      const found = await cached(key);
      if (found) return hit(res, found, req);
    }
    const reads = new Set<string>();
    const readFrom = content?.current();
    const out = await withinBudget(render(queryFor(auth, clientKey, reads)));
    if (!publicView || (out.status !== 200 && out.status !== 404)) {
      return send(res, out.status, out.type, out.body, {
        ...(auth.preview ? PRIVATE_PAGE : { 'cache-control': 'no-cache' }),
        ...out.headers,
      });
    }
    keep(
      req,
      res,
      cache ? [key] : [],
      {
        status: out.status,
        headers: {
          'content-type': out.type,
          'cache-control': `public, max-age=${options.cacheMaxAge ?? 60}`,
          ...out.headers,
        },
        body: Buffer.from(out.body),
        tags: reads,
      },
      readFrom,
    );
  }

  const site: SiteDeps = { site: options.site, queryFor, executeFor, page, previews };

  async function graphql(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    auth: RequestAuth,
    clientKey: string,
    requestId: string,
    preread?: string,
  ) {
    const method = (req.method ?? 'GET').toUpperCase();
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (
      method === 'GET' &&
      wantsHtml &&
      !url.searchParams.has('query') &&
      !url.searchParams.has('extensions')
    ) {
      return send(res, 200, 'text/html; charset=utf-8', graphiqlPage(), {
        // GraphiQL's own scripts and styles (it styles elements as it goes).
        'content-security-policy':
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'",
      });
    }
    let body: unknown;
    let text: string | undefined;
    if (method === 'POST') {
      text = preread ?? (await readBody(req, maxBodyBytes));
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json')) {
        try {
          body = text === '' ? undefined : (JSON.parse(text) as unknown);
        } catch {
          throw new BadRequestError('Request body is not valid JSON');
        }
        if (nestedDeeperThan(body, MAX_JSON_DEPTH))
          throw new BadRequestError(`Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
      } else body = text;
    }
    const request: HTTPGraphQLRequest = {
      method,
      headers: toHeaderMap(req),
      search: url.search,
      body,
    };
    // The public's answers are shared (from the cache when it is on, always with an ETag); a
    // token holder's are theirs alone, since a token may read fields the public cannot.
    const publicAnswer = auth.actor.kind !== 'token' && !auth.preview && withinCsrfRules(req);
    const key =
      cache && publicAnswer ? graphqlCacheKey(method, url, body, req.headers.accept) : null;
    if (key) {
      const found = await cached(key);
      if (found) return hit(res, found, req);
    }
    const ctx = context({ auth, clientKey, requestId, reads: key ? new Set() : undefined });
    ctx.outcome = noted(res, ctx.outcome);
    const budget = new AbortController();
    ctx.signal = budget.signal;
    bindDeadline(ctx.em, budget.signal);
    const readFrom = content?.current();
    const response = await withinBudget(
      apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context: async () => ctx }),
      budget,
      ctx.outcome,
    );
    if (
      publicAnswer &&
      ctx.outcome.cacheable &&
      (response.status ?? 200) === 200 &&
      response.body.kind === 'complete'
    ) {
      const headers: Record<string, string> = {};
      for (const [name, value] of response.headers) headers[name] = value;
      return keep(
        req,
        res,
        // A POST is also kept under its exact body, so the next one is answered unparsed.
        !key ? [] : text === undefined ? [key] : [key, rawPostKey(text, req.headers.accept)],
        {
          status: 200,
          headers,
          body: Buffer.from(response.body.string),
          tags: ctx.reads ?? new Set(),
        },
        readFrom,
      );
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    // What a token holder sees is theirs alone: never for shared caches.
    if (auth.actor.kind === 'token') res.setHeader('cache-control', 'private, no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  /** What the access log says of a response beyond its status: the operation, a cache hit. */
  const notes = new WeakMap<ServerResponse, { operation?: string; cache?: 'hit' }>();
  const noted = (res: ServerResponse, outcome: Context['outcome']) => {
    notes.set(res, outcome);
    return outcome;
  };
  const hit = (res: ServerResponse, entry: CachedResponse, req: IncomingMessage) => {
    notes.set(res, { cache: 'hit' });
    sendCached(req, res, entry);
  };

  /** Once every migration was seen applied, it stays so for this process's life. */
  let migrated = false;
  /**
   * `/readyz`: whether this instance should get traffic — the database answers, every migration
   * this version knows is applied, and the shared Redis (when configured) answers. Each check is
   * named in the answer; the reason for a failure goes to the log, not to the client.
   */
  async function readiness(res: ServerResponse) {
    const checks: Record<string, 'ok' | 'failing'> = {};
    const attempt = async (name: string, check: () => Promise<boolean>) => {
      try {
        checks[name] = (await check()) ? 'ok' : 'failing';
      } catch (error) {
        logger.warn({ err: error, check: name }, 'readiness check failed');
        checks[name] = 'failing';
      }
    };
    await attempt('database', async () => {
      await orm.em.fork().getConnection().execute('select 1');
      return true;
    });
    await attempt('migrations', async () => {
      migrated ||= (await orm.getMigrator().getPendingMigrations()).length === 0;
      return migrated;
    });
    if (redis) await attempt('redis', async () => (await redis.client.ping()) === 'PONG');
    const ready = Object.values(checks).every((c) => c === 'ok');
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks });
  }

  /**
   * The public's cache hits, answered before any parsing: a page by its exact path, a GraphQL
   * POST by its exact body. Anything else (a token, preview, a query string, a miss) goes the
   * whole way; a POST's body, once read, is passed on.
   */
  async function fromCache(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ answered: boolean; preread?: string }> {
    const raw = req.url ?? '/';
    const h = req.headers;
    if (
      !cache ||
      raw.includes('?') ||
      h.authorization !== undefined ||
      h['x-preview'] !== undefined ||
      h.cookie?.includes(PREVIEW_COOKIE)
    )
      return { answered: false };
    const method = req.method;
    if ((method === 'GET' || method === 'HEAD') && !raw.startsWith('/graphql')) {
      const found = await cached(`page:${raw}`);
      if (found) hit(res, found, req);
      return { answered: Boolean(found) };
    }
    if (method === 'POST' && raw === '/graphql' && withinCsrfRules(req)) {
      const text = await readBody(req, maxBodyBytes);
      const found = await cached(rawPostKey(text, h.accept));
      if (found) hit(res, found, req);
      return { answered: Boolean(found), preread: text };
    }
    return { answered: false };
  }

  /** CORS for the frontends' origins (`corsOrigins`); answers preflights. */
  function allowOrigin(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!origin || !(cors.has('*') || cors.has(origin))) return false;
    res.setHeader('access-control-allow-origin', cors.has('*') ? '*' : origin);
    res.setHeader('vary', 'Origin');
    return true;
  }

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const raw = req.url ?? '/';
    if (raw === '/graphql' || raw.startsWith('/graphql?') || raw.startsWith('/graphql/')) {
      const allowed = allowOrigin(req, res);
      if (req.method === 'OPTIONS') {
        if (allowed) {
          res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
          res.setHeader(
            'access-control-allow-headers',
            'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-preview, x-request-id',
          );
          res.setHeader('access-control-max-age', '600');
        }
        res.writeHead(204);
        res.end();
        return;
      }
      // The public's requests per client; token holders are counted per token on mutations.
      if (apiLimiter && req.headers.authorization === undefined) {
        const decided = apiLimiter.hit(clientKeyOf(req, options.trustProxy ?? 0));
        const { allowed: ok, retryAfterSeconds } =
          decided instanceof Promise ? await decided : decided;
        if (!ok) {
          res.setHeader('retry-after', String(retryAfterSeconds));
          return sendError(
            res,
            429,
            'RATE_LIMITED',
            `Too many requests: at most ${apiLimiter.limit} per ${apiLimiter.windowMs / 1000} s from one client; try again in ${retryAfterSeconds} s`,
            requestId,
          );
        }
      }
    }
    if (catchingUp) await catchingUp;
    const fast = await fromCache(req, res);
    if (fast.answered) return;
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    // The process is up and answering; whether it can serve is /readyz.
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') return readiness(res);
    if (path.startsWith(GRAPHIQL_ASSET_PREFIX)) {
      const asset = graphiqlAsset(path.slice(GRAPHIQL_ASSET_PREFIX.length));
      if (asset)
        return send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=86400' });
    }
    const clientKey = clientKeyOf(req, options.trustProxy ?? 0);
    const isApi = path === '/graphql' || path === '/graphql/';
    let auth: RequestAuth;
    try {
      auth = await authenticate(req, url, { tokens, previews }, { page: !isApi });
      if (path === '/preview') {
        const token = url.searchParams.get('token');
        if (token) auth = { actor: await tokens.authenticate(token), preview: true };
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (isApi) return sendError(res, 401, error.code, error.message, requestId);
      const headers: Record<string, string> = { 'www-authenticate': 'Bearer' };
      // A stale preview cookie must not lock a browser out of the public site.
      if (!req.headers.authorization)
        headers['set-cookie'] = `${PREVIEW_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;
      return send(res, 401, 'text/plain; charset=utf-8', `${error.message}\n`, headers);
    }
    if (isApi) return graphql(req, res, url, auth, clientKey, requestId, fast.preread);
    return siteRoute(req, res, url, auth, clientKey, site);
  }

  return {
    apollo,
    context,
    query: queryFor(PUBLIC_AUTH, 'local'),
    tokens,
    content,
    cache,
    pageIndexes,
    handle(req, res) {
      const given = req.headers['x-request-id'];
      const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', requestId);
      if (accessLog) {
        const started = performance.now();
        res.once('finish', () => {
          const note = notes.get(res);
          logger.info(
            {
              requestId,
              method: req.method,
              // The path only: a query string may carry a preview token.
              path: (req.url ?? '/').split('?')[0],
              status: res.statusCode,
              ms: Math.round((performance.now() - started) * 10) / 10,
              ...(note?.operation && { operation: note.operation }),
              ...(note?.cache && { cache: note.cache }),
            },
            'request',
          );
        });
      }
      if (options.workerId !== undefined) res.setHeader('x-worker', String(options.workerId));
      for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
      route(req, res, requestId).catch((error: unknown) => {
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
      content?.stop();
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
