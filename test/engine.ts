import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseDatabaseUrl, type DatabaseTarget } from '../src/config/env.js';
import type { Engine } from '../src/db/orm.js';

/**
 * The engine this run of the suite tests: SQLite by default; PostgreSQL in the `postgresql`
 * project, which runs when `TEST_DATABASE_URL=postgres://…` is set (see vitest.config.ts).
 */
export const ENGINE: Engine = process.env.RG_TEST_ENGINE === 'postgresql' ? 'postgresql' : 'sqlite';

/** Test schemas start with this; `test/setup/global.ts` drops stale ones before a run. */
export const TEST_SCHEMA_PREFIX = 'rgt_';

/** This process's part of every schema name, so parallel files and runs never meet. */
const run = `${TEST_SCHEMA_PREFIX}${process.pid.toString(36)}${randomBytes(3).toString('hex')}`;
let counter = 0;

function postgresUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('the postgresql tests need TEST_DATABASE_URL=postgres://…');
  return url;
}

/** A PostgreSQL URL for a schema of its own (`?schema=`), named after `name` when given. */
function schemaUrl(name?: string): string {
  const url = new URL(postgresUrl());
  const schema = `${run}_${name ? name.replace(/\W+/g, '_').toLowerCase() : String(++counter)}`;
  url.searchParams.set('schema', schema.slice(0, 63));
  return url.toString();
}

/** A new, empty database: in-memory SQLite, or a fresh PostgreSQL schema. */
export function freshTarget(): DatabaseTarget {
  return ENGINE === 'sqlite' ? { kind: 'sqlite', file: ':memory:' } : parseDatabaseUrl(schemaUrl());
}

/**
 * A database that can be opened again by name (a restart, a second process): a file under `dir`
 * for SQLite, a schema named after `name` for PostgreSQL.
 */
export function namedDatabaseUrl(dir: string, name: string): string {
  return ENGINE === 'sqlite' ? `sqlite:${join(dir, `${name}.sqlite`)}` : schemaUrl(name);
}

export function namedTarget(dir: string, name: string): DatabaseTarget {
  return parseDatabaseUrl(namedDatabaseUrl(dir, name));
}
