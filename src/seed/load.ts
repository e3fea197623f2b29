import type { EntityManager } from '@mikro-orm/core';
import {
  linkKinds,
  linkModels,
  nodeModels,
  nodeTypes,
  type ContentSet,
  type LinkKind,
  type NodeType,
} from './content-set.js';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface LoadSummary {
  nodes: Record<NodeType, ChangeCounts>;
  links: Record<LinkKind, ChangeCounts>;
  /** True when nothing was (or, in a dry run, would be) written. */
  unchanged: boolean;
}

export interface LoadOptions {
  /** Delete nodes that are in the database but not in the content set. */
  prune?: boolean;
  /** Work out the changes, report them, and write nothing. */
  dryRun?: boolean;
}

type Row = Record<string, unknown> & { slug: string; updatedAt?: Date };
type LinkRow = Record<string, unknown> & { position: number };

const zero = (): ChangeCounts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The stored fields of an entity, as plain data comparable with a content set's `fields`. */
export function storedFields(type: NodeType, entity: Row): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of nodeModels[type].fields) {
    fields[field] = JSON.parse(JSON.stringify(entity[field] ?? null)) as unknown;
  }
  return fields;
}

class DryRun extends Error {}

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
    unchanged: true,
  };
  const em = rootEm.fork();
  try {
    await em.transactional(async (tx) => {
      await apply(tx, content, options, summary);
      if (options.dryRun) throw new DryRun();
    });
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  summary.unchanged = [...Object.values(summary.nodes), ...Object.values(summary.links)].every(
    (c) => c.created + c.updated + c.deleted === 0,
  );
  return summary;
}

async function apply(
  em: EntityManager,
  content: ContentSet,
  options: LoadOptions,
  summary: LoadSummary,
) {
  // Every node of every type, by slug: existing rows first, then what the content set adds.
  const bySlug = {} as Record<NodeType, Map<string, Row>>;
  const inContent = {} as Record<NodeType, Set<string>>;
  const touched = new Set<Row>();

  for (const type of nodeTypes) {
    const { entity } = nodeModels[type];
    const rows = (await em.find(entity as never, {})) as Row[];
    bySlug[type] = new Map(rows.map((r) => [r.slug, r]));
    inContent[type] = new Set();
  }

  for (const node of content.nodes) {
    const counts = summary.nodes[node.type];
    inContent[node.type].add(node.slug);
    const existing = bySlug[node.type].get(node.slug);
    if (!existing) {
      const created = em.create(
        nodeModels[node.type].entity as never,
        { slug: node.slug, ...node.fields } as never,
      ) as Row;
      bySlug[node.type].set(node.slug, created);
      counts.created++;
    } else if (canonical(storedFields(node.type, existing)) !== canonical(node.fields)) {
      em.assign(existing as never, node.fields as never);
      counts.updated++;
    } else counts.unchanged++;
  }

  const pruned = new Set<Row>();
  if (options.prune) {
    for (const type of nodeTypes) {
      for (const [slug, row] of bySlug[type]) {
        if (inContent[type].has(slug)) continue;
        pruned.add(row);
        summary.nodes[type].deleted++;
      }
    }
  }

  for (const kind of linkKinds) {
    const model = linkModels[kind];
    const [fromProp, fromType] = model.from;
    const [toProp, toType] = model.to;
    const counts = summary.links[kind];
    const key = (from: string, to: string) => `${from}>${to}`;

    const desired = new Map(
      content.links.filter((l) => l.kind === kind).map((l) => [key(l.from, l.to), l]),
    );
    const existing = (await em.find(model.entity as never, {})) as LinkRow[];

    for (const row of existing) {
      const from = row[fromProp] as Row;
      const to = row[toProp] as Row;
      if (pruned.has(from) || pruned.has(to)) {
        em.remove(row);
        counts.deleted++;
        continue;
      }
      // Only the links of nodes in the content set are its business; others keep theirs.
      if (!inContent[fromType].has(from.slug)) continue;
      const k = key(from.slug, to.slug);
      const want = desired.get(k);
      desired.delete(k);
      if (!want) {
        em.remove(row);
        counts.deleted++;
        touched.add(from);
      } else if (
        row.position !== want.position ||
        model.data.some((d) => row[d] !== want.data[d])
      ) {
        em.assign(row as never, { position: want.position, ...want.data } as never);
        counts.updated++;
        touched.add(from);
      } else counts.unchanged++;
    }
    for (const link of desired.values()) {
      const from = bySlug[fromType].get(link.from);
      const to = bySlug[toType].get(link.to);
      if (!from || !to)
        throw new Error(`link ${kind} ${link.from} → ${link.to} names a missing node`);
      em.create(
        model.entity as never,
        { [fromProp]: from, [toProp]: to, position: link.position, ...link.data } as never,
      );
      counts.created++;
      touched.add(from);
    }
  }

  for (const row of pruned) em.remove(row);
  // A node whose links changed has changed for its readers (and its page's lastmod).
  const now = new Date();
  for (const row of touched) if (!pruned.has(row)) row.updatedAt = now;
  await em.flush();
}
