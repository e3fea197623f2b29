import type { EntityManager } from '@mikro-orm/core';
import { actorName, type Actor } from '../auth/actor.js';
import { PUBLIC } from '../content/common/visibility.js';
import { linkModels, storedFields, type NodeType } from '../content/model.js';
import type { StoredNode } from '../content/node-repository.js';
import { readLocaleConfig } from '../content/read/content-state.entity.js';
import { createServices } from '../content/services.js';
import { PageService, type SiteSettings } from '../pages/page.service.js';
import { enqueueEvent } from '../webhooks/outbox.js';
import type { WebhookEvent } from '../webhooks/webhook.entity.js';
import { ownedKinds, rowsOf, targetOf } from './link-rows.js';
import type { NodeSnapshot } from './revision.entity.js';

/** Paths of the public pages that show the node, as the public sees the graph right now. */
export async function affectedPaths(
  tx: EntityManager,
  site: SiteSettings,
  type: NodeType,
  slug: string,
): Promise<string[]> {
  // Pending changes first: the page model reads through the same transaction.
  await tx.flush();
  return new PageService(createServices(tx, PUBLIC), site, {
    locales: () => readLocaleConfig(tx),
  }).pagesAffectedBy(type, slug);
}

/** Queues a node's webhook event in the outbox, in the transaction that makes the change. */
export async function notify(
  tx: EntityManager,
  actor: Actor,
  event: WebhookEvent,
  type: NodeType,
  node: StoredNode,
  paths: string[],
) {
  await enqueueEvent(tx, event, {
    actor: actorName(actor),
    data: {
      node: { type, slug: node.slug, version: node.version, status: node.status },
      affectedPaths: [...paths].sort(),
    },
  });
}

/** What a node is as published: its columns and its published link lists (by slug). */
export async function snapshotOf(
  tx: EntityManager,
  type: NodeType,
  node: StoredNode,
): Promise<NodeSnapshot> {
  const links: NodeSnapshot['links'] = {};
  for (const kind of ownedKinds(type)) {
    const model = linkModels[kind];
    const rows = (await rowsOf(tx, kind, node))
      .filter((r) => r.inPublished)
      .sort((a, b) => a.position - b.position);
    links[kind] = rows.map((r) => ({
      to: targetOf(kind, r).slug,
      data: Object.fromEntries(model.data.map((d) => [d, r[d]])),
    }));
  }
  return { fields: storedFields(type, node), links };
}
