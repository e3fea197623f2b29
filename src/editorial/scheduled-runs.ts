import type { EntityManager } from '@mikro-orm/core';
import { TokenRole, type Actor } from '../auth/actor.js';
import type { NodeType } from '../content/model.js';
import { inTransaction } from '../db/transaction.js';
import { AppError } from '../errors/index.js';
import type { SiteSettings } from '../pages/page.service.js';
import { AuditService } from './audit.service.js';
import type { EditorialContext } from './operations/change.js';
import { publishWithLinked } from './operations/publish-linked.js';
import { publishNode } from './operations/publish.js';
import { unpublishNode } from './operations/unpublish.js';
import {
  ScheduledAction,
  ScheduledActionKind,
  ScheduledActionStatus,
} from './scheduled-action.entity.js';

/** What running scheduled actions needs. */
export interface ScheduledRunDeps {
  /** The process's root EntityManager (each run forks it). */
  em: EntityManager;
  site: SiteSettings;
  /** The clock: tests move it instead of waiting. */
  now: () => Date;
  /** Told once after runs that changed what the public sees (rebuild the store, tell others). */
  committed: () => Promise<void>;
  /** Told of each action that failed. */
  failed?: (action: ScheduledAction, error: unknown) => void;
}

/** Thrown inside the run's transaction when another process claimed the action first. */
class ClaimedElsewhere extends Error {}

/** The most due actions one look runs; the rest wait for the next look. */
const BATCH = 20;

/**
 * Runs one due action, in one transaction that first claims it (pending → done, only if still
 * pending) and then makes the change: another process that claims it at the same moment waits
 * for this transaction and then finds it done, and a crash before the commit leaves it pending.
 * Returns whether this process ran it. A change that fails (the node was deleted, an unpublish
 * of a node not published) marks the action failed, with the reason.
 */
async function runOne(deps: ScheduledRunDeps, action: ScheduledAction): Promise<boolean> {
  // The change is made in the name of whoever scheduled it.
  const actor: Actor = { kind: 'token', name: action.createdBy, role: TokenRole.EDITOR };
  const type = action.nodeType as NodeType;
  try {
    await inTransaction(deps.em, async (tx) => {
      const claimed = await tx.nativeUpdate(
        ScheduledAction,
        { id: action.id, status: ScheduledActionStatus.PENDING },
        { status: ScheduledActionStatus.DONE, finishedAt: deps.now() },
      );
      if (claimed !== 1) throw new ClaimedElsewhere();
      const ctx: EditorialContext = {
        em: tx,
        actor,
        site: deps.site,
        audit: new AuditService(tx, actor),
      };
      switch (action.action) {
        case ScheduledActionKind.PUBLISH:
          await (action.withLinked
            ? publishWithLinked(ctx, type, action.nodeSlug)
            : publishNode(ctx, type, action.nodeSlug));
          break;
        case ScheduledActionKind.UNPUBLISH:
          await unpublishNode(ctx, type, action.nodeSlug);
          break;
        default: {
          const unreachable: never = action.action;
          throw new Error(`unknown scheduled action ${String(unreachable)}`);
        }
      }
    });
    return true;
  } catch (error) {
    if (error instanceof ClaimedElsewhere) return false;
    // Editors read `error`: the reason for an expected refusal, never an internal message.
    const reason =
      error instanceof AppError ? error.message : 'unexpected error (the server log has it)';
    await deps.em
      .fork()
      .nativeUpdate(
        ScheduledAction,
        { id: action.id, status: ScheduledActionStatus.PENDING },
        { status: ScheduledActionStatus.FAILED, finishedAt: deps.now(), error: reason },
      );
    deps.failed?.(action, error);
    return false;
  }
}

/**
 * Runs the actions that are due (their time at or before `now`), oldest first: those missed
 * while no server ran included. Returns how many this process ran.
 */
export async function runDueActions(deps: ScheduledRunDeps): Promise<number> {
  const due = await deps.em
    .fork()
    .find(
      ScheduledAction,
      { status: ScheduledActionStatus.PENDING, at: { $lte: deps.now() } },
      { orderBy: { at: 'asc', id: 'asc' }, limit: BATCH },
    );
  let ran = 0;
  for (const action of due) if (await runOne(deps, action)) ran++;
  if (ran > 0) await deps.committed();
  return ran;
}
