import { requireRole, TokenRole } from '../../auth/actor.js';
import { PublicationStatus } from '../../content/common/content-node.entity.js';
import type { NodeType } from '../../content/model.js';
import { inTransaction } from '../../db/transaction.js';
import { affectedPaths, snapshotOf } from '../publication.js';
import type { FieldChange, NodeSnapshot } from '../revision.entity.js';
import { diff } from '../revisions.js';
import { findNode } from '../working-copy.js';
import type { EditorialContext } from './change.js';
import { applyPublish } from './publish.js';

/** One list of a node whose links a publish would change. */
export interface LinkListChange {
  kind: string;
  added: string[];
  removed: string[];
  /** The links kept are in another order, or carry other data (a skill's level). */
  changed: boolean;
}

/** What publishing a node would do. */
export interface PublishPlan {
  type: NodeType;
  slug: string;
  /** Fields (and `translations.<locale>.<field>` texts) whose public value would change. */
  fields: FieldChange[];
  links: LinkListChange[];
  /** Public page paths the publish would touch: those showing the node before or after. */
  affectedPaths: string[];
}

/** Thrown to roll the trial publish back, carrying what it found. */
class TrialOver extends Error {
  constructor(readonly plan: PublishPlan) {
    super('trial publish rolled back');
  }
}

function linkChanges(before: NodeSnapshot | null, after: NodeSnapshot): LinkListChange[] {
  const out: LinkListChange[] = [];
  for (const [kind, list] of Object.entries(after.links)) {
    const old = before?.links[kind] ?? [];
    const was = new Set(old.map((l) => l.to));
    const is = new Set(list.map((l) => l.to));
    const added = list.map((l) => l.to).filter((s) => !was.has(s));
    const removed = old.map((l) => l.to).filter((s) => !is.has(s));
    const kept = (l: { to: string }[], other: Set<string>) =>
      JSON.stringify(l.filter((x) => other.has(x.to)));
    const changed = kept(old, is) !== kept(list, was);
    if (added.length || removed.length || changed) out.push({ kind, added, removed, changed });
  }
  return out;
}

/**
 * What `publish` would change, found by publishing in a transaction that is then rolled back:
 * the same code decides, so the answer cannot drift from what a publish does.
 */
export async function previewPublish(
  ctx: EditorialContext,
  type: NodeType,
  slug: string,
): Promise<PublishPlan> {
  requireRole(ctx.actor, TokenRole.VIEWER, 'publishPreview');
  try {
    await inTransaction(ctx.em, async (tx) => {
      const node = await findNode(tx, type, slug);
      const published = node.status === PublicationStatus.PUBLISHED;
      const before = published ? await snapshotOf(tx, type, node) : null;
      const pathsBefore = await affectedPaths(tx, ctx.site, type, node.slug);
      await applyPublish(tx, type, node);
      await tx.flush();
      const after = await snapshotOf(tx, type, node);
      const pathsAfter = await affectedPaths(tx, ctx.site, type, node.slug);
      throw new TrialOver({
        type,
        slug: node.slug,
        fields: diff(before, after).filter((c) => !c.field.startsWith('links.')),
        links: linkChanges(before, after),
        affectedPaths: [...new Set([...pathsBefore, ...pathsAfter])].sort(),
      });
    });
  } catch (error) {
    if (error instanceof TrialOver) return error.plan;
    throw error;
  }
  throw new Error('unreachable: the trial publish always rolls back');
}
