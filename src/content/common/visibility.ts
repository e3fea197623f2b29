import { PublicationStatus, type ContentNode } from './content-node.entity.js';
import { draftColumn } from './names.js';
import { overlay } from './overlay.js';

/**
 * Who is reading: the public sees published nodes (their published version) and the links
 * between published nodes; preview (a viewer token) sees every node in its working version.
 */
export interface Visibility {
  preview: boolean;
}

export const PUBLIC: Visibility = { preview: false };
export const PREVIEW: Visibility = { preview: true };

/** The condition on a node for it to be visible. */
export function visibleNode(v: Visibility): Record<string, unknown> {
  return v.preview ? {} : { status: PublicationStatus.PUBLISHED };
}

/** The condition on a link row for it to be visible (its `target` side included). */
export function visibleLink(v: Visibility, target: string): Record<string, unknown> {
  return v.preview
    ? { inDraft: true }
    : { inPublished: true, [target]: { status: PublicationStatus.PUBLISHED } };
}

/** The node as this reader sees it: in preview, with its pending draft fields laid over. */
export function presentNode<T extends ContentNode>(node: T, v: Visibility): T {
  return v.preview && node.draft ? overlay(node, node.draft) : node;
}

/**
 * A link row as this reader sees it: in preview, its working position and data (e.g. a skill
 * level changed in the draft), with the node at its `target` side presented too.
 */
export function presentLink<L extends object>(
  row: L,
  v: Visibility,
  target: string,
  data: readonly string[],
): L {
  if (!v.preview) return row;
  const r = row as Record<string, unknown>;
  const changes: Record<string, unknown> = {
    position: r.draftPosition,
    [target]: presentNode(r[target] as ContentNode, v),
  };
  for (const field of data) {
    const draft = r[draftColumn(field)];
    if (draft !== null && draft !== undefined) changes[field] = draft;
  }
  return overlay(row, changes);
}
