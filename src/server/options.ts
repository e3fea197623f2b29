import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { DEFAULTS } from '../config/defaults.js';
import type { Settings } from '../config/env.js';
import type { WindowCounter } from '../enquiries/rate-limit.js';
import type { QueryLimits } from '../graphql/limits.js';
import type { SiteSettings } from '../pages/page.service.js';
import type { SharedRedis } from './redis.js';

/** A limit per window. */
export interface Rate {
  limit: number;
  windowMs: number;
}

/** What `createApp` is given: the database, a logger and the site; every other option has a default. */
export interface AppOptions {
  orm: MikroORM;
  logger: Logger;
  /** The public site's origin and name, for pages, canonical URLs and JSON-LD. */
  site: SiteSettings;
  /** Built once by the caller when several apps share it (tests); built here otherwise. */
  schema?: GraphQLSchema;
  /** Largest request body accepted, in bytes. @default 1 MiB */
  maxBodyBytes?: number;
  /** Enquiries a client may send per window, and applications (counted apart). @default 5 per 10 minutes */
  enquiryRate?: Rate;
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
  /** Limits on each GraphQL document (see `QueryLimits`). @default `DEFAULTS` */
  limits?: Partial<QueryLimits>;
  /** Longest a request may take before a read is answered 503 TIMEOUT. @default 5000 ms */
  timeBudgetMs?: number;
  /** Public API requests per client per window; null turns it off. @default 6000 per minute */
  apiRate?: Rate | null;
  /** Mutations per token per window; null turns it off. @default 120 per minute */
  mutationRate?: Rate | null;
  /** Origins allowed to call the API from a browser (`*` for any). @default none */
  corsOrigins?: string[];
  /** Answer introspection queries. @default true (a public content API documents itself) */
  introspection?: boolean;
  /**
   * Run public queries that pass every check compiled by graphql-jit, cached per document, outside
   * Apollo's per-request pipeline (`GRAPHQL_EXECUTION=compiled`); false leaves every request to
   * Apollo and graphql-js. The answers are the same byte for byte. @default true
   */
  compiledExecution?: boolean;
  /**
   * Compile the project's own queries at start, so the first reader of each gets it compiled
   * (`serve` does; tests that build many apps do not). @default false
   */
  warmDocuments?: boolean;
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
  /**
   * How often to look for scheduled publishes that are due, and run them (every instance looks;
   * the database gives each action to one). null: this app runs none.
   * @default null (`serve` sets `SCHEDULE_POLL_MS`, 1000)
   */
  schedulePollMs?: number | null;
  /**
   * The clock scheduled actions are due by, and sessions, sign-in throttling and one-time links
   * read: tests move it instead of waiting. @default the system clock
   */
  now?: () => Date;
}

/**
 * The options after defaults: every field present, so the parts of the server read them as
 * they are (no fallbacks scattered through the code). What stays optional is truly optional.
 */
export type ResolvedOptions = Required<
  Omit<AppOptions, 'schema' | 'counter' | 'workerId' | 'onContentChanged' | 'redis' | 'limits'>
> &
  Pick<AppOptions, 'schema' | 'counter' | 'workerId' | 'onContentChanged' | 'redis'> & {
    limits: QueryLimits;
  };

/** Applies the defaults, once. */
export function resolveOptions(given: AppOptions): ResolvedOptions {
  return {
    ...given,
    maxBodyBytes: given.maxBodyBytes ?? DEFAULTS.maxBodyBytes,
    enquiryRate: given.enquiryRate ?? DEFAULTS.enquiryRate,
    trustProxy: given.trustProxy ?? DEFAULTS.trustProxy,
    publishedStore: given.publishedStore ?? true,
    contentPollMs: given.contentPollMs ?? DEFAULTS.contentPollMs,
    cacheBytes: given.cacheBytes ?? DEFAULTS.responseCacheMb * 1024 * 1024,
    cacheMaxAge: given.cacheMaxAge ?? DEFAULTS.cacheMaxAge,
    limits: {
      maxDepth: DEFAULTS.maxDepth,
      maxAliases: DEFAULTS.maxAliases,
      maxDirectives: DEFAULTS.maxDirectives,
      maxTokens: DEFAULTS.maxTokens,
      maxCost: DEFAULTS.maxCost,
      ...given.limits,
    },
    timeBudgetMs: given.timeBudgetMs ?? DEFAULTS.timeBudgetMs,
    // null turns a limit off; only a missing one takes the default.
    apiRate: given.apiRate === undefined ? DEFAULTS.apiRate : given.apiRate,
    mutationRate: given.mutationRate === undefined ? DEFAULTS.mutationRate : given.mutationRate,
    corsOrigins: given.corsOrigins ?? [],
    introspection: given.introspection ?? DEFAULTS.introspection,
    compiledExecution: given.compiledExecution ?? true,
    warmDocuments: given.warmDocuments ?? false,
    accessLog: given.accessLog ?? true,
    sharedCacheTtlMs: given.sharedCacheTtlMs ?? DEFAULTS.sharedCacheTtlMs,
    schedulePollMs: given.schedulePollMs ?? null,
    now: given.now ?? (() => new Date()),
  };
}

/** The site as pages and JSON-LD name it, from the settings. */
export function siteOf(settings: Settings): SiteSettings {
  return { url: settings.siteUrl, name: settings.siteName, locale: DEFAULTS.siteLocale };
}

/** The one mapping from validated settings (the environment) to the server's options. */
export function optionsFromSettings(
  settings: Settings,
  parts: Pick<AppOptions, 'orm' | 'logger'> &
    Partial<Pick<AppOptions, 'redis' | 'counter' | 'workerId' | 'onContentChanged'>>,
): AppOptions {
  const { limits } = settings;
  return {
    ...parts,
    site: siteOf(settings),
    enquiryRate: settings.enquiryRate,
    trustProxy: settings.trustProxy,
    contentPollMs: settings.cache.pollMs,
    cacheBytes: settings.cache.maxBytes,
    cacheMaxAge: settings.cache.maxAge,
    limits: {
      maxDepth: limits.maxDepth,
      maxAliases: limits.maxAliases,
      maxDirectives: limits.maxDirectives,
      maxTokens: limits.maxTokens,
      maxCost: limits.maxCost,
    },
    timeBudgetMs: limits.timeBudgetMs,
    maxBodyBytes: limits.maxBodyBytes,
    apiRate: settings.apiRate,
    mutationRate: settings.mutationRate,
    corsOrigins: settings.corsOrigins,
    introspection: settings.introspection,
    compiledExecution: settings.compiledExecution,
    warmDocuments: true,
    schedulePollMs: settings.schedulePollMs,
  };
}
