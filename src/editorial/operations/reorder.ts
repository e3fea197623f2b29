import { normalizeSlug } from '../../content/common/node.service.js';
import { linkModels, type LinkKind } from '../../content/model.js';
import { BadUserInputError } from '../../errors/index.js';
import { rowsOf, targetOf } from '../link-rows.js';
import { checkVersion, findNode, stateOf, touch, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/** Puts the owner's working list in the order given, which must name each linked slug once. */
export function reorderLinks(
  ctx: EditorialContext,
  kind: LinkKind,
  from: string,
  order: string[],
  version?: number | null,
): Promise<NodeState> {
  const ownerType = linkModels[kind].from[1];
  // Check access: in `change`.
  return change(ctx, 'reorderLinks', { type: ownerType, slug: from }, async (tx) => {
    // Read
    const owner = await findNode(tx, ownerType, from);
    checkVersion(ownerType, owner, version);
    const rows = (await rowsOf(tx, kind, owner)).filter((r) => r.inDraft);
    const current = rows.map((r) => targetOf(kind, r).slug);
    const wanted = order.map(normalizeSlug);
    if (
      wanted.length !== current.length ||
      [...wanted].sort().join() !== [...current].sort().join()
    ) {
      throw new BadUserInputError(`order: list each linked slug once: ${current.join(', ')}`, {
        field: 'order',
      });
    }

    // Change
    for (const row of rows) row.draftPosition = wanted.indexOf(targetOf(kind, row).slug);
    touch(ownerType, owner);
    await tx.flush();

    // Record
    return { result: stateOf(ownerType, owner), details: { kind, order: wanted } };
  });
}
