import { requireRole, TokenRole } from '../../auth/actor.js';
import { normalizeSlug } from '../../content/common/node.service.js';
import type { NodeType } from '../../content/model.js';
import { Revision } from '../revision.entity.js';
import type { EditorialContext } from './change.js';

/** The published versions of a node, newest first (viewer). Reads only: no transaction. */
export function listRevisions(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
): Promise<Revision[]> {
  // Check access
  requireRole(ctx.actor, TokenRole.VIEWER, 'revisions');
  // Read
  return ctx.em
    .fork()
    .find(Revision, { nodeType: type, nodeSlug: normalizeSlug(slug) }, { orderBy: { id: 'desc' } });
}
