import type { EntityManager } from '@mikro-orm/core';

/**
 * Which engine an EntityManager talks to, asked without loading either driver's package (a
 * server on SQLite never loads the PostgreSQL driver only to test `instanceof` against it).
 */
export function engineOf(em: EntityManager): 'sqlite' | 'postgresql' {
  return em.getPlatform().constructor.name === 'PostgreSqlPlatform' ? 'postgresql' : 'sqlite';
}
