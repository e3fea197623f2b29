import type { EntityManager } from '@mikro-orm/core';
import { draftColumn } from '../content/common/names.js';
import { linkKinds, linkModels, type LinkKind, type NodeType } from '../content/model.js';
import { linkRepository, type LinkRow, type StoredNode } from '../content/node-repository.js';
import { BadUserInputError } from '../errors/index.js';
import { findNode } from './working-copy.js';

/** How to make a link. */
export interface LinkOptions {
  /** 0-based place in the owner's list; the end when left out. */
  position?: number | null;
  /** Skill level, for role → skill links. */
  level?: string | null;
  /** Whether the role is the specialism's primary role, for specialism → role links. */
  primary?: boolean | null;
  /** The owner's version, to refuse the change if someone else changed it first. */
  version?: number | null;
}

/** The link kinds whose lists a node of `type` owns (and publishes with itself). */
export function ownedKinds(type: NodeType): LinkKind[] {
  return linkKinds.filter((k) => linkModels[k].from[1] === type);
}

/** Every link row of `kind` owned by `owner`, in working order, with its targets loaded. */
export function rowsOf(tx: EntityManager, kind: LinkKind, owner: StoredNode): Promise<LinkRow[]> {
  const model = linkModels[kind];
  return linkRepository(tx, kind).find(
    { [model.from[0]]: owner },
    { populate: [model.to[0]], orderBy: { draftPosition: 'asc', id: 'asc' } },
  );
}

/** The node at the far end of a link row. */
export function targetOf(kind: LinkKind, row: LinkRow): StoredNode {
  return row[linkModels[kind].to[0]] as StoredNode;
}

/** The node whose list holds a link row. */
export function ownerOf(kind: LinkKind, row: LinkRow): StoredNode {
  return row[linkModels[kind].from[0]] as StoredNode;
}

/** A link elsewhere that points at a node: a reason not to delete the node lightly. */
export interface IncomingLink {
  type: NodeType;
  slug: string;
  relation: LinkKind;
  row: LinkRow;
}

/** Links of other nodes that point at this one, with their owners loaded. */
export async function linkedFrom(
  tx: EntityManager,
  type: NodeType,
  node: StoredNode,
): Promise<IncomingLink[]> {
  const found: IncomingLink[] = [];
  for (const kind of linkKinds) {
    const model = linkModels[kind];
    if (model.to[1] !== type) continue;
    const rows = await linkRepository(tx, kind).find(
      { [model.to[0]]: node },
      { populate: [model.from[0]] },
    );
    for (const row of rows) {
      found.push({ type: model.from[1], slug: ownerOf(kind, row).slug, relation: kind, row });
    }
  }
  return found;
}

/** Both ends of a link, or NOT_FOUND for the one that does not exist. */
export async function linkEnds(tx: EntityManager, kind: LinkKind, from: string, to: string) {
  const model = linkModels[kind];
  const owner = await findNode(tx, model.from[1], from);
  const target = await findNode(tx, model.to[1], to);
  return { model, owner, target };
}

/**
 * A new link row in the owner's working version only (it reaches the published version when
 * the owner is published), with its data in both its columns and their working copies.
 */
export function addLinkRow(
  tx: EntityManager,
  kind: LinkKind,
  owner: StoredNode,
  target: StoredNode,
  data: Record<string, unknown>,
): LinkRow {
  const model = linkModels[kind];
  const drafts = model.data.filter((f) => f in data).map((f) => [draftColumn(f), data[f]]);
  return linkRepository(tx, kind).create({
    [model.from[0]]: owner,
    [model.to[0]]: target,
    position: 0,
    draftPosition: 0,
    inPublished: false,
    inDraft: true,
    ...data,
    ...Object.fromEntries(drafts),
  });
}

/** Renumbers the working positions of an owner's links 0, 1, 2… in their current order. */
export function renumber(rows: LinkRow[]) {
  rows.filter((r) => r.inDraft).forEach((r, i) => (r.draftPosition = i));
}

/** The data a new link of `kind` carries, from the options; BAD_USER_INPUT for what does not apply. */
export function linkData(kind: LinkKind, options: LinkOptions): Record<string, unknown> {
  if (kind === 'roleSkill') {
    const level = options.level ?? 'core';
    if (!['core', 'supporting'].includes(level)) {
      throw new BadUserInputError('level: must be CORE or SUPPORTING', {
        field: 'level',
      });
    }
    return { level };
  }
  if (kind === 'specialismRole') return { primary: options.primary ?? false };
  if (options.level != null || options.primary != null) {
    throw new BadUserInputError(
      `${options.level != null ? 'level' : 'primary'}: does not apply to ${kind} links`,
      { field: options.level != null ? 'level' : 'primary' },
    );
  }
  return {};
}
