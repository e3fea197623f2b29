import type { EntityManager } from '@mikro-orm/core';
import { PublicationStatus, type ContentNode } from '../content/common/content-node.entity.js';
import { normalizeSlug } from '../content/common/node.service.js';
import type { Translations } from '../content/locales.js';
import { storedFields, type NodeType } from '../content/model.js';
import { nodeRepository, type StoredNode } from '../content/node-repository.js';
import { ConflictError, NotFoundError } from '../errors/index.js';

/** The editorial state of a node, as mutations report it. */
export interface NodeState {
  type: NodeType;
  slug: string;
  status: PublicationStatus;
  version: number;
  publishedAt: Date | null;
  hasUnpublishedChanges: boolean;
}

/** What a mutation reports about the node it changed. */
export function stateOf(type: NodeType, node: ContentNode): NodeState {
  return {
    type,
    slug: node.slug,
    status: node.status,
    version: node.version,
    publishedAt: node.publishedAt,
    hasUnpublishedChanges: node.status !== PublicationStatus.PUBLISHED || node.draft !== null,
  };
}

/** The node of `type` with `slug` (matched as slugs are), or NOT_FOUND. */
export async function findNode(
  tx: EntityManager,
  type: NodeType,
  slug: string,
): Promise<StoredNode> {
  const node = await nodeRepository(tx, type).findOne({ slug: normalizeSlug(slug) });
  if (!node) throw new NotFoundError(`no ${type} with slug "${slug}"`);
  return node;
}

/** Refuses the change with CONFLICT when the editor read an older version than the stored one. */
export function checkVersion(type: NodeType, node: StoredNode, version: number | null | undefined) {
  if (version != null && node.version !== version) {
    throw new ConflictError(
      `${type} "${node.slug}" is at version ${node.version}, not ${version}: reload it and apply your change again`,
      { currentVersion: node.version },
    );
  }
}

/** The fields as an editor sees them: the pending draft, or the columns. */
export function working(type: NodeType, node: StoredNode): Record<string, unknown> {
  return node.draft ? { ...storedFields(type, node), ...node.draft } : storedFields(type, node);
}

/** Marks a published node as having unpublished changes; any change raises the version. */
export function touch(type: NodeType, node: StoredNode) {
  if (node.status === PublicationStatus.PUBLISHED) node.draft ??= storedFields(type, node);
  node.updatedAt = new Date();
}

/**
 * Changes the working version of a node: a published node keeps its columns (what the public
 * sees) and collects the change in its draft; any other node takes it in its columns.
 */
export function setWorking(
  tx: EntityManager,
  type: NodeType,
  node: StoredNode,
  fields: Record<string, unknown>,
) {
  if (node.status === PublicationStatus.PUBLISHED) {
    node.draft = { ...working(type, node), ...fields };
  } else {
    nodeRepository(tx, type).assign(node, fields);
  }
  node.updatedAt = new Date();
}

/** Makes the pending draft of a node its columns (when it is published, or taken off). */
export function applyDraft(tx: EntityManager, type: NodeType, node: StoredNode) {
  if (!node.draft) return;
  const { translations, ...fields } = node.draft;
  nodeRepository(tx, type).assign(node, fields);
  // Translations held in the draft (`setWorkingTranslations`) replace the column whole.
  if (translations !== undefined) {
    const next = translations as Translations;
    node.translations = Object.keys(next).length === 0 ? null : next;
  }
  node.draft = null;
}

/** A node's translations as an editor sees them: those waiting in its draft, or the column. */
export function workingTranslations(node: StoredNode): Translations {
  const pending = node.draft?.translations as Translations | undefined;
  return pending ?? node.translations ?? {};
}

/**
 * Changes a node's translations in its working version: a published node keeps the column (what
 * the public reads in each locale) and holds the change in its draft, beside its edited fields,
 * so `publish` applies both and `unpublish` keeps both.
 */
export function setWorkingTranslations(type: NodeType, node: StoredNode, next: Translations) {
  const value = Object.keys(next).length === 0 ? null : next;
  if (node.status === PublicationStatus.PUBLISHED) {
    node.draft = { ...working(type, node), translations: value ?? {} };
  } else {
    node.translations = value;
  }
  node.updatedAt = new Date();
}
