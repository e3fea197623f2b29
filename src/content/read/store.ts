import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { canonical } from '../common/canonical.js';
import { linkRepository, nodeRepository } from '../node-repository.js';
import { PublicationStatus, type ContentNode } from '../common/content-node.entity.js';
import {
  linkKinds,
  linkModels,
  nodeModels,
  nodeTypes,
  type LinkKind,
  type NodeType,
} from '../model.js';
import { listTag, nodeTag } from './reader.js';
import { readLocaleConfig } from './content-state.entity.js';
import { detached } from './detached.js';
import type { LocaleConfig } from '../locales.js';

type Node = ContentNode & Record<string, unknown>;

/** Rows read at a time while building: bounds the entities held at once on a large graph. */
const BATCH = 2000;
type Row = Record<string, unknown> & { position: number };

export interface TypeIndex {
  /** Every published node, sorted by slug. */
  sorted: Node[];
  bySlug: Map<string, Node>;
  byId: Map<number, Node>;
}

/**
 * The published graph, in memory: what the public may see, read without SQL or entity
 * hydration. Built from the database (the source of truth) in one pass, and rebuilt when the
 * published content changes; `changedSince` tells exactly which nodes (and which lists) differ,
 * so cached responses that read them can be dropped and no others.
 */
export class ContentStore {
  private constructor(
    readonly nodes: Record<NodeType, TypeIndex>,
    readonly forward: Record<LinkKind, Map<number, Row[]>>,
    readonly reverse: Record<LinkKind, Map<number, Row[]>>,
    /**
     * `type:slug` → a digest of what the public sees of the node: its fields and both ends of
     * its links (a digest, not the text: only equality matters, and the text is a node's size).
     */
    private readonly fingerprints: Map<string, string>,
    /** The site's locales, as published with this content. */
    readonly locales: LocaleConfig,
  ) {}

  static async build(rootEm: EntityManager): Promise<ContentStore> {
    // Inside a transaction (an editorial change working out its pages), read what it sees.
    const em = rootEm.fork({ keepTransactionContext: true });
    const nodes = {} as Record<NodeType, TypeIndex>;
    for (const type of nodeTypes) {
      // The columns are the published version; pending drafts are not the public's business.
      // Plain copies of the columns, a batch at a time: the entities, their ORM bookkeeping and
      // the identity map are left to the collector, and never held for a whole large graph.
      const sorted: Node[] = [];
      for (let last: string | null = null; ;) {
        const rows = await nodeRepository(em, type).find(
          {
            status: PublicationStatus.PUBLISHED,
            ...(last !== null && { slug: { $gt: last } }),
          },
          { orderBy: { slug: 'asc' }, limit: BATCH },
        );
        for (const n of rows) sorted.push(detached(n, { draft: null }));
        em.clear();
        if (rows.length < BATCH) break;
        last = rows[rows.length - 1]!.slug;
      }
      nodes[type] = {
        sorted,
        bySlug: new Map(sorted.map((n) => [n.slug, n])),
        byId: new Map(sorted.map((n) => [n.id, n])),
      };
    }
    const forward = {} as Record<LinkKind, Map<number, Row[]>>;
    const reverse = {} as Record<LinkKind, Map<number, Row[]>>;
    for (const kind of linkKinds) {
      const model = linkModels[kind];
      const [fromProp, fromType] = model.from;
      const [toProp, toType] = model.to;
      const published = { status: PublicationStatus.PUBLISHED };
      forward[kind] = new Map();
      reverse[kind] = new Map();
      // In batches, as the nodes (the id breaks no tie within an owner's list: its positions differ).
      for (let offset = 0; ; offset += BATCH) {
        const rows = await linkRepository(em, kind).find(
          { inPublished: true, [fromProp]: published, [toProp]: published },
          { orderBy: { position: 'asc', id: 'asc' }, limit: BATCH, offset },
        );
        for (const row of rows) {
          const owner = nodes[fromType].byId.get((row[fromProp] as Node).id);
          const target = nodes[toType].byId.get((row[toProp] as Node).id);
          if (!owner || !target) continue;
          const link = detached(row, { [fromProp]: owner, [toProp]: target });
          push(forward[kind], owner.id, link);
          push(reverse[kind], target.id, link);
        }
        em.clear();
        if (rows.length < BATCH) break;
      }
      for (const list of reverse[kind].values()) {
        list.sort((a, b) => ((a[fromProp] as Node).slug < (b[fromProp] as Node).slug ? -1 : 1));
      }
    }
    const locales = await readLocaleConfig(em);
    const prints = fingerprint(nodes, forward, reverse);
    prints.set('locales', digest(canonical(locales)));
    return new ContentStore(nodes, forward, reverse, prints, locales);
  }

  /** Nodes and lists that differ from `previous` (everything when there is none). */
  changedSince(previous: ContentStore | null): Set<string> {
    const changed = new Set<string>();
    const old = previous?.fingerprints ?? new Map<string, string>();
    // A list may order or filter by any field or link: a change to a member changes the list
    // (in the member's locale, for a change to a translation: `list:role@de-DE`).
    const note = (key: string) => {
      changed.add(key);
      const colon = key.indexOf(':');
      if (colon < 0) return;
      const at = key.indexOf('@');
      changed.add(listTag(key.slice(0, colon)) + (at < 0 ? '' : key.slice(at)));
    };
    for (const [key, print] of this.fingerprints) if (old.get(key) !== print) note(key);
    for (const key of old.keys()) if (!this.fingerprints.has(key)) note(key);
    return changed;
  }

  /** Counts, for logs. */
  size(): { nodes: number; links: number } {
    let links = 0;
    for (const kind of linkKinds)
      for (const list of this.forward[kind].values()) links += list.length;
    return { nodes: nodeTypes.reduce((n, t) => n + this.nodes[t].sorted.length, 0), links };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function fingerprint(
  nodes: Record<NodeType, TypeIndex>,
  forward: Record<LinkKind, Map<number, Row[]>>,
  reverse: Record<LinkKind, Map<number, Row[]>>,
): Map<string, string> {
  const prints = new Map<string, string>();
  for (const type of nodeTypes) {
    for (const node of nodes[type].sorted) {
      const fields: Record<string, unknown> = {};
      for (const field of nodeModels[type].fields) fields[field] = node[field];
      // Pages show when a node was published and last changed (JSON-LD, sitemap).
      for (const field of ['publishedAt', 'updatedAt']) fields[field] = node[field];
      const links: Record<string, unknown> = {};
      for (const kind of linkKinds) {
        const model = linkModels[kind];
        if (model.from[1] === type) {
          links[`>${kind}`] = (forward[kind].get(node.id) ?? []).map((l) => [
            (l[model.to[0]] as Node).slug,
            ...model.data.map((d) => l[d]),
          ]);
        }
        if (model.to[1] === type) {
          links[`<${kind}`] = (reverse[kind].get(node.id) ?? []).map(
            (l) => (l[model.from[0]] as Node).slug,
          );
        }
      }
      prints.set(nodeTag(type, node.slug), digest(canonical({ fields, links })));
      // Each locale's text apart: a change to it concerns only that locale's answers.
      const translations = (node.translations ?? {}) as Record<string, unknown>;
      for (const [locale, text] of Object.entries(translations))
        prints.set(`${nodeTag(type, node.slug)}@${locale}`, digest(canonical(text)));
    }
  }
  return prints;
}

/** SHA-256, as a 32-character string: equal for equal text, different otherwise. */
function digest(text: string): string {
  return createHash('sha256').update(text).digest().toString('latin1');
}
