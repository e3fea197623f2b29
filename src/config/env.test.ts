import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError, type Settings } from './env.js';

// Each test passes an environment of its own, so the machine's variables never leak in.

/** The lines of the settings error `env` raises (one per wrong setting). */
function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).message.split('\n');
  }
  throw new Error('expected a SettingsError');
}

const RATE_FORMAT = 'must look like "<hits>/<seconds>", e.g. "600/60", or be "off"';

describe('loadSettings', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(loadSettings({})).toEqual({
      database: { kind: 'sqlite', file: 'data/rolegraph.sqlite' },
      port: 4000,
      siteUrl: 'http://localhost:4000',
      siteName: 'rolegraph',
      redisUrl: undefined,
      logLevel: 'info',
      // Not the process's own environment, so never "pretty" by itself.
      logFormat: 'json',
      production: false,
      enquiryRate: { limit: 5, windowMs: 600_000 },
      trustProxy: 0,
      webhooks: { pollMs: 1000, retryBaseMs: 2000, maxAttempts: 8 },
      schedulePollMs: 1000,
      cache: { pollMs: 1000, maxBytes: 64 * 1024 * 1024, maxAge: 60 },
      limits: {
        maxDepth: 12,
        maxAliases: 30,
        maxDirectives: 20,
        maxTokens: 4000,
        maxCost: 25_000,
        timeBudgetMs: 5000,
        maxBodyBytes: 1024 * 1024,
      },
      apiRate: { limit: 6000, windowMs: 60_000 },
      mutationRate: { limit: 120, windowMs: 60_000 },
      corsOrigins: [],
      introspection: true,
      compiledExecution: true,
      renderMemo: true,
      statementStats: undefined,
    } satisfies Settings);
  });

  it('reads the settings it is given', () => {
    const settings = loadSettings({
      PORT: '0',
      SITE_URL: 'https://hire.example.org/',
      SITE_NAME: 'Hire',
      REDIS_URL: 'rediss://cache.example.org:6380',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'pretty',
      NODE_ENV: 'production',
      ENQUIRY_RATE_LIMIT: '3/60',
      RESPONSE_CACHE_MB: '0.5',
      MAX_QUERY_DEPTH: '8',
      CORS_ORIGINS: 'https://a.example.org, *',
      INTROSPECTION: '0',
      GRAPHQL_EXECUTION: 'graphql-js',
      RENDER_MEMO: 'off',
      STATEMENT_STATS: '/tmp/stats',
    });
    expect(settings).toMatchObject({
      port: 0,
      // Without its trailing slash, so paths can be appended.
      siteUrl: 'https://hire.example.org',
      siteName: 'Hire',
      redisUrl: 'rediss://cache.example.org:6380',
      logLevel: 'warn',
      logFormat: 'pretty',
      production: true,
      enquiryRate: { limit: 3, windowMs: 60_000 },
      cache: { maxBytes: 512 * 1024 },
      limits: { maxDepth: 8 },
      corsOrigins: ['https://a.example.org', '*'],
      introspection: false,
      compiledExecution: false,
      renderMemo: false,
      statementStats: '/tmp/stats',
    });
  });

  it('reports every wrong setting on a line of its own, the database last', () => {
    const lines = problemsOf({
      DATABASE_URL: 'mysql://db.example.org/site',
      PORT: 'eighty',
      SITE_URL: 'ftp://files.example.org',
      REDIS_URL: 'cache:6379',
      LOG_LEVEL: 'loud',
      ENQUIRY_RATE_LIMIT: 'off',
      TRUST_PROXY: 'maybe',
      API_RATE_LIMIT: 'fast',
      CORS_ORIGINS: 'example.org',
      INTROSPECTION: 'yes',
      MAX_QUERY_DEPTH: '1',
    });
    expect(lines).toHaveLength(11);
    // Zod's own wording for plain types and ranges; ours where the form needs explaining.
    for (const name of ['PORT', 'SITE_URL', 'LOG_LEVEL', 'INTROSPECTION', 'MAX_QUERY_DEPTH'])
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${name}: \\S`)));
    expect(lines).toEqual(
      expect.arrayContaining([
        'REDIS_URL: must look like redis://host:6379 (or rediss:// for TLS)',
        'ENQUIRY_RATE_LIMIT: must look like "<hits>/<seconds>", e.g. "5/600"',
        'TRUST_PROXY: must be the number of proxies in front of the server (0, 1, 2, …; "true" means 1, "false" 0)',
        `API_RATE_LIMIT: ${RATE_FORMAT}`,
        'CORS_ORIGINS: must be "*" or a comma-separated list of origins such as https://www.example.com',
      ]),
    );
    expect(lines.at(-1)).toBe(
      'DATABASE_URL must start with "sqlite:" or "postgres://" (got "mysql:…")',
    );
  });

  it('reports a number out of range with the setting it came from', () => {
    expect(problemsOf({ PORT: '70000' })).toEqual(['PORT: Too big: expected number to be <=65535']);
    expect(problemsOf({ DB_POOL_SIZE: '0' })).toEqual([
      'DB_POOL_SIZE: Too small: expected number to be >=1',
    ]);
  });

  describe('DATABASE_URL', () => {
    it.each([
      ['sqlite:data/site.sqlite', 'data/site.sqlite'],
      ['sqlite:./site.sqlite', './site.sqlite'],
      ['sqlite:/var/lib/rolegraph/site.sqlite', '/var/lib/rolegraph/site.sqlite'],
      ['sqlite:///var/lib/rolegraph/site.sqlite', '/var/lib/rolegraph/site.sqlite'],
      ['sqlite::memory:', ':memory:'],
      ['  sqlite:data/site.sqlite  ', 'data/site.sqlite'],
    ])('%s is the SQLite file %s', (url, file) => {
      expect(loadSettings({ DATABASE_URL: url, DB_POOL_SIZE: '4' }).database).toEqual({
        kind: 'sqlite',
        file,
      });
    });

    it('postgres:// and postgresql:// name a PostgreSQL database, with its schema and pool size', () => {
      expect(loadSettings({ DATABASE_URL: 'postgres://rg@127.0.0.1:5432/site' }).database).toEqual({
        kind: 'postgresql',
        url: 'postgres://rg@127.0.0.1:5432/site',
        poolSize: 10,
      });
      const url = 'postgresql://rg:secret@db.internal/site?schema=tenant_a';
      expect(loadSettings({ DATABASE_URL: url, DB_POOL_SIZE: '4' }).database).toEqual({
        kind: 'postgresql',
        url,
        schema: 'tenant_a',
        poolSize: 4,
      });
    });

    it.each([
      ['sqlite:', 'DATABASE_URL "sqlite:" needs a file path, e.g. sqlite:data/rolegraph.sqlite'],
      [
        'postgres://db.internal',
        'DATABASE_URL needs a host and a database name, e.g. postgres://rolegraph@127.0.0.1:5432/rolegraph',
      ],
      [
        'postgres://rg@[db/site',
        'DATABASE_URL is not a valid URL (postgres://user@host:5432/database)',
      ],
      [
        'postgres://rg@db/site?schema=Tenant-A',
        'DATABASE_URL ?schema= must be a plain lower-case identifier (got "Tenant-A")',
      ],
      [
        'SQLITE:site.sqlite',
        'DATABASE_URL must start with "sqlite:" or "postgres://" (got "SQLITE:…")',
      ],
    ])('refuses %s', (url, message) => {
      expect(problemsOf({ DATABASE_URL: url })).toEqual([message]);
    });
  });

  describe('TRUST_PROXY, the number of proxies in front', () => {
    it.each([
      ['0', 0],
      ['1', 1],
      ['2', 2],
      [' 3 ', 3],
      ['true', 1],
      ['false', 0],
    ])('"%s" is %d', (value, proxies) => {
      expect(loadSettings({ TRUST_PROXY: value }).trustProxy).toBe(proxies);
    });

    it.each(['-1', '1.5', '100', 'yes', 'loopback'])('refuses "%s"', (value) => {
      expect(problemsOf({ TRUST_PROXY: value })).toEqual([
        'TRUST_PROXY: must be the number of proxies in front of the server (0, 1, 2, …; "true" means 1, "false" 0)',
      ]);
    });
  });

  describe('rate settings', () => {
    it('"<hits>/<seconds>" is a limit per window, "off" turns it off', () => {
      const settings = loadSettings({ API_RATE_LIMIT: '600/60', MUTATION_RATE_LIMIT: 'off' });
      expect(settings.apiRate).toEqual({ limit: 600, windowMs: 60_000 });
      expect(settings.mutationRate).toBeNull();
      expect(loadSettings({ API_RATE_LIMIT: ' off ' }).apiRate).toBeNull();
      expect(loadSettings({ MUTATION_RATE_LIMIT: ' 10/1 ' }).mutationRate).toEqual({
        limit: 10,
        windowMs: 1000,
      });
    });

    it.each(['600', '600/', '/60', '600/60s', '-1/60', 'unlimited'])('refuses "%s"', (value) => {
      expect(problemsOf({ API_RATE_LIMIT: value, MUTATION_RATE_LIMIT: value })).toEqual([
        `API_RATE_LIMIT: ${RATE_FORMAT}`,
        `MUTATION_RATE_LIMIT: ${RATE_FORMAT}`,
      ]);
    });

    it('enquiries cannot be left unlimited', () => {
      expect(problemsOf({ ENQUIRY_RATE_LIMIT: 'off' })).toEqual([
        'ENQUIRY_RATE_LIMIT: must look like "<hits>/<seconds>", e.g. "5/600"',
      ]);
    });
  });
});
