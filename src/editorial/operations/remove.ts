import { PublicationStatus } from '../../content/common/content-node.entity.js';
import { capitalize } from '../../content/common/names.js';
import type { NodeType } from '../../content/model.js';
import { ConflictError } from '../../errors/index.js';
import { WebhookEvent } from '../../webhooks/webhook.entity.js';
import { linkedFrom, ownerOf } from '../link-rows.js';
import { affectedPaths, notify } from '../publication.js';
import { findNode, stateOf, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Deletes a node. Refused with CONFLICT while other nodes link to it, unless `force`, which
 * unlinks them in the same transaction. Queues `node.deleted` with the pages it was on.
 */
export function removeNode(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
  force: boolean,
): Promise<NodeState> {
  // Check access: in `change`.
  return change(ctx, `delete${capitalize(type)}`, { type, slug }, async (tx) => {
    // Read
    const node = await findNode(tx, type, slug);
    const linked = await linkedFrom(tx, type, node);
    if (linked.length && !force) {
      const list = linked.map((l) => `${l.type} "${l.slug}" (${l.relation})`).join(', ');
      throw new ConflictError(
        `${type} "${node.slug}" is linked from ${list}: unlink them first, or delete with force: true to unlink them too`,
        {
          linkedFrom: linked.map(({ type: t, slug: s, relation }) => ({
            type: t,
            slug: s,
            relation,
          })),
        },
      );
    }
    // The pages it is on, while it is still there to be found.
    const paths = await affectedPaths(tx, ctx.site, type, node.slug);
    const state = { ...stateOf(type, node), status: PublicationStatus.DRAFT };

    // Change
    for (const l of linked) {
      tx.remove(l.row);
      ownerOf(l.relation, l.row).updatedAt = new Date();
    }
    tx.remove(node);
    await tx.flush();

    // Record
    await notify(tx, ctx.actor, WebhookEvent.DELETED, type, node, paths);
    return { result: state, details: { unlinked: linked.length } };
  });
}
