import { z } from 'zod';
import { DEFAULTS, rateText } from './defaults.js';

/** Where the database lives, parsed from `DATABASE_URL`. */
export type DatabaseTarget =
  | { kind: 'sqlite'; file: string }
  | {
      kind: 'postgresql';
      url: string;
      /** The schema to use (`?schema=` in the URL); `public` when absent. */
      schema?: string;
      /** Most connections this process opens. */
      poolSize?: number;
    };

export interface Settings {
  database: DatabaseTarget;
  port: number;
  /** Canonical origin of the public site, without a trailing slash. */
  siteUrl: string;
  /** The site's (the recruitment firm's) name: in titles, Open Graph and JSON-LD. */
  siteName: string;
  redisUrl: string | undefined;
  logLevel: string;
  /** `json` for collectors, `pretty` for a terminal. */
  logFormat: 'json' | 'pretty';
  production: boolean;
  /** Enquiries a client may send per window. */
  enquiryRate: { limit: number; windowMs: number };
  /** How many proxies of yours are in front (the client's address is read past them); 0: none. */
  trustProxy: number;
  webhooks: { pollMs: number; retryBaseMs: number; maxAttempts: number };
  /** How often each server looks for due scheduled actions. */
  schedulePollMs: number;
  /** The published store's poll, the response cache's bound and the public max age. */
  cache: { pollMs: number; maxBytes: number; maxAge: number };
  /** What one request may ask for and take. */
  limits: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    maxCost: number;
    timeBudgetMs: number;
    maxBodyBytes: number;
  };
  /** Public API requests per client, and mutations per token; null when off. */
  apiRate: { limit: number; windowMs: number } | null;
  mutationRate: { limit: number; windowMs: number } | null;
  corsOrigins: string[];
  introspection: boolean;
  /** Public queries run compiled (graphql-jit) rather than by graphql-js. */
  compiledExecution: boolean;
  /** Whether content work (Markdown HTML, the page index) is remembered between requests. */
  renderMemo: boolean;
  /** A folder this process writes its SQL statement count to on SIGUSR2 (the bench); unset: off. */
  statementStats: string | undefined;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** A rate setting: `<hits>/<seconds>`, or `off`. */
const rate = (fallback: string) =>
  z
    .string()
    .trim()
    .regex(/^(\d+\/\d+|off)$/, 'must look like "<hits>/<seconds>", e.g. "600/60", or be "off"')
    .default(fallback);

function parseRateSetting(value: string): { limit: number; windowMs: number } | null {
  if (value === 'off') return null;
  const [hits, seconds] = value.split('/').map(Number);
  return { limit: hits!, windowMs: seconds! * 1000 };
}

const schema = z.object({
  DATABASE_URL: z.string().trim().min(1).default(DEFAULTS.databaseUrl),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(DEFAULTS.dbPoolSize),
  PORT: z.coerce.number().int().min(0).max(65535).default(DEFAULTS.port),
  SITE_URL: z.url({ protocol: /^https?$/ }).default(DEFAULTS.siteUrl),
  SITE_NAME: z.string().trim().min(1).max(40).default(DEFAULTS.siteName),
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/\S+$/, 'must look like redis://host:6379 (or rediss:// for TLS)')
    .optional(),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default(DEFAULTS.logLevel),
  NODE_ENV: z.string().optional(),
  ENQUIRY_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/\d+$/, 'must look like "<hits>/<seconds>", e.g. "5/600"')
    .default(rateText(DEFAULTS.enquiryRate)),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(true|false|\d{1,2})$/,
      'must be the number of proxies in front of the server (0, 1, 2, …; "true" means 1, "false" 0)',
    )
    .default(String(DEFAULTS.trustProxy)),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(50).default(DEFAULTS.webhookPollMs),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(DEFAULTS.webhookRetryBaseMs),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(DEFAULTS.webhookMaxAttempts),
  SCHEDULE_POLL_MS: z.coerce.number().int().min(50).default(DEFAULTS.schedulePollMs),
  CONTENT_POLL_MS: z.coerce.number().int().min(50).default(DEFAULTS.contentPollMs),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(4096).default(DEFAULTS.responseCacheMb),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(DEFAULTS.cacheMaxAge),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULTS.maxDepth),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).max(1000).default(DEFAULTS.maxAliases),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).max(1000).default(DEFAULTS.maxDirectives),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULTS.maxTokens),
  MAX_QUERY_COST: z.coerce.number().int().min(100).default(DEFAULTS.maxCost),
  REQUEST_TIME_BUDGET_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(DEFAULTS.timeBudgetMs),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(DEFAULTS.maxBodyBytes),
  API_RATE_LIMIT: rate(rateText(DEFAULTS.apiRate)),
  MUTATION_RATE_LIMIT: rate(rateText(DEFAULTS.mutationRate)),
  CORS_ORIGINS: z
    .string()
    .trim()
    .default('')
    .refine(
      (v) =>
        v === '' ||
        v.split(',').every((o) => o.trim() === '*' || /^https?:\/\/[^/\s]+$/.test(o.trim())),
      'must be "*" or a comma-separated list of origins such as https://www.example.com',
    ),
  INTROSPECTION: z
    .enum(['true', 'false', '1', '0'])
    .default(String(DEFAULTS.introspection) as 'true'),
  GRAPHQL_EXECUTION: z.enum(['compiled', 'graphql-js']).default('compiled'),
  RENDER_MEMO: z.enum(['on', 'off']).default('on'),
  STATEMENT_STATS: z.string().trim().min(1).optional(),
});

