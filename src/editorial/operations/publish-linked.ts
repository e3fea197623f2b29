import { PublicationStatus } from '../../content/common/content-node.entity.js';
import type { NodeType } from '../../content/model.js';
import type { StoredNode } from '../../content/node-repository.js';
import type { EntityManager } from '@mikro-orm/core';
import { linkModels } from '../../content/model.js';
import { ownedKinds, rowsOf, targetOf } from '../link-rows.js';
import { findNode, stateOf, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';
import { publishIn } from './publish.js';

/**
 * The draft nodes a node reaches through the links of its working version, and through theirs:
 * a new specialism's roles, and their new skills, technologies, FAQs… Published nodes are not
 * walked through, so the drafts of other work in progress elsewhere in the graph stay drafts.
 */
async function reachableDrafts(
  tx: EntityManager,
  type: NodeType,
  root: StoredNode,
): Promise<[NodeType, StoredNode][]> {
  const seen = new Set([`${type}:${root.slug}`]);
  const found: [NodeType, StoredNode][] = [];
  const queue: [NodeType, StoredNode][] = [[type, root]];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [ownerType, owner] = next;
    for (const kind of ownedKinds(ownerType)) {
      for (const row of await rowsOf(tx, kind, owner)) {
        if (!row.inDraft) continue;
        const target = targetOf(kind, row);
        const targetType = linkModels[kind].to[1];
        const key = `${targetType}:${target.slug}`;
        if (seen.has(key) || target.status !== PublicationStatus.DRAFT) continue;
        seen.add(key);
        found.push([targetType, target]);
        queue.push([targetType, target]);
      }
    }
  }
  return found;
}

/**
 * Publishes a node and every draft node it reaches, in one transaction: each as `publish` does
 * (revision, webhook event), each with its own audit entry.
 */
export function publishWithLinked(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
): Promise<NodeState> {
  // Check access: in `change`.
  return change(ctx, 'publish', { type, slug }, async (tx) => {
    const root = await findNode(tx, type, slug);
    const drafts = await reachableDrafts(tx, type, root);
    // The linked drafts first, so the root's own revision and pages see them published.
    for (const [draftType, node] of drafts) {
      const details = await publishIn(tx, ctx, draftType, node);
      ctx.audit.record(tx, {
        operation: 'publish',
        nodeType: draftType,
        nodeSlug: node.slug,
        details: { ...details, with: `${type}:${root.slug}` },
      });
    }
    const details = await publishIn(tx, ctx, type, root);
    return {
      result: stateOf(type, root),
      details: { ...details, linked: drafts.map(([t, n]) => `${t}:${n.slug}`) },
    };
  });
}
