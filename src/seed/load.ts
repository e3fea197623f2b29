import type { EntityManager } from '@mikro-orm/core';
import { canonical } from '../content/common/canonical.js';
import { bumpContentVersion, ContentState } from '../content/read/content-state.entity.js';
import type { Translations } from '../content/locales.js';
import { Revision, type NodeSnapshot } from '../editorial/revision.entity.js';
import { diff } from '../editorial/revisions.js';
import { PublicationStatus } from '../content/common/content-node.entity.js';
import { draftColumn } from '../content/common/names.js';
import { storedFields } from '../content/model.js';
import {
  linkRepository,
  nodeRepository,
  type LinkRow,
  type StoredNode,
} from '../content/node-repository.js';
import {
  linkKinds,
  linkModels,
  nodeModels,
  nodeTypes,
  type ContentSet,
  type LinkKind,
  type LinkRecord,
  type NodeType,
} from './content-set.js';
import { inTransaction } from '../db/transaction.js';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

/** One change a load makes (or, in a dry run, would make). */
export type Change =
  | { action: 'create' | 'delete'; type: NodeType; slug: string }
  | { action: 'update'; type: NodeType; slug: string; fields: string[] }
  | { action: 'create' | 'delete'; link: LinkKind; from: string; to: string }
  | { action: 'update'; link: LinkKind; from: string; to: string; fields: string[] }
  | { action: 'update'; setting: 'locales' };

export interface LoadSummary {
  nodes: Record<NodeType, ChangeCounts>;
  links: Record<LinkKind, ChangeCounts>;
  changes: Change[];
  /** True when nothing was (or, in a dry run, would be) written. */
  unchanged: boolean;
}

export interface LoadProgress {
  /** What is being loaded, e.g. "roles" or "links". */
  phase: string;
  done: number;
  total: number;
}

export interface LoadOptions {
  /** Delete nodes that are in the database but not in the content set. */
  prune?: boolean;
  /** Work out the changes, report them, and write nothing. */
  dryRun?: boolean;
  /** Called as the load goes; for progress bars. Must not throw. */
  onProgress?: (progress: LoadProgress) => void;
  /**
   * Called once the load's transaction has begun (on SQLite, with the write lock taken) and once
   * it has committed: `npm run test:faults` prints both, to tell a kill inside the transaction
   * from one before or after it. Not called in a dry run. Must not throw.
   */
  onTransaction?: (event: 'begun' | 'committed') => void;
}

type Row = StoredNode;

const zero = (): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

class DryRun extends Error {}

/** A node as the files make it: published, now. */
function published(now: Date) {
  return { status: PublicationStatus.PUBLISHED, publishedAt: now };
}

/**
 * A link row as the files make it: in both the published and the working version of its owner,
 * at the same place, with the same data (and no pending draft data).
 */
function linkState(data: readonly string[], link: LinkRecord): Record<string, unknown> {
  const state: Record<string, unknown> = {
    position: link.position,
    draftPosition: link.position,
    inPublished: true,
    inDraft: true,
  };
  for (const field of data) {
    state[field] = link.data[field];
    state[draftColumn(field)] = null;
  }
  return state;
}

/** Translations with locales and fields in a fixed order (so equal text compares equal); null when none. */
function sortedTranslations(translations: Translations | undefined): Translations | null {
  if (!translations || Object.keys(translations).length === 0) return null;
  return Object.fromEntries(
    Object.keys(translations)
      .sort()
      .map((l) => [l, translations[l]!]),
  );
}

/** `Map.groupBy`, which Node 20 lacks. */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Writes a content set to the database as one transaction: upserts nodes by slug, makes each
 * listed node's links exactly those in the content set, and with `prune` deletes what the content
 * set no longer has. Anything that fails rolls the whole load back. Returns what changed.
 *
 * The content set must be valid (see `readContentDir`): every link names nodes it contains.
 */
