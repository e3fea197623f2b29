import type { EntityManager } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { actorName, requireRole, TokenRole, type Actor } from '../auth/actor.js';
import { paginate, type Connection, type ConnectionArgs } from '../content/common/connection.js';
import { AuditEntry } from './audit-entry.entity.js';

/** What a mutation did, as the audit log keeps it. */
export interface AuditRecord {
  /** The mutation, e.g. `updateRole` or `createWebhook`. */
  operation: string;
  nodeType?: string | null;
  nodeSlug?: string | null;
  details?: Record<string, unknown> | null;
}

/**
 * The audit log: every mutation writes its entry here, inside its own transaction, so an entry
 * exists exactly when the change does. Entries name `actor`, the one this service acts for.
 */
export class AuditService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
  ) {}

  /** Adds the entry to the transaction `tx`; it is written when `tx` commits. */
  record(tx: EntityManager, entry: AuditRecord): AuditEntry {
    return tx.create(AuditEntry, {
      actor: actorName(this.actor),
      operation: entry.operation,
      nodeType: entry.nodeType ?? null,
      nodeSlug: entry.nodeSlug ?? null,
      details: entry.details ?? null,
    });
  }

  /** One page of the log, newest first (admin). */
  log<C extends Connection<AuditEntry>>(
    args: ConnectionArgs,
    connection: ClassType<C>,
  ): Promise<C> {
    requireRole(this.actor, TokenRole.ADMIN, 'auditLog');
    return paginate(this.em, AuditEntry, connection, {}, args, { key: 'id', descending: true });
  }
}
