import { draftColumn } from '../../content/common/names.js';
import { linkModels, type LinkKind } from '../../content/model.js';
import { BadUserInputError } from '../../errors/index.js';
import { linkData, linkEnds, rowsOf, targetOf, type LinkOptions } from '../link-rows.js';
import { checkVersion, stateOf, touch, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Changes what an existing link carries (a skill's level, a specialism's primary role) in the
 * owner's working version, keeping its place. On a published owner it waits until `publish`.
 */
export function updateLink(
  ctx: EditorialContext,
  kind: LinkKind,
  from: string,
  to: string,
  options: Omit<LinkOptions, 'position'>,
): Promise<NodeState> {
  const ownerType = linkModels[kind].from[1];
  // Check access: in `change`.
  return change(ctx, 'updateLink', { type: ownerType, slug: from }, async (tx) => {
    // Read
    const { owner, target } = await linkEnds(tx, kind, from, to);
    checkVersion(ownerType, owner, options.version);
    const rows = await rowsOf(tx, kind, owner);
    const row = rows.find((r) => targetOf(kind, r) === target && r.inDraft);
    if (!row) {
      throw new BadUserInputError(
        `to: ${ownerType} "${owner.slug}" does not link to "${target.slug}"`,
        { field: 'to' },
      );
    }
    if (options.level == null && options.primary == null) {
      throw new BadUserInputError('give level or primary: the data to change', { field: 'level' });
    }
    const data = linkData(kind, options);

    // Change
    for (const [field, value] of Object.entries(data)) row[draftColumn(field)] = value;
    if (kind === 'specialismRole' && data.primary === true) {
      for (const other of rows) if (other !== row) other.draftPrimary = false;
    }
    touch(ownerType, owner);
    await tx.flush();

    // Record
    return { result: stateOf(ownerType, owner), details: { kind, to: target.slug, ...data } };
  });
}
