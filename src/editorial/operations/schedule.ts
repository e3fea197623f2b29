import type { ClassType } from 'type-graphql';
import { actorName, requireRole, TokenRole } from '../../auth/actor.js';
import { paginate, type Connection, type ConnectionArgs } from '../../content/common/connection.js';
import type { NodeType } from '../../content/model.js';
import { BadUserInputError, ConflictError, NotFoundError, badInput } from '../../errors/index.js';
import {
  ScheduledAction,
  ScheduledActionKind,
  ScheduledActionStatus,
} from '../scheduled-action.entity.js';
import { findNode } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/** What to schedule. */
export interface ScheduleRequest {
  action: ScheduledActionKind;
  type: NodeType;
  slug: string;
  at: Date;
  withLinked: boolean;
}

/**
 * Schedules a publish or unpublish of a node. The node must exist now; what it holds when the
 * time comes is what is published. A time already past runs at the next look (within seconds).
 */
export function scheduleAction(
  ctx: EditorialContext,
  request: ScheduleRequest,
): Promise<ScheduledAction> {
  const operation =
    request.action === ScheduledActionKind.PUBLISH ? 'schedulePublish' : 'scheduleUnpublish';
  requireRole(ctx.actor, TokenRole.EDITOR, operation);
  // Validate
  if (Number.isNaN(request.at.getTime())) throw badInput('at', 'is not a valid time');
  if (request.withLinked && request.type !== 'specialism')
    throw badInput('withLinked', `is for a specialism's publish, not a ${request.type}`);
  if (request.withLinked && request.action !== ScheduledActionKind.PUBLISH)
    throw badInput('withLinked', 'is for schedulePublish');

  return change(ctx, operation, request, async (tx) => {
    const node = await findNode(tx, request.type, request.slug);
    const scheduled = tx.create(ScheduledAction, {
      action: request.action,
      nodeType: request.type,
      nodeSlug: node.slug,
      withLinked: request.withLinked,
      at: request.at,
      createdBy: actorName(ctx.actor),
    });
    await tx.flush();
    return {
      result: scheduled,
      details: {
        scheduled: scheduled.id,
        at: request.at.toISOString(),
        withLinked: request.withLinked,
      },
    };
  });
}

/** Cancels a pending scheduled action; one that ran, failed or was cancelled is a CONFLICT. */
export async function cancelScheduled(ctx: EditorialContext, id: number): Promise<ScheduledAction> {
  requireRole(ctx.actor, TokenRole.EDITOR, 'cancelScheduled');
  const found = await ctx.em.fork().findOne(ScheduledAction, id);
  if (!found) throw new NotFoundError(`no scheduled action ${id}`);
  return change(
    ctx,
    'cancelScheduled',
    { type: found.nodeType, slug: found.nodeSlug },
    async (tx) => {
      // Only a pending one, decided in the database: a runner may be claiming it right now.
      const cancelled = await tx.nativeUpdate(
        ScheduledAction,
        { id, status: ScheduledActionStatus.PENDING },
        { status: ScheduledActionStatus.CANCELLED, finishedAt: new Date() },
      );
      const now = await tx.findOneOrFail(ScheduledAction, id, { refresh: true });
      if (cancelled !== 1)
        throw new ConflictError(
          `scheduled action ${id} is ${now.status}, not pending: it cannot be cancelled`,
          {
            status: now.status,
          },
        );
      return { result: now, details: { scheduled: id } };
    },
  );
}

/** Filters on the list of scheduled actions. */
export interface ScheduledFilter {
  status?: ScheduledActionStatus | null;
  type?: NodeType | null;
  slug?: string | null;
}

/** Scheduled actions, newest first (viewer). */
export function listScheduled<C extends Connection<ScheduledAction>>(
  ctx: EditorialContext,
  filter: ScheduledFilter,
  args: ConnectionArgs,
  connection: ClassType<C>,
): Promise<C> {
  requireRole(ctx.actor, TokenRole.VIEWER, 'scheduledActions');
  if (filter.slug != null && filter.type == null)
    throw new BadUserInputError('slug: give the type too', { argumentName: 'slug' });
  const where: Record<string, unknown> = {};
  if (filter.status != null) where.status = filter.status;
  if (filter.type != null) where.nodeType = filter.type;
  if (filter.slug != null) where.nodeSlug = filter.slug.trim().toLowerCase();
  return paginate(ctx.em, ScheduledAction, connection, where, args, {
    key: 'id',
    descending: true,
  });
}
