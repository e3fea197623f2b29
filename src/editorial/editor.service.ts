import type { EntityManager } from '@mikro-orm/core';
import { canonical } from '../content/common/canonical.js';
import { OptimisticLockError } from '@mikro-orm/core';
import { z } from 'zod';
import { actorName, TokenRole, requireRole, type Actor } from '../auth/actor.js';
import { PublicationStatus, type ContentNode } from '../content/common/content-node.entity.js';
import { capitalize as cap, draftColumn as draftKey } from '../content/common/names.js';
import { normalizeSlug } from '../content/common/node.service.js';
import { PUBLIC } from '../content/common/visibility.js';
import { nodeFields, slug as slugSchema } from '../content/fields.js';
import {
  linkKinds,
  linkModels,
  nodeModels,
  storedFields,
  type LinkKind,
  type NodeType,
} from '../content/model.js';
import { createServices } from '../content/services.js';
import { PageService, type SiteSettings } from '../pages/page.service.js';
import { enqueueEvent } from '../webhooks/outbox.js';
import { WebhookEvent } from '../webhooks/webhook.entity.js';
import { bumpContentVersion, readLocaleConfig } from '../content/read/content-state.entity.js';
import { AuditService } from './audit.service.js';
import { Revision, type NodeSnapshot } from './revision.entity.js';
import { diff } from './revisions.js';
import { inTransaction } from '../db/transaction.js';
import { BadUserInputError, ConflictError, NotFoundError, fromZod } from '../errors/index.js';

type Node = ContentNode & Record<string, unknown>;
type LinkRow = Record<string, unknown> & {
  position: number;
  draftPosition: number;
  inPublished: boolean;
  inDraft: boolean;
};

/** The editorial state of a node, as mutations report it. */
export interface NodeState {
  type: NodeType;
  slug: string;
  status: PublicationStatus;
  version: number;
  publishedAt: Date | null;
  hasUnpublishedChanges: boolean;
}

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

export function stateOf(type: NodeType, node: ContentNode): NodeState {
  return {
    type,
    slug: node.slug,
    status: node.status,
    version: node.version,
    publishedAt: node.publishedAt,
    hasUnpublishedChanges: node.status !== PublicationStatus.PUBLISHED || node.draft !== null,
  };
}

/**
 * Every editorial change to the content: create, update and delete nodes; link, unlink and
 * reorder; publish and unpublish; revisions. Each call is one transaction that also writes its
 * audit entry and, for publish, unpublish and delete, queues the webhook event (with the page
 * paths it affects) in the outbox.
 *
 * Edits to a published node wait as a draft until `publish`; the public keeps seeing the
 * published version. Every change raises the node's `version`; a change that names an older
 * version is refused with CONFLICT.
 */
