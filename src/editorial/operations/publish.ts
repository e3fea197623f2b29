import type { EntityManager } from '@mikro-orm/core';
import { actorName } from '../../auth/actor.js';
import { PublicationStatus } from '../../content/common/content-node.entity.js';
import { draftColumn } from '../../content/common/names.js';
import { linkModels, type NodeType } from '../../content/model.js';
import type { StoredNode } from '../../content/node-repository.js';
import { WebhookEvent } from '../../webhooks/webhook.entity.js';
import { Revision } from '../revision.entity.js';
import { diff } from '../revisions.js';
import { ownedKinds, rowsOf } from '../link-rows.js';
import { affectedPaths, notify, snapshotOf } from '../publication.js';
import { applyDraft, findNode, stateOf, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Makes a node's working version (draft fields and translations, working link lists) its
 * published one, in `tx`; flushed by the caller.
 */
export async function applyPublish(tx: EntityManager, type: NodeType, node: StoredNode) {
  applyDraft(tx, type, node);
  node.status = PublicationStatus.PUBLISHED;
  node.publishedAt = new Date();
  for (const kind of ownedKinds(type)) {
    const model = linkModels[kind];
    for (const row of await rowsOf(tx, kind, node)) {
      if (!row.inDraft) {
        tx.remove(row);
        continue;
      }
      row.inPublished = true;
      row.position = row.draftPosition;
      for (const f of model.data) {
        if (row[draftColumn(f)] != null) row[f] = row[draftColumn(f)];
        row[draftColumn(f)] = null;
      }
    }
  }
}

/**
 * Publishes one node inside the transaction `tx`: its working version becomes what the public
 * sees; stores a revision with the field-level difference from the previous one, and queues
 * `node.published` with the pages it was on before and is on now. Gives what the audit entry
 * should add.
 */
export async function publishIn(
  tx: EntityManager,
  ctx: EditorialContext,
  type: NodeType,
  node: StoredNode,
): Promise<Record<string, unknown>> {
  const before = await affectedPaths(tx, ctx.site, type, node.slug);

  // Change: the fields, then each owned list (rows left out of the working list go).
  await applyPublish(tx, type, node);
  await tx.flush();

  // Record: the revision, and the webhook event.
  const snapshot = await snapshotOf(tx, type, node);
  const previous = await tx.findOne(
    Revision,
    { nodeType: type, nodeSlug: node.slug },
    { orderBy: { id: 'desc' } },
  );
  const changes = diff(previous?.snapshot ?? null, snapshot);
  const revision = tx.create(Revision, {
    nodeType: type,
    nodeSlug: node.slug,
    version: node.version,
    actor: actorName(ctx.actor),
    snapshot,
    changes,
  });
  const after = await affectedPaths(tx, ctx.site, type, node.slug);
  await notify(tx, ctx.actor, WebhookEvent.PUBLISHED, type, node, [
    ...new Set([...before, ...after]),
  ]);
  await tx.flush();
  return { revision: revision.id, fields: changes.map((c) => c.field) };
}

/** Publishes a node (see `publishIn`), in a transaction of its own. */
export function publishNode(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
): Promise<NodeState> {
  // Check access: in `change`.
  return change(ctx, 'publish', { type, slug }, async (tx) => {
    const node = await findNode(tx, type, slug);
    const details = await publishIn(tx, ctx, type, node);
    return { result: stateOf(type, node), details };
  });
}
