import { linkModels, type LinkKind } from '../../content/model.js';
import { BadUserInputError } from '../../errors/index.js';
import { linkEnds, renumber, rowsOf, targetOf } from '../link-rows.js';
import { checkVersion, stateOf, touch, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Removes a link from the owner's working list. A link the public still sees stays (out of the
 * working version) until the owner is published; one it never saw is deleted.
 */
export function unlinkNodes(
  ctx: EditorialContext,
  kind: LinkKind,
  from: string,
  to: string,
  version?: number | null,
): Promise<NodeState> {
  const ownerType = linkModels[kind].from[1];
  // Check access: in `change`.
  return change(ctx, 'unlink', { type: ownerType, slug: from }, async (tx) => {
    // Read
    const { owner, target } = await linkEnds(tx, kind, from, to);
    checkVersion(ownerType, owner, version);
    const rows = await rowsOf(tx, kind, owner);
    const row = rows.find((r) => targetOf(kind, r) === target && r.inDraft);
    if (!row)
      throw new BadUserInputError(
        `to: ${ownerType} "${owner.slug}" does not link to "${target.slug}"`,
        { field: 'to' },
      );

    // Change
    row.inDraft = false;
    if (!row.inPublished) tx.remove(row);
    renumber(rows);
    touch(ownerType, owner);
    await tx.flush();

    // Record
    return { result: stateOf(ownerType, owner), details: { kind, to: target.slug } };
  });
}
