import { z } from 'zod';

/** Where the database lives, parsed from `DATABASE_URL`. */
export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgresql'; url: string };

export interface Settings {
  database: DatabaseTarget;
  port: number;
  /** Canonical origin of the public site, without a trailing slash. */
  siteUrl: string;
  /** The site's (the recruitment firm's) name: in titles, Open Graph and JSON-LD. */
  siteName: string;
  redisUrl: string | undefined;
  logLevel: string;
  production: boolean;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const schema = z.object({
  DATABASE_URL: z.string().trim().min(1).default('sqlite:data/rolegraph.sqlite'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4000'),
  SITE_NAME: z.string().trim().min(1).max(40).default('rolegraph'),
  REDIS_URL: z.string().trim().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().optional(),
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
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgresql', url };
  throw new SettingsError(
    `DATABASE_URL must start with "sqlite:" or "postgres://" (got "${url.split(':')[0]}:…")`,
  );
}

/** Reads and validates every setting from the environment, in one place. Throws `SettingsError`. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new SettingsError(`Invalid environment: ${detail}`);
  }
  const e = parsed.data;
  return {
    database: parseDatabaseUrl(e.DATABASE_URL),
    port: e.PORT,
    siteUrl: e.SITE_URL.replace(/\/+$/, ''),
    siteName: e.SITE_NAME,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
  };
}
