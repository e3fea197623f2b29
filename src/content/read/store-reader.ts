import type { ClassType } from 'type-graphql';
import type { ContentNode } from '../common/content-node.entity.js';
import { paginateSorted, type Connection, type ConnectionArgs } from '../common/connection.js';
import { PUBLIC } from '../common/visibility.js';
import { linkModels, type LinkKind, type NodeType } from '../model.js';
import { listTag, nodeTag, type ListFilter, type Reader, type ReadRecorder } from './reader.js';
import type { ContentStore } from './store.js';

/** Reads the public view from the in-memory store: no SQL, no hydration. */
export class StoreReader implements Reader {
  readonly visibility = PUBLIC;
  readonly inMemory = true;

  constructor(
    private readonly store: ContentStore,
    private readonly recorder?: ReadRecorder,
  ) {}

  async bySlugs<T extends ContentNode>(
    type: NodeType,
    slugs: readonly string[],
  ): Promise<(T | null)[]> {
    const index = this.store.nodes[type].bySlug;
    return slugs.map((slug) => {
      this.recorder?.add(nodeTag(type, slug));
      return (index.get(slug) as T | undefined) ?? null;
    });
  }

  async all<T extends ContentNode>(type: NodeType): Promise<T[]> {
    this.recorder?.add(listTag(type));
    return this.store.nodes[type].sorted as unknown as T[];
  }

  async page<T extends ContentNode>(
    type: NodeType,
    filter: ListFilter,
    args: ConnectionArgs,
    connection: ClassType<Connection<T>>,
  ): Promise<Connection<T>> {
    return paginateSorted(await this.matching<T>(type, filter), connection, args);
  }

  async matching<T extends ContentNode>(type: NodeType, filter: ListFilter): Promise<T[]> {
    this.recorder?.add(listTag(type));
    let nodes = this.store.nodes[type].sorted as unknown as T[];
    for (const [field, value] of Object.entries(filter.fields ?? {})) {
      nodes = nodes.filter((n) => (n as unknown as Record<string, unknown>)[field] === value);
    }
    for (const via of filter.via ?? []) {
      const model = linkModels[via.kind];
      const otherType = via.side === 'from' ? model.to[1] : model.from[1];
      this.recorder?.add(nodeTag(otherType, via.slug));
      const other = this.store.nodes[otherType].bySlug.get(via.slug);
      // Rows at the other node: its reverse list if the listed node owns the link, else its own list.
      const rows = other
        ? ((via.side === 'from' ? this.store.reverse : this.store.forward)[via.kind].get(
            other.id,
          ) ?? [])
        : [];
      const prop = via.side === 'from' ? model.from[0] : model.to[0];
      const linked = new Set(rows.map((r) => (r[prop] as ContentNode).id));
      nodes = nodes.filter((n) => linked.has(n.id));
    }
    return nodes;
  }

  async links<L extends object>(
    kind: LinkKind,
    direction: 'forward' | 'reverse',
    ids: readonly number[],
  ): Promise<L[][]> {
    const lists = (direction === 'forward' ? this.store.forward : this.store.reverse)[kind];
    const model = linkModels[kind];
    const [ownerType, targetProp, targetType] =
      direction === 'forward'
        ? [model.from[1], model.to[0], model.to[1]]
        : [model.to[1], model.from[0], model.from[1]];
    return ids.map((id) => {
      const rows = (lists.get(id) ?? []) as unknown as L[];
      if (this.recorder) {
        const owner = this.store.nodes[ownerType].byId.get(id);
        if (owner) this.recorder.add(nodeTag(ownerType, owner.slug));
        for (const row of rows)
          this.recorder.add(
            nodeTag(targetType, (row as Record<string, ContentNode>)[targetProp].slug),
          );
      }
      return rows;
    });
  }
}
