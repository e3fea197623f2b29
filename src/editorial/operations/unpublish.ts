import { PublicationStatus } from '../../content/common/content-node.entity.js';
import type { NodeType } from '../../content/model.js';
import { BadUserInputError } from '../../errors/index.js';
import { WebhookEvent } from '../../webhooks/webhook.entity.js';
import { affectedPaths, notify } from '../publication.js';
import { applyDraft, findNode, stateOf, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Takes a node off the public API and pages; queues `node.unpublished` with the pages it was on.
 * Its working version (a pending draft included) stays, as a draft.
 */
export function unpublishNode(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
): Promise<NodeState> {
  // Check access: in `change`.
  return change(ctx, 'unpublish', { type, slug }, async (tx) => {
    // Read
    const node = await findNode(tx, type, slug);
    if (node.status !== PublicationStatus.PUBLISHED) {
      throw new BadUserInputError(`${type} "${node.slug}" is not published`, {
        field: 'slug',
      });
    }
    const paths = await affectedPaths(tx, ctx.site, type, node.slug);

    // Change: not published any more, so the working version lives in the columns again.
    applyDraft(tx, type, node);
    node.status = PublicationStatus.DRAFT;
    node.publishedAt = null;
    await tx.flush();

    // Record
    await notify(tx, ctx.actor, WebhookEvent.UNPUBLISHED, type, node, paths);
    return { result: stateOf(type, node) };
  });
}
