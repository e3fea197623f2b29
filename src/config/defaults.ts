/**
 * Every default, once: the environment's (`env.ts`) and the server's options (`server/options.ts`)
 * both read them here, so a setting left out and an option left out mean the same thing.
 */
export const DEFAULTS = {
  databaseUrl: 'sqlite:data/rolegraph.sqlite',
  dbPoolSize: 10,
  port: 4000,
  siteUrl: 'http://localhost:4000',
  siteName: 'rolegraph',
  /** Open Graph locale of the default language. */
  siteLocale: 'en_GB',
  logLevel: 'info',
  /** Enquiries a client may send per window. */
  enquiryRate: { limit: 5, windowMs: 600_000 },
  /** Public API requests per client per window. */
  apiRate: { limit: 6000, windowMs: 60_000 },
  /** Mutations per token per window. */
  mutationRate: { limit: 120, windowMs: 60_000 },
  /** Proxies of yours in front of the server. */
  trustProxy: 0,
  webhookPollMs: 1000,
  webhookRetryBaseMs: 2000,
  webhookMaxAttempts: 8,
  contentPollMs: 1000,
  /** How often each server looks for scheduled publishes that are due. */
  schedulePollMs: 1000,
  responseCacheMb: 64,
  cacheMaxAge: 60,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 4000,
  maxCost: 25_000,
  timeBudgetMs: 5000,
  maxBodyBytes: 1024 * 1024,
  introspection: true,
  /** How long a response lives in the shared (Redis) cache. */
  sharedCacheTtlMs: 10 * 60_000,
} as const;

/** A rate as the environment writes it: "600/60". */
export const rateText = (rate: { limit: number; windowMs: number }) =>
  `${rate.limit}/${rate.windowMs / 1000}`;
