import { Entity, PrimaryKey, Property, type EntityManager } from '@mikro-orm/core';

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