export async function loadContent(
  rootEm: EntityManager,
  content: ContentSet,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const summary: LoadSummary = {
    nodes: Object.fromEntries(nodeTypes.map((t) => [t, zero()])) as LoadSummary['nodes'],
    links: Object.fromEntries(linkKinds.map((k) => [k, zero()])) as LoadSummary['links'],
    changes: [],
    unchanged: true,
  };
  const em = rootEm.fork();
  try {
    await inTransaction(em, async (tx) => {
      if (!options.dryRun) options.onTransaction?.('begun');
      await new Loader(tx, content, options, summary).run();
      if (options.dryRun) throw new DryRun();
      if (summary.changes.length) await bumpContentVersion(tx);
    });
    options.onTransaction?.('committed');
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  summary.unchanged = summary.changes.length === 0;
  return summary;
}

class Loader {
  /** Every node of every type, by slug: existing rows, then what the content set adds. */
  private readonly bySlug = {} as Record<NodeType, Map<string, Row>>;
  private readonly inContent = {} as Record<NodeType, Set<string>>;
  private readonly pruned = new Set<Row>();
  /** Nodes whose links changed: their `updatedAt` moves too. */
  private readonly touched = new Set<Row>();
  /** Nodes the load created or whose fields it changed. */
  private readonly changedRows = new Set<Row>();
  /** Nodes whose only change is their translations, written apart (see `upsertNode`). */
  private readonly translationsOnly: { type: NodeType; id: number; value: unknown }[] = [];
  /** The type of every node row seen. */
  private readonly typeOf = new Map<Row, NodeType>();
  private done = 0;
  private readonly now = new Date();
  private readonly total: number;

  constructor(
    private readonly em: EntityManager,
    private readonly content: ContentSet,
    private readonly options: LoadOptions,
    private readonly summary: LoadSummary,
  ) {
    this.total = content.nodes.length + content.links.length;
  }

  private progress(phase: string, step = 0) {
    this.done += step;
    this.options.onProgress?.({ phase, done: this.done, total: this.total });
  }

  async run() {
    for (const type of nodeTypes) {
      const rows = await nodeRepository(this.em, type).find({});
      this.bySlug[type] = new Map(rows.map((r) => [r.slug, r]));
      this.inContent[type] = new Set();
    }
    const byType = groupBy(this.content.nodes, (n) => n.type);
    for (const type of nodeTypes) {
      for (const node of byType.get(type) ?? [])
        this.upsertNode(type, node.slug, {
          ...node.fields,
          translations: sortedTranslations(node.translations),
        });
      this.progress(nodeModels[type].plural, byType.get(type)?.length ?? 0);
      await this.em.flush();
    }
    for (const { type, id, value } of this.translationsOnly) {
      const table = this.em.getMetadata().get(nodeModels[type].entity.name).tableName;
      await this.em
        .getConnection()
        .execute(
          `update ${table} set translations = ? where id = ?`,
          [value === null ? null : JSON.stringify(value), id],
          'run',
          this.em.getTransactionContext(),
        );
    }
    if (this.options.prune) this.markPruned();

    const byKind = groupBy(this.content.links, (l) => l.kind);
    for (const kind of linkKinds) {
      await this.syncLinks(kind, byKind.get(kind) ?? []);
      this.progress('links', byKind.get(kind)?.length ?? 0);
    }
    for (const row of this.pruned) this.em.remove(row);
    for (const row of this.touched) if (!this.pruned.has(row)) row.updatedAt = this.now;
    await this.em.flush();
    await this.recordRevisions();
    await this.syncLocales();
    this.progress('done');
  }

  /** The site's locales, as `locales.yaml` says (a single default locale without one). */
  private async syncLocales() {
    const state = await this.em.findOneOrFail(ContentState, 1);
    const wanted = this.content.locales ?? null;
    if (canonical(state.locales ?? null) === canonical(wanted)) return;
    state.locales = wanted;
    await this.em.flush();
    this.summary.changes.push({ action: 'update', setting: 'locales' });
  }

  /**
   * Loading is publishing: every node the load created or changed (fields or links) gets a
   * revision, as a publish through the API would, so its history starts at the files.
   */
  private async recordRevisions() {
    const changed = [...this.typeOf.keys()].filter(
      (r) => !this.pruned.has(r) && (this.changedRows.has(r) || this.touched.has(r)),
    );
    if (!changed.length) return;
    const previous = new Map<string, Revision>();
    const slugs = [...new Set(changed.map((r) => r.slug))];
    for (const rev of await this.em.find(
      Revision,
      { nodeSlug: { $in: slugs } },
      { orderBy: { id: 'asc' } },
    )) {
      previous.set(`${rev.nodeType}:${rev.nodeSlug}`, rev);
    }
    const owned = new Map<string, Map<string, { to: string; data: Record<string, unknown> }[]>>();
    for (const link of [...this.content.links].sort((a, b) => a.position - b.position)) {
      const key = `${linkModels[link.kind].from[1]}:${link.from}`;
      const lists = owned.get(key) ?? new Map();
      lists.set(link.kind, [...(lists.get(link.kind) ?? []), { to: link.to, data: link.data }]);
      owned.set(key, lists);
    }
    for (const row of changed) {
      const type = this.typeOf.get(row)!;
      const lists = owned.get(`${type}:${row.slug}`);
      const links = Object.fromEntries(
        linkKinds
          .filter((k) => linkModels[k].from[1] === type)
          .map((k) => [k, lists?.get(k) ?? []]),
      );
      const snapshot = {
        fields: storedFields(type, row),
        links,
        translations: (row.translations as NodeSnapshot['translations']) ?? {},
      };
      const prior = previous.get(`${type}:${row.slug}`);
      this.em.create(Revision, {
        nodeType: type,
        nodeSlug: row.slug,
        version: row.version,
        actor: 'seed',
        snapshot,
        changes: diff(prior?.snapshot ?? null, snapshot),
      });
    }
    await this.em.flush();
  }

  private upsertNode(type: NodeType, slug: string, fields: Record<string, unknown>) {
    const counts = this.summary.nodes[type];
    this.inContent[type].add(slug);
    const existing = this.bySlug[type].get(slug);
    if (!existing) {
      const row = nodeRepository(this.em, type).create({
        slug,
        ...fields,
        ...published(this.now),
      });
      this.bySlug[type].set(slug, row);
      this.typeOf.set(row, type);
      this.changedRows.add(row);
      counts.created++;
      this.summary.changes.push({ action: 'create', type, slug });
      return;
    }
    this.typeOf.set(existing, type);
    const stored: Record<string, unknown> = {
      ...storedFields(type, existing),
      translations: existing.translations ?? null,
    };
    const changed = Object.keys(fields).filter(
      (f) => canonical(stored[f]) !== canonical(fields[f]),
    );
    // The files are published content: a node an editor unpublished is published again.
    if (existing.status !== PublicationStatus.PUBLISHED) changed.push('status');
    if (changed.length === 0) {
      counts.unchanged++;
      return;
    }
    if (changed.length === 1 && changed[0] === 'translations') {
      // Only another locale's text: the node's own fields, dates and version stay as they are,
      // so what the default locale shows (and caches) is untouched.
      this.translationsOnly.push({ type, id: existing.id, value: fields.translations });
      counts.updated++;
      this.summary.changes.push({ action: 'update', type, slug, fields: changed });
      return;
    }
    nodeRepository(this.em, type).assign(existing, { ...fields, ...published(this.now) });
    this.changedRows.add(existing);
    counts.updated++;
    this.summary.changes.push({ action: 'update', type, slug, fields: changed });
  }

  private markPruned() {
    for (const type of nodeTypes) {
      for (const [slug, row] of this.bySlug[type]) {
        if (this.inContent[type].has(slug)) continue;
        this.pruned.add(row);
        this.summary.nodes[type].deleted++;
        this.summary.changes.push({ action: 'delete', type, slug });
      }
    }
  }

  private async syncLinks(kind: LinkKind, wanted: LinkRecord[]) {
    const model = linkModels[kind];
    const [fromProp, fromType] = model.from;
    const [toProp, toType] = model.to;
    const counts = this.summary.links[kind];
    const key = (from: string, to: string) => `${from}>${to}`;
    const desired = new Map(wanted.map((l) => [key(l.from, l.to), l]));
    const links = linkRepository(this.em, kind);
    const existing: LinkRow[] = await links.find({});

    for (const row of existing) {
      const from = row[fromProp] as Row;
      const to = row[toProp] as Row;
      const change = { link: kind, from: from.slug, to: to.slug };
      if (this.pruned.has(from) || this.pruned.has(to)) {
        this.em.remove(row);
        counts.deleted++;
        continue;
      }
      // Only the links of nodes in the content set are its business; others keep theirs.
      if (!this.inContent[fromType].has(from.slug)) continue;
      const k = key(from.slug, to.slug);
      const want = desired.get(k);
      desired.delete(k);
      if (!want) {
        this.em.remove(row);
        counts.deleted++;
        this.touched.add(from);
        this.summary.changes.push({ action: 'delete', ...change });
        continue;
      }
      const target = linkState(model.data, want);
      const changed = Object.keys(target).filter((f) => row[f] !== target[f]);
      if (changed.length === 0) {
        counts.unchanged++;
        continue;
      }
      links.assign(row, target);
      counts.updated++;
      this.touched.add(from);
      this.summary.changes.push({ action: 'update', ...change, fields: changed });
    }
    for (const link of desired.values()) {
      const from = this.bySlug[fromType].get(link.from);
      const to = this.bySlug[toType].get(link.to);
      if (!from || !to)
        throw new Error(`link ${kind} ${link.from} → ${link.to} names a missing node`);
      links.create({ [fromProp]: from, [toProp]: to, ...linkState(model.data, link) });
      counts.created++;
      this.touched.add(from);
      this.summary.changes.push({ action: 'create', link: kind, from: link.from, to: link.to });
    }
  }
}