export class EditorService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly site: SiteSettings,
    /** Called after each committed change (the server rebuilds its published store). */
    private readonly committed?: () => Promise<void>,
  ) {}

  private async change<T>(
    operation: string,
    target: { type?: string; slug?: string },
    work: (tx: EntityManager) => Promise<{ result: T; details?: Record<string, unknown> }>,
  ): Promise<T> {
    requireRole(this.actor, TokenRole.EDITOR, operation);
    const touchesPublic =
      operation === 'publish' || operation === 'unpublish' || operation.startsWith('delete');
    try {
      const done = await inTransaction(this.em, async (tx) => {
        const { result, details } = await work(tx);
        // What the public sees changes only here: edits wait as drafts until published. Then
        // every server process rebuilds its store of the published graph.
        if (touchesPublic) await bumpContentVersion(tx);
        new AuditService(this.em, this.actor).record(tx, {
          operation,
          nodeType: target.type,
          nodeSlug: target.slug,
          details,
        });
        return result;
      });
      if (touchesPublic) await this.committed?.();
      return done;
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw new ConflictError(
          `${target.type} "${target.slug}" was changed by someone else meanwhile: reload it and apply your change again`,
        );
      }
      throw error;
    }
  }

  private async find(tx: EntityManager, type: NodeType, slug: string): Promise<Node> {
    const node = (await tx.findOne(
      nodeModels[type].entity as never,
      { slug: normalizeSlug(slug) } as never,
    )) as Node | null;
    if (!node) throw new NotFoundError(`no ${type} with slug "${slug}"`);
    return node;
  }

  private checkVersion(type: NodeType, node: Node, version: number | null | undefined) {
    if (version != null && node.version !== version) {
      throw new ConflictError(
        `${type} "${node.slug}" is at version ${node.version}, not ${version}: reload it and apply your change again`,
        { currentVersion: node.version },
      );
    }
  }

  /** The fields as an editor sees them: the pending draft, or the columns. */
  private working(type: NodeType, node: Node): Record<string, unknown> {
    return node.draft ? { ...storedFields(type, node), ...node.draft } : storedFields(type, node);
  }

  /** Marks a published node as having unpublished changes; any change raises the version. */
  private touch(type: NodeType, node: Node) {
    if (node.status === PublicationStatus.PUBLISHED) node.draft ??= storedFields(type, node);
    node.updatedAt = new Date();
  }

  private setWorking(
    tx: EntityManager,
    type: NodeType,
    node: Node,
    fields: Record<string, unknown>,
  ) {
    if (node.status === PublicationStatus.PUBLISHED) {
      node.draft = { ...this.working(type, node), ...fields };
    } else {
      tx.assign(node as never, fields as never);
    }
    node.updatedAt = new Date();
  }

  async create(type: NodeType, input: Record<string, unknown>): Promise<NodeState> {
    requireRole(this.actor, TokenRole.EDITOR, `create${cap(type)}`);
    const parsed = z
      .strictObject({ slug: slugSchema, ...nodeFields[type] })
      .safeParse({ ...input });
    if (!parsed.success) throw fromZod(parsed.error.issues);
    const { slug, ...fields } = parsed.data as Record<string, unknown> & { slug: string };
    return this.change(`create${cap(type)}`, { type, slug }, async (tx) => {
      if (await tx.findOne(nodeModels[type].entity as never, { slug } as never)) {
        throw new BadUserInputError(`input.slug: a ${type} with slug "${slug}" already exists`, {
          field: 'input.slug',
        });
      }
      const values: Record<string, unknown> = { slug, status: PublicationStatus.DRAFT };
      for (const f of nodeModels[type].fields) values[f] = fields[f] ?? null;
      const node = tx.create(nodeModels[type].entity as never, values as never) as Node;
      await tx.flush();
      return { result: stateOf(type, node) };
    });
  }

  async update(
    type: NodeType,
    slug: string,
    version: number,
    input: Record<string, unknown>,
  ): Promise<NodeState> {
    requireRole(this.actor, TokenRole.EDITOR, `update${cap(type)}`);
    const shape = nodeFields[type] as unknown as Record<string, z.ZodType>;
    const given = Object.fromEntries(
      Object.entries({ ...input }).filter(([, v]) => v !== undefined),
    );
    // null clears a field that may be empty (optional text to null, a list to []).
    const cleared: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(given)) {
      if (value !== null || !(key in shape)) continue;
      const empty = shape[key].safeParse(undefined);
      if (!empty.success) {
        throw new BadUserInputError(`input.${key}: cannot be null; it is required`, {
          field: `input.${key}`,
        });
      }
      cleared[key] = empty.data ?? null;
      delete given[key];
    }
    const parsed = z.strictObject(shape).partial().safeParse(given);
    if (!parsed.success) throw fromZod(parsed.error.issues);
    // Only the fields given change: zod fills defaults (empty lists) for the others.
    const parsedData = parsed.data as Record<string, unknown>;
    const changes: Record<string, unknown> = { ...cleared };
    for (const key of Object.keys(given)) changes[key] = parsedData[key];
    if (Object.keys(changes).length === 0) {
      throw new BadUserInputError('input: give at least one field to change', {
        field: 'input',
      });
    }
    return this.change(`update${cap(type)}`, { type, slug }, async (tx) => {
      const node = await this.find(tx, type, slug);
      this.checkVersion(type, node, version);
      const working = this.working(type, node);
      const changed = Object.keys(changes).filter(
        (k) => canonical(working[k]) !== canonical(changes[k]),
      );
      this.setWorking(tx, type, node, changes);
      await tx.flush();
      return { result: stateOf(type, node), details: { fields: changed } };
    });
  }

  /** Nodes whose links point at this one: the reasons not to delete it lightly. */
  private async linkedFrom(tx: EntityManager, type: NodeType, node: Node) {
    const found: { type: NodeType; slug: string; relation: LinkKind; row: LinkRow }[] = [];
    for (const kind of linkKinds) {
      const model = linkModels[kind];
      if (model.to[1] !== type) continue;
      const rows = (await tx.find(model.entity as never, { [model.to[0]]: node } as never, {
        populate: [model.from[0]] as never,
      })) as LinkRow[];
      for (const row of rows) {
        found.push({
          type: model.from[1],
          slug: (row[model.from[0]] as Node).slug,
          relation: kind,
          row,
        });
      }
    }
    return found;
  }

  async remove(type: NodeType, slug: string, force: boolean): Promise<NodeState> {
    return this.change(`delete${cap(type)}`, { type, slug }, async (tx) => {
      const node = await this.find(tx, type, slug);
      const linked = await this.linkedFrom(tx, type, node);
      if (linked.length && !force) {
        const list = linked.map((l) => `${l.type} "${l.slug}" (${l.relation})`).join(', ');
        throw new ConflictError(
          `${type} "${node.slug}" is linked from ${list}: unlink them first, or delete with force: true to unlink them too`,
          {
            linkedFrom: linked.map(({ type: t, slug: s, relation }) => ({
              type: t,
              slug: s,
              relation,
            })),
          },
        );
      }
      const paths = await this.affectedPaths(tx, type, node.slug);
      const state = { ...stateOf(type, node), status: PublicationStatus.DRAFT };
      for (const l of linked) {
        tx.remove(l.row);
        const owner = l.row[linkModels[l.relation].from[0]] as Node;
        owner.updatedAt = new Date();
      }
      tx.remove(node);
      await tx.flush();
      await this.event(tx, WebhookEvent.DELETED, type, node, paths);
      return { result: state, details: { unlinked: linked.length } };
    });
  }

  async publish(type: NodeType, slug: string): Promise<NodeState> {
    return this.change('publish', { type, slug }, async (tx) => {
      const node = await this.find(tx, type, slug);
      const before = await this.affectedPaths(tx, type, node.slug);
      if (node.draft) {
        tx.assign(node as never, node.draft as never);
        node.draft = null;
      }
      node.status = PublicationStatus.PUBLISHED;
      node.publishedAt = new Date();
      for (const kind of this.ownedKinds(type)) {
        const model = linkModels[kind];
        for (const row of await this.rowsOf(tx, kind, node)) {
          if (!row.inDraft) {
            tx.remove(row);
            continue;
          }
          row.inPublished = true;
          row.position = row.draftPosition;
          for (const f of model.data) {
            if (row[draftKey(f)] != null) row[f] = row[draftKey(f)];
            row[draftKey(f)] = null;
          }
        }
      }
      await tx.flush();
      const snapshot = await this.snapshot(tx, type, node);
      const previous = await tx.findOne(
        Revision,
        { nodeType: type, nodeSlug: node.slug },
        { orderBy: { id: 'desc' } },
      );
      const changes = diff(previous?.snapshot ?? null, snapshot);
      const revision = tx.create(Revision, {
        nodeType: type,
        nodeSlug: node.slug,
        version: node.version,
        actor: actorName(this.actor),
        snapshot,
        changes,
      });
      const after = await this.affectedPaths(tx, type, node.slug);
      await this.event(tx, WebhookEvent.PUBLISHED, type, node, [...new Set([...before, ...after])]);
      await tx.flush();
      return {
        result: stateOf(type, node),
        details: { revision: revision.id, fields: changes.map((c) => c.field) },
      };
    });
  }

  async unpublish(type: NodeType, slug: string): Promise<NodeState> {
    return this.change('unpublish', { type, slug }, async (tx) => {
      const node = await this.find(tx, type, slug);
      if (node.status !== PublicationStatus.PUBLISHED) {
        throw new BadUserInputError(`${type} "${node.slug}" is not published`, {
          field: 'slug',
        });
      }
      const paths = await this.affectedPaths(tx, type, node.slug);
      // Not published any more: the working version lives in the columns again.
      if (node.draft) {
        tx.assign(node as never, node.draft as never);
        node.draft = null;
      }
      node.status = PublicationStatus.DRAFT;
      node.publishedAt = null;
      await tx.flush();
      await this.event(tx, WebhookEvent.UNPUBLISHED, type, node, paths);
      return { result: stateOf(type, node) };
    });
  }

  private ownedKinds(type: NodeType): LinkKind[] {
    return linkKinds.filter((k) => linkModels[k].from[1] === type);
  }

  /** Every link row of `kind` owned by `owner`, in working order. */
  private async rowsOf(tx: EntityManager, kind: LinkKind, owner: Node): Promise<LinkRow[]> {
    const model = linkModels[kind];
    return (await tx.find(model.entity as never, { [model.from[0]]: owner } as never, {
      populate: [model.to[0]] as never,
      orderBy: { draftPosition: 'asc', id: 'asc' } as never,
    })) as LinkRow[];
  }

  private async snapshot(tx: EntityManager, type: NodeType, node: Node): Promise<NodeSnapshot> {
    const links: NodeSnapshot['links'] = {};
    for (const kind of this.ownedKinds(type)) {
      const model = linkModels[kind];
      const rows = (await this.rowsOf(tx, kind, node))
        .filter((r) => r.inPublished)
        .sort((a, b) => a.position - b.position);
      links[kind] = rows.map((r) => ({
        to: (r[model.to[0]] as Node).slug,
        data: Object.fromEntries(model.data.map((d) => [d, r[d]])),
      }));
    }
    return { fields: storedFields(type, node), links };
  }

  private async linkEnds(tx: EntityManager, kind: LinkKind, from: string, to: string) {
    const model = linkModels[kind];
    const owner = await this.find(tx, model.from[1], from);
    const target = await this.find(tx, model.to[1], to);
    return { model, owner, target };
  }

  /** Renumbers the working positions of an owner's links 0, 1, 2… in their current order. */
  private renumber(rows: LinkRow[]) {
    rows.filter((r) => r.inDraft).forEach((r, i) => (r.draftPosition = i));
  }

  async link(
    kind: LinkKind,
    from: string,
    to: string,
    options: LinkOptions = {},
  ): Promise<NodeState> {
    return this.change('link', { type: linkModels[kind].from[1], slug: from }, async (tx) => {
      const { model, owner, target } = await this.linkEnds(tx, kind, from, to);
      const ownerType = model.from[1];
      this.checkVersion(ownerType, owner, options.version);
      if (model.from[1] === model.to[1] && owner === target) {
        throw new BadUserInputError(`to: a ${ownerType} cannot be linked to itself`, {
          field: 'to',
        });
      }
      const rows = await this.rowsOf(tx, kind, owner);
      const existing = rows.find((r) => r[model.to[0]] === target);
      if (existing?.inDraft) {
        throw new BadUserInputError(
          `to: ${ownerType} "${owner.slug}" already links to "${target.slug}"`,
          { field: 'to' },
        );
      }
      const data = this.linkData(kind, options);
      const draft = rows.filter((r) => r.inDraft);
      const at = Math.max(0, Math.min(options.position ?? draft.length, draft.length));
      let row = existing;
      if (row) {
        row.inDraft = true;
        for (const [f, v] of Object.entries(data)) row[draftKey(f)] = v;
      } else {
        row = tx.create(
          model.entity as never,
          {
            [model.from[0]]: owner,
            [model.to[0]]: target,
            position: 0,
            draftPosition: 0,
            inPublished: false,
            inDraft: true,
            ...data,
            ...Object.fromEntries(Object.entries(data).map(([f, v]) => [draftKey(f), v])),
          } as never,
        ) as LinkRow;
      }
      draft.splice(at, 0, row);
      this.renumber(draft);
      if (kind === 'specialismRole' && data.primary === true) {
        for (const other of draft) if (other !== row) other.draftPrimary = false;
      }
      this.touch(ownerType, owner);
      await tx.flush();
      return { result: stateOf(ownerType, owner), details: { kind, to: target.slug } };
    });
  }

  private linkData(kind: LinkKind, options: LinkOptions): Record<string, unknown> {
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

  async unlink(
    kind: LinkKind,
    from: string,
    to: string,
    version?: number | null,
  ): Promise<NodeState> {
    return this.change('unlink', { type: linkModels[kind].from[1], slug: from }, async (tx) => {
      const { model, owner, target } = await this.linkEnds(tx, kind, from, to);
      this.checkVersion(model.from[1], owner, version);
      const rows = await this.rowsOf(tx, kind, owner);
      const row = rows.find((r) => r[model.to[0]] === target && r.inDraft);
      if (!row)
        throw new BadUserInputError(
          `to: ${model.from[1]} "${owner.slug}" does not link to "${target.slug}"`,
          { field: 'to' },
        );
      row.inDraft = false;
      if (!row.inPublished) tx.remove(row);
      this.renumber(rows);
      this.touch(model.from[1], owner);
      await tx.flush();
      return { result: stateOf(model.from[1], owner), details: { kind, to: target.slug } };
    });
  }

  async reorder(
    kind: LinkKind,
    from: string,
    order: string[],
    version?: number | null,
  ): Promise<NodeState> {
    const model = linkModels[kind];
    return this.change('reorderLinks', { type: model.from[1], slug: from }, async (tx) => {
      const owner = await this.find(tx, model.from[1], from);
      this.checkVersion(model.from[1], owner, version);
      const rows = (await this.rowsOf(tx, kind, owner)).filter((r) => r.inDraft);
      const current = rows.map((r) => (r[model.to[0]] as Node).slug);
      const wanted = order.map(normalizeSlug);
      if (
        wanted.length !== current.length ||
        [...wanted].sort().join() !== [...current].sort().join()
      ) {
        throw new BadUserInputError(`order: list each linked slug once: ${current.join(', ')}`, {
          field: 'order',
        });
      }
      for (const row of rows) row.draftPosition = wanted.indexOf((row[model.to[0]] as Node).slug);
      this.touch(model.from[1], owner);
      await tx.flush();
      return { result: stateOf(model.from[1], owner), details: { kind, order: wanted } };
    });
  }

  async revisions(type: NodeType, slug: string): Promise<Revision[]> {
    requireRole(this.actor, TokenRole.VIEWER, 'revisions');
    return this.em
      .fork()
      .find(
        Revision,
        { nodeType: type, nodeSlug: normalizeSlug(slug) },
        { orderBy: { id: 'desc' } },
      );
  }

  /** Brings a revision back as the node's working version (a draft): publish to make it live. */
  async restoreRevision(id: number): Promise<NodeState> {
    requireRole(this.actor, TokenRole.EDITOR, 'restoreRevision');
    const revision = await this.em.fork().findOne(Revision, id);
    if (!revision) throw new NotFoundError(`no revision ${id}`);
    const type = revision.nodeType as NodeType;
    return this.change('restoreRevision', { type, slug: revision.nodeSlug }, async (tx) => {
      const node = await this.find(tx, type, revision.nodeSlug);
      this.setWorking(tx, type, node, revision.snapshot.fields);
      const skipped: string[] = [];
      for (const kind of this.ownedKinds(type)) {
        const model = linkModels[kind];
        const wanted = revision.snapshot.links[kind] ?? [];
        const rows = await this.rowsOf(tx, kind, node);
        const draft: LinkRow[] = [];
        for (const want of wanted) {
          const target = (await tx.findOne(
            nodeModels[model.to[1]].entity as never,
            { slug: want.to } as never,
          )) as Node | null;
          if (!target) {
            skipped.push(`${kind}:${want.to}`);
            continue;
          }
          let row = rows.find((r) => r[model.to[0]] === target);
          row ??= tx.create(
            model.entity as never,
            {
              [model.from[0]]: node,
              [model.to[0]]: target,
              position: 0,
              draftPosition: 0,
              inPublished: false,
              inDraft: true,
              ...want.data,
            } as never,
          ) as LinkRow;
          row.inDraft = true;
          for (const f of model.data) row[draftKey(f)] = want.data[f];
          draft.push(row);
        }
        for (const row of rows) {
          if (draft.includes(row)) continue;
          row.inDraft = false;
          if (!row.inPublished) tx.remove(row);
        }
        draft.forEach((r, i) => (r.draftPosition = i));
      }
      this.touch(type, node);
      await tx.flush();
      return { result: stateOf(type, node), details: { revision: id, skipped } };
    });
  }

  /** Paths of the public pages that show the node, as the public sees the graph right now. */
  private async affectedPaths(tx: EntityManager, type: NodeType, slug: string): Promise<string[]> {
    await tx.flush();
    return new PageService(createServices(tx, PUBLIC), this.site, {
      locales: () => readLocaleConfig(tx),
    }).pagesAffectedBy(type, slug);
  }

  private async event(
    tx: EntityManager,
    event: WebhookEvent,
    type: NodeType,
    node: Node,
    paths: string[],
  ) {
    await enqueueEvent(tx, event, {
      actor: actorName(this.actor),
      data: {
        node: { type, slug: node.slug, version: node.version, status: node.status },
        affectedPaths: [...paths].sort(),
      },
    });
  }
}
