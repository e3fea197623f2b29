import { OptimisticLockError, type EntityManager } from '@mikro-orm/core';
import { requireRole, TokenRole, type Actor } from '../../auth/actor.js';
import { bumpContentVersion } from '../../content/read/content-state.entity.js';
import { normalizeSlug } from '../../content/common/node.service.js';
import { inTransaction } from '../../db/transaction.js';
import { ConflictError } from '../../errors/index.js';
import type { SiteSettings } from '../../pages/page.service.js';
import type { AuditService } from '../audit.service.js';

/** What every editorial operation works with: one request's EntityManager, actor and site. */
export interface EditorialContext {
  em: EntityManager;
  actor: Actor;
  site: SiteSettings;
  audit: AuditService;
  /** Called after each committed change the public sees (the server rebuilds its store). */
  committed?: () => Promise<void>;
}

/** What an operation's work gives back: its answer, and what the audit entry should add. */
export interface Outcome<T> {
  result: T;
  details?: Record<string, unknown>;
}

/** Operations whose commit changes what the public sees. */
function touchesPublic(operation: string): boolean {
  return (
    operation === 'publish' ||
    operation === 'unpublish' ||
    operation.startsWith('delete') ||
    // A vacancy's state is not a draft: closing or reopening one shows at once.
    operation === 'closeVacancy' ||
    operation === 'reopenVacancy'
  );
}

/**
 * Runs one editorial operation: checks the editor role, runs `work` in a transaction (which
 * rolls back instead of committing once the request's time budget has run out, see
 * `inTransaction`), records the audit entry in it, and for a change the public sees raises the
 * content version in it and calls `committed` once it is committed. A lost optimistic lock is
 * answered CONFLICT.
 */
export async function change<T>(
  ctx: EditorialContext,
  operation: string,
  target: { type?: string; slug?: string },
  work: (tx: EntityManager) => Promise<Outcome<T>>,
): Promise<T> {
  // Check access
  requireRole(ctx.actor, TokenRole.EDITOR, operation);
  const isPublic = touchesPublic(operation);
  try {
    const done = await inTransaction(ctx.em, async (tx) => {
      // Read and change
      const { result, details } = await work(tx);
      // What the public sees changes only here: edits wait as drafts until published. Then
      // every server process rebuilds its store of the published graph.
      if (isPublic) await bumpContentVersion(tx);
      // Record
      // The slug as stored, so a node's entries are found however the editor spelled it.
      const nodeSlug = target.slug === undefined ? undefined : normalizeSlug(target.slug);
      ctx.audit.record(tx, { operation, nodeType: target.type, nodeSlug, details });
      return result;
    });
    // Committed
    if (isPublic) await ctx.committed?.();
    return done;
  } catch (error) {
    if (error instanceof OptimisticLockError) {
      throw new ConflictError(
        `${target.type} "${target.slug}" was changed by someone else meanwhile: reload it and apply your change again`,
      );
    }
    throw error;
  }
}
