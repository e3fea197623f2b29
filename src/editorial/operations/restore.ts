import { requireRole, TokenRole } from '../../auth/actor.js';
import { draftColumn } from '../../content/common/names.js';
import { linkModels, type NodeType } from '../../content/model.js';
import { nodeRepository, type LinkRow } from '../../content/node-repository.js';
import { NotFoundError } from '../../errors/index.js';
import { addLinkRow, ownedKinds, rowsOf, targetOf } from '../link-rows.js';
import { Revision } from '../revision.entity.js';
import {
  findNode,
  setWorking,
  setWorkingTranslations,
  stateOf,
  touch,
  type NodeState,
} from '../working-copy.js';
import { change, type EditorialContext } from './change.js';

/**
 * Brings a revision back as the node's working version (a draft): publish to make it live.
 * Links to nodes deleted since are skipped, and listed in the audit entry.
 */
export async function restoreRevision(ctx: EditorialContext, id: number): Promise<NodeState> {
  // Check access: before the revision is looked up, so its existence is not told.
  requireRole(ctx.actor, TokenRole.EDITOR, 'restoreRevision');
  const revision = await ctx.em.fork().findOne(Revision, id);
  if (!revision) throw new NotFoundError(`no revision ${id}`);
  const type = revision.nodeType as NodeType;

  return change(ctx, 'restoreRevision', { type, slug: revision.nodeSlug }, async (tx) => {
    // Read
    const node = await findNode(tx, type, revision.nodeSlug);

    // Change: the fields, then each owned list as the revision had it.
    setWorking(tx, type, node, revision.snapshot.fields);
    // Revisions stored before translations were kept leave the node's translations as they are.
    if (revision.snapshot.translations !== undefined)
      setWorkingTranslations(type, node, revision.snapshot.translations);
    const skipped: string[] = [];
    for (const kind of ownedKinds(type)) {
      const model = linkModels[kind];
      const targets = nodeRepository(tx, model.to[1]);
      const wanted = revision.snapshot.links[kind] ?? [];
      const rows = await rowsOf(tx, kind, node);
      const draft: LinkRow[] = [];
      for (const want of wanted) {
        const target = await targets.findOne({ slug: want.to });
        if (!target) {
          skipped.push(`${kind}:${want.to}`);
          continue;
        }
        const row =
          rows.find((r) => targetOf(kind, r) === target) ??
          addLinkRow(tx, kind, node, target, want.data);
        row.inDraft = true;
        for (const f of model.data) row[draftColumn(f)] = want.data[f];
        draft.push(row);
      }
      for (const row of rows) {
        if (draft.includes(row)) continue;
        row.inDraft = false;
        if (!row.inPublished) tx.remove(row);
      }
      draft.forEach((r, i) => (r.draftPosition = i));
    }
    touch(type, node);
    await tx.flush();

    // Record
    return { result: stateOf(type, node), details: { revision: id, skipped } };
  });
}
