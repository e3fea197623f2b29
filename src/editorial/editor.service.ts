import type { LinkKind, NodeType } from '../content/model.js';
import type { LinkOptions } from './link-rows.js';
import type { EditorialContext } from './operations/change.js';
import { setVacancyState } from './operations/close-vacancy.js';
import { createNode } from './operations/create.js';
import { linkNodes } from './operations/link.js';
import { listRevisions } from './operations/list-revisions.js';
import { publishNode } from './operations/publish.js';
import { removeNode } from './operations/remove.js';
import { reorderLinks } from './operations/reorder.js';
import { restoreRevision } from './operations/restore.js';
import { unlinkNodes } from './operations/unlink.js';
import { unpublishNode } from './operations/unpublish.js';
import { updateNode } from './operations/update.js';
import type { ConnectionArgs } from '../content/common/connection.js';
import { LastChanges } from './last-changes.js';
import {
  cancelScheduled,
  listScheduled,
  scheduleAction,
  type ScheduledFilter,
  type ScheduleRequest,
} from './operations/schedule.js';
import type { ScheduledAction } from './scheduled-action.entity.js';
import { ScheduledActionConnection } from './schedule.types.js';
import { previewPublish, type PublishPlan } from './operations/publish-preview.js';
import { updateTranslation } from './operations/update-translation.js';
import type { Revision } from './revision.entity.js';
import {
  listForEditing,
  readForEditing,
  type EditableNode,
  type EditorOrder,
  type NodeSummary,
  type WorkingStatus,
} from './operations/read-for-editing.js';
import { updateLink } from './operations/update-link.js';
import type { NodeState } from './working-copy.js';

/**
 * Every editorial change to the content, for one request: create, update and delete nodes;
 * link, unlink and reorder; publish and unpublish; revisions. Each change is one operation in
 * `operations/` and one transaction that also writes its audit entry and, for publish,
 * unpublish and delete, queues the webhook event (with the page paths it affects) in the outbox.
 *
 * Edits to a published node wait as a draft until `publish`; the public keeps seeing the
 * published version. Every change raises the node's `version`; a change that names an older
 * version is refused with CONFLICT.
 */
export class EditorService {
  private lastChanges?: LastChanges;

  constructor(private readonly ctx: EditorialContext) {}

  /** Sets (or, with null, clears) a node's text in one locale; `version` is the one read. */
  updateTranslation(
    type: NodeType,
    slug: string,
    locale: string,
    fields: unknown,
    version: number,
  ): Promise<NodeState> {
    return updateTranslation(this.ctx, type, slug, locale, fields, version);
  }

  /** Schedules a publish or unpublish. */
  schedule(request: ScheduleRequest): Promise<ScheduledAction> {
    return scheduleAction(this.ctx, request);
  }

  /** Cancels a pending scheduled action. */
  cancelScheduled(id: number): Promise<ScheduledAction> {
    return cancelScheduled(this.ctx, id);
  }

  /** One page of scheduled actions, newest first. */
  scheduledActions(args: ScheduledFilter & ConnectionArgs) {
    return listScheduled(
      this.ctx,
      { status: args.status, type: args.type, slug: args.slug },
      args,
      ScheduledActionConnection,
    );
  }

  /** What `publish` would change, without publishing. */
  publishPreview(type: NodeType, slug: string): Promise<PublishPlan> {
    return previewPublish(this.ctx, type, slug);
  }

  /** Who last changed a node (token name or user email); null for the public, who may not know. */
  async lastChangedBy(type: NodeType, slug: string): Promise<string | null> {
    if (this.ctx.actor.kind === 'public') return null;
    this.lastChanges ??= new LastChanges(this.ctx.em);
    return this.lastChanges.actorOf(type, slug);
  }

  /** Creates a node as a draft. */
  create(type: NodeType, input: Record<string, unknown>): Promise<NodeState> {
    return createNode(this.ctx, type, input);
  }

  /** Changes a node's fields; `version` is the one the editor read. */
  update(
    type: NodeType,
    slug: string,
    version: number,
    input: Record<string, unknown>,
  ): Promise<NodeState> {
    return updateNode(this.ctx, type, slug, version, input);
  }

  /** Deletes a node; `force` unlinks the nodes that link to it. */
  remove(type: NodeType, slug: string, force: boolean): Promise<NodeState> {
    return removeNode(this.ctx, type, slug, force);
  }

  /** Makes a node's working version what the public sees. */
  publish(type: NodeType, slug: string): Promise<NodeState> {
    return publishNode(this.ctx, type, slug);
  }

  /** Takes a node off the public API and pages. */
  unpublish(type: NodeType, slug: string): Promise<NodeState> {
    return unpublishNode(this.ctx, type, slug);
  }

  /** Adds a link to a node's list. */
  link(kind: LinkKind, from: string, to: string, options: LinkOptions = {}): Promise<NodeState> {
    return linkNodes(this.ctx, kind, from, to, options);
  }

  /** Removes a link from a node's list. */
  unlink(kind: LinkKind, from: string, to: string, version?: number | null): Promise<NodeState> {
    return unlinkNodes(this.ctx, kind, from, to, version);
  }

  /** Puts a node's list in a new order. */
  reorder(
    kind: LinkKind,
    from: string,
    order: string[],
    version?: number | null,
  ): Promise<NodeState> {
    return reorderLinks(this.ctx, kind, from, order, version);
  }

  /** The published versions of a node, newest first. */
  /** Closes a vacancy at once (its page answers 410), or reopens it. */
  setVacancyState(action: 'close' | 'reopen', slug: string, version: number): Promise<NodeState> {
    return setVacancyState(this.ctx, action, slug, version);
  }

  revisions(type: NodeType, slug: string): Promise<Revision[]> {
    return listRevisions(this.ctx, type, slug);
  }

  /** A node's working version with its lists, for a form. */
  read(type: NodeType, slug: string): Promise<EditableNode> {
    return readForEditing(this.ctx, type, slug);
  }

  /** Every node of a type, for the editors' lists. */
  list(
    type: NodeType,
    options: { status?: WorkingStatus | null; query?: string | null; orderBy?: EditorOrder | null },
  ): Promise<NodeSummary[]> {
    return listForEditing(this.ctx, type, options);
  }

  /** Changes what a link carries, keeping its place. */
  updateLink(
    kind: LinkKind,
    from: string,
    to: string,
    options: Omit<LinkOptions, 'position'>,
  ): Promise<NodeState> {
    return updateLink(this.ctx, kind, from, to, options);
  }

  /** Brings a revision back as the node's working version. */
  restoreRevision(id: number): Promise<NodeState> {
    return restoreRevision(this.ctx, id);
  }
}
