import type { EntityManager } from '@mikro-orm/core';
import { actorName, type Actor } from '../auth/actor.js';
import { PUBLIC } from '../content/common/visibility.js';
import { linkModels, storedFields, type NodeType } from '../content/model.js';
import type { StoredNode } from '../content/node-repository.js';
import { ContentStore } from '../content/read/store.js';
import { createServices } from '../content/services.js';
import { PageService, type SiteSettings } from '../pages/page.service.js';
import { enqueueEvent } from '../webhooks/outbox.js';
import type { WebhookEvent } from '../webhooks/webhook.entity.js';
import { ownedKinds, rowsOf, targetOf } from './link-rows.js';
import type { NodeSnapshot } from './revision.entity.js';

/**
 * Paths of the public pages that show the node, as the public would see the graph with this
 * transaction's changes. The published graph is read once into an in-memory store (a statement
 * per type and link kind) and the pages are built from it: building them through the database
 * path, once per page, made a publish take seconds.
 */
export async function affectedPaths(
  tx: EntityManager,
  site: SiteSettings,
  type: NodeType,
  slug: string,
): Promise<string[]> {
  // Pending changes first: the store reads through the same transaction.
  await tx.flush();
  const store = await ContentStore.build(tx);
  return new PageService(createServices(tx, PUBLIC, { store }), site, {
    locales: () => Promise.resolve(store.locales),
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
  const translations = JSON.parse(
    JSON.stringify(node.translations ?? {}),
  ) as NodeSnapshot['translations'];
  return { fields: storedFields(type, node), links, translations };
}
