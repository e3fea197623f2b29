import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/** Counts the SQL statements `fn` sends to the database (tests and the benchmark). */
export async function countStatements(
  orm: MikroORM,
  fn: () => Promise<unknown>,
): Promise<{ count: number; sql: string[] }> {
  const sql: string[] = [];
  const knex = (orm.em as SqlEntityManager).getConnection().getKnex();
  const listener = (q: { sql: string }) => sql.push(q.sql);
  knex.on('query', listener);
  try {
    await fn();
  } finally {
    knex.removeListener('query', listener);
  }
  return { count: sql.length, sql };
}
