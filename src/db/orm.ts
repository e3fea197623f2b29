import 'reflect-metadata';
import { MikroORM, type MigrationObject, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseTarget } from '../config/env.js';
import { entities } from './entities.js';

export type Orm = MikroORM;
export type Engine = DatabaseTarget['kind'];

/**
 * Where `npm run migration:create` writes each engine's migrations. The engines' SQL differs
 * (types, quoting, defaults), so each has its own folder and its own history.
 */
export const MIGRATIONS_DIRS: Record<Engine, string> = {
  sqlite: 'src/db/migrations',
  postgresql: 'src/db/migrations-postgresql',
};

/**
 * Builds the ORM options for a database target. Every caller — server, CLI, seeder and tests —
 * goes through here, so they all see the same entities, migrations and settings. Only the
 * target's engine is loaded: a server on SQLite never loads the PostgreSQL driver (pg, its
 * dialect), nor one on PostgreSQL the SQLite driver.
 */
export async function ormOptions(
  database: DatabaseTarget,
  overrides: Partial<Options> = {},
): Promise<Options> {
  const common: Options = {
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Relations are loaded by our own per-request loaders; joined loading is only used for to-one.
    loadStrategy: 'joined',
    debug: false,
  };
  // Migrations are listed in code rather than globbed, so they load the same under tsc and vitest.
  const migrations = (kind: Engine, migrationsList: MigrationObject[]) => ({
    migrationsList,
    path: MIGRATIONS_DIRS[kind],
    pathTs: MIGRATIONS_DIRS[kind],
    emit: 'ts' as const,
    snapshot: false,
    transactional: true,
    allOrNothing: true,
    silent: true,
  });
  if (database.kind === 'sqlite') {
    const [{ SqliteDriver }, { migrationsList }] = await Promise.all([
      import('@mikro-orm/sqlite'),
      import('./migrations/index.js'),
    ]);
    return {
      ...common,
      driver: SqliteDriver,
      dbName: database.file,
      migrations: migrations('sqlite', migrationsList),
      ...overrides,
    };
  }
  const [{ PostgreSqlDriver }, { migrationsList }] = await Promise.all([
    import('@mikro-orm/postgresql'),
    import('./migrations-postgresql/index.js'),
  ]);
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: database.url,
    // A schema other than `public` (from `?schema=`): the ORM qualifies its queries with it, and
    // the search path makes the migrations' unqualified SQL land there too.
    ...(database.schema && {
      schema: database.schema,
      driverOptions: { searchPath: [database.schema] },
    }),
    pool: { min: 0, max: database.poolSize ?? 10 },
    migrations: migrations('postgresql', migrationsList),
    ...overrides,
  };
}

/** Opens the database. Call `orm.close()` when done. */
export async function initOrm(
  database: DatabaseTarget,
  overrides: Partial<Options> = {},
): Promise<MikroORM> {
  const orm = await MikroORM.init(await ormOptions(database, overrides));
  if (database.kind === 'postgresql' && database.schema)
    await orm.em.getConnection().execute(`create schema if not exists "${database.schema}"`);
  if (database.kind === 'sqlite' && database.file !== ':memory:') {
    // WAL lets readers go on while a seed or an edit writes.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
    // Several processes (serve --workers, a seed while serving) share the file: wait for a lock.
    await orm.em.getConnection().execute('pragma busy_timeout = 5000');
  }
  return orm;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