/** Parses a `DATABASE_URL`: `sqlite:<path>` (relative or absolute, or `:memory:`) or `postgres://…`. */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!file)
      throw new SettingsError(
        'DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:data/rolegraph.sqlite',
      );
    return { kind: 'sqlite', file };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new SettingsError(
        'DATABASE_URL is not a valid URL (postgres://user@host:5432/database)',
      );
    }
    if (!parsed.hostname || parsed.pathname.length < 2)
      throw new SettingsError(
        'DATABASE_URL needs a host and a database name, e.g. postgres://rolegraph@127.0.0.1:5432/rolegraph',
      );
    const schema = parsed.searchParams.get('schema') ?? undefined;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
      throw new SettingsError(
        `DATABASE_URL ?schema= must be a plain lower-case identifier (got "${schema}")`,
      );
    return { kind: 'postgresql', url, schema };
  }
  throw new SettingsError(
    `DATABASE_URL must start with "sqlite:" or "postgres://" (got "${url.split(':')[0]}:…")`,
  );
}

const withPool = (target: DatabaseTarget, poolSize: number): DatabaseTarget =>
  target.kind === 'postgresql' ? { ...target, poolSize } : target;

/** Reads and validates every setting from the environment, in one place. Throws `SettingsError`. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  // Every wrong setting is reported, one line each, not just the first.
  const problems: string[] = [];
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push(`${issue.path.join('.')}: ${issue.message}`);
  let database: DatabaseTarget | undefined;
  try {
    database = parseDatabaseUrl(env.DATABASE_URL?.trim() || DEFAULTS.databaseUrl);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(error.message);
  }
  if (!parsed.success || !database) throw new SettingsError(problems.join('\n'));
  const e = parsed.data;
  return {
    database: withPool(database, e.DB_POOL_SIZE),
    port: e.PORT,
    siteUrl: e.SITE_URL.replace(/\/+$/, ''),
    siteName: e.SITE_NAME,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    logFormat:
      e.LOG_FORMAT ??
      (process.stdout.isTTY && e.NODE_ENV !== 'production' && env === process.env
        ? 'pretty'
        : 'json'),
    production: e.NODE_ENV === 'production',
    enquiryRate: {
      limit: Number(e.ENQUIRY_RATE_LIMIT.split('/')[0]),
      windowMs: Number(e.ENQUIRY_RATE_LIMIT.split('/')[1]) * 1000,
    },
    trustProxy:
      e.TRUST_PROXY === 'true' ? 1 : e.TRUST_PROXY === 'false' ? 0 : Number(e.TRUST_PROXY),
    webhooks: {
      pollMs: e.WEBHOOK_POLL_MS,
      retryBaseMs: e.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
    },
    schedulePollMs: e.SCHEDULE_POLL_MS,
    cache: {
      pollMs: e.CONTENT_POLL_MS,
      maxBytes: Math.round(e.RESPONSE_CACHE_MB * 1024 * 1024),
      maxAge: e.CACHE_MAX_AGE,
    },
    limits: {
      maxDepth: e.MAX_QUERY_DEPTH,
      maxAliases: e.MAX_QUERY_ALIASES,
      maxDirectives: e.MAX_QUERY_DIRECTIVES,
      maxTokens: e.MAX_QUERY_TOKENS,
      maxCost: e.MAX_QUERY_COST,
      timeBudgetMs: e.REQUEST_TIME_BUDGET_MS,
      maxBodyBytes: e.MAX_BODY_BYTES,
    },
    apiRate: parseRateSetting(e.API_RATE_LIMIT),
    mutationRate: parseRateSetting(e.MUTATION_RATE_LIMIT),
    corsOrigins: e.CORS_ORIGINS ? e.CORS_ORIGINS.split(',').map((o) => o.trim()) : [],
    introspection: e.INTROSPECTION === 'true' || e.INTROSPECTION === '1',
    compiledExecution: e.GRAPHQL_EXECUTION === 'compiled',
    renderMemo: e.RENDER_MEMO === 'on',
    statementStats: e.STATEMENT_STATS,
  };
}
