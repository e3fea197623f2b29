import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/sqlite';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseTarget } from '../config/env.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

/** The folder migrations are written to by `npm run migration:create`. */
export const MIGRATIONS_DIR = 'src/db/migrations';

/**
 * Builds the ORM options for a database target. Every caller — server, CLI, seeder and tests —
 * goes through here, so they all see the same entities, migrations and settings.
 */
export function ormOptions(database: DatabaseTarget, overrides: Partial<Options> = {}): Options {
  if (database.kind !== 'sqlite') {
    throw new Error('PostgreSQL is not supported yet: use DATABASE_URL=sqlite:<file>');
  }
  return {
    dbName: database.file,
    entities,
    extensions: [Migrator],
    // Migrations are listed in code rather than globbed, so they load the same under tsc and vitest.
    migrations: {
      migrationsList,
      path: MIGRATIONS_DIR,
      pathTs: MIGRATIONS_DIR,
      emit: 'ts',
      snapshot: false,
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Relations are loaded by our own per-request loaders; joined loading is only used for to-one.
    loadStrategy: 'joined',
    debug: false,
    ...overrides,
  };
}

/** Opens the database. Call `orm.close()` when done. */
export async function initOrm(
  database: DatabaseTarget,
  overrides: Partial<Options> = {},
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database, overrides));
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
