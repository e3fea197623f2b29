import type { Settings } from '../config/env.js';
import { initOrm, migrate, type Orm } from '../db/orm.js';
import { redactUrl } from '../server/redis.js';
import { CliError } from './cli-error.js';

/**
 * Opens the database of `DATABASE_URL` for a command, migrating it first if asked. Refuses, in
 * one line, a database it cannot reach, one with pending migrations, and one migrated by a newer
 * version of rolegraph.
 */
export async function openDatabase(
  settings: Settings,
  { migrateFirst }: { migrateFirst: boolean },
): Promise<Orm> {
  const orm = await initOrm(settings.database).catch((error: Error) => {
    throw new CliError(`cannot open the database (${describeTarget(settings)}): ${oneLine(error)}`);
  });
  try {
    // MikroORM may open lazily: ask the database something, so a wrong URL stops us here.
    await orm.em.getConnection().execute('select 1');
    const migrator = orm.getMigrator();
    if (migrateFirst) await migrate(orm);
    const pending = await migrator.getPendingMigrations();
    if (pending.length)
      throw new CliError(
        `the database needs ${pending.length} migration(s): run \`rolegraph migrate\` first`,
      );
    const known = new Set((orm.config.get('migrations').migrationsList ?? []).map((m) => m.name));
    const unknown = (await migrator.getExecutedMigrations())
      .map((m) => m.name)
      .filter((name) => !known.has(name));
    if (unknown.length)
      throw new CliError(
        `the database has ${unknown.length} migration(s) this version of rolegraph does not know (${unknown.join(', ')}): it was migrated by a newer version`,
      );
  } catch (error) {
    await orm.close().catch(() => undefined);
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot open the database (${describeTarget(settings)}): ${oneLine(error)}`);
  }
  return orm;
}

/** The database for messages: the SQLite file, or the PostgreSQL URL without its password. */
export function describeTarget(settings: Settings): string {
  return settings.database.kind === 'sqlite'
    ? `sqlite:${settings.database.file}`
    : redactUrl(settings.database.url);
}

/** The first line of an error's message (drivers sometimes add the SQL or a hint below it). */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim() || (error as Error).name;
}
