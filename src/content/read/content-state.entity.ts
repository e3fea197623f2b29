import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';
import { SINGLE_LOCALE, type LocaleConfig } from '../locales.js';

/**
 * One row: a counter raised, in the same transaction, by every change to what the public sees
 * (publish, unpublish, delete, a seed load). Each server process compares it with the version its
 * in-memory store was built from, so a change made anywhere reaches every process.
 */
@Entity({ tableName: 'content_state' })
export class ContentState {
  @PrimaryKey({ autoincrement: false })
  id!: number;

  @Property()
  version!: number;

  /** The locales the site publishes (`locales.yaml`), as the last seed load set them. */
  @Property({ type: 'json', nullable: true })
  locales: LocaleConfig | null = null;
}

/** The site's locales; a single default locale when no seed load set any. */
export async function readLocaleConfig(em: EntityManager): Promise<LocaleConfig> {
  // Raw, in the caller's transaction if any: a fork would wait for the connection it holds.
  const rows = (await em
    .getConnection()
    .execute(
      'select locales from content_state where id = 1',
      [],
      'all',
      em.getTransactionContext(),
    )) as { locales: unknown }[];
  const value = rows[0]?.locales;
  if (value === null || value === undefined) return SINGLE_LOCALE;
  return (typeof value === 'string' ? JSON.parse(value) : value) as LocaleConfig;
}

/** Raises the published-content version; call inside the transaction that changes it. */
export async function bumpContentVersion(tx: EntityManager) {
  await tx
    .getConnection()
    .execute(
      'update content_state set version = version + 1 where id = 1',
      [],
      'run',
      tx.getTransactionContext(),
    );
}
