import { draftColumn } from '../../content/common/names.js';
import { linkModels, type LinkKind } from '../../content/model.js';
import { BadUserInputError } from '../../errors/index.js';
import {
  addLinkRow,
  linkData,
  linkEnds,
  renumber,
  rowsOf,
  targetOf,
  type LinkOptions,
} from '../link-rows.js';
import { checkVersion, stateOf, touch, type NodeState } from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Adds a link to the owner's list, at `options.position` (the end by default). On a published
 * owner it waits as a draft until `publish`.
 */
export function linkNodes(
  ctx: EditorialContext,
  kind: LinkKind,
  from: string,
  to: string,
  options: LinkOptions = {},
): Promise<NodeState> {
  const ownerType = linkModels[kind].from[1];
  // Check access: in `change`.
  return change(ctx, 'link', { type: ownerType, slug: from }, async (tx) => {
    // Read
    const { model, owner, target } = await linkEnds(tx, kind, from, to);
    checkVersion(ownerType, owner, options.version);
    if (model.from[1] === model.to[1] && owner === target) {
      throw new BadUserInputError(`to: a ${ownerType} cannot be linked to itself`, {
        field: 'to',
      });
    }
    const rows = await rowsOf(tx, kind, owner);
    // A row the working version dropped (still published) is taken back rather than doubled.
    const existing = rows.find((r) => targetOf(kind, r) === target);
    if (existing?.inDraft) {
      throw new BadUserInputError(
        `to: ${ownerType} "${owner.slug}" already links to "${target.slug}"`,
        { field: 'to' },
      );
    }
    const data = linkData(kind, options);

    // Change
    const draft = rows.filter((r) => r.inDraft);
    const at = Math.max(0, Math.min(options.position ?? draft.length, draft.length));
    let row = existing;
    if (row) {
      row.inDraft = true;
      for (const [f, v] of Object.entries(data)) row[draftColumn(f)] = v;
    } else {
      row = addLinkRow(tx, kind, owner, target, data);
    }
    draft.splice(at, 0, row);
    renumber(draft);
    // A specialism has one primary role.
    if (kind === 'specialismRole' && data.primary === true) {
      for (const other of draft) if (other !== row) other.draftPrimary = false;
    }
    touch(ownerType, owner);
    await tx.flush();

    // Record
    return { result: stateOf(ownerType, owner), details: { kind, to: target.slug } };
  });
}
