import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import type { ContentNode } from '../common/content-node.entity.js';
import { paginate, type Connection, type ConnectionArgs } from '../common/connection.js';
import {
  presentLink,
  presentNode,
  visibleLink,
  visibleNode,
  type Visibility,
} from '../common/visibility.js';
import { linkModels, nodeModels, type LinkKind, type NodeType } from '../model.js';
import { listTag, nodeTag, type ListFilter, type Reader, type ReadRecorder } from './reader.js';

type Where = Record<string, unknown>;

/**
 * Reads through MikroORM: every reader's view (preview sees drafts, laid over), and the
 * reference the in-memory store is checked against.
 */
export class DbReader implements Reader {
  constructor(
    private readonly em: EntityManager,
    readonly visibility: Visibility,
    private readonly recorder?: ReadRecorder,
  ) {}

  private entity(type: NodeType) {
    return nodeModels[type].entity as unknown as ClassType<ContentNode>;
  }

  async bySlugs<T extends ContentNode>(
    type: NodeType,
    slugs: readonly string[],
  ): Promise<(T | null)[]> {
    for (const slug of slugs) this.recorder?.add(nodeTag(type, slug));
    const where = { slug: { $in: slugs }, ...visibleNode(this.visibility) };
    const found = await this.em.find(this.entity(type), where as FilterQuery<ContentNode>);
    const bySlug = new Map(found.map((n) => [n.slug, presentNode(n, this.visibility) as T]));
    return slugs.map((s) => bySlug.get(s) ?? null);
  }

  async all<T extends ContentNode>(type: NodeType): Promise<T[]> {
    this.recorder?.add(listTag(type));
    const where = visibleNode(this.visibility) as FilterQuery<ContentNode>;
    const nodes = await this.em.find(this.entity(type), where, { orderBy: { slug: 'asc' } });
    return nodes.map((n) => presentNode(n, this.visibility) as T);
  }

  /** A filter as a MikroORM condition: linked nodes must be visible through visible links. */
  private where(filter: ListFilter): Where {
    const conditions: Where[] = [visibleNode(this.visibility)];
    for (const [field, value] of Object.entries(filter.fields ?? {}))
      conditions.push({ [field]: value });
    for (const via of filter.via ?? []) {
      const model = linkModels[via.kind];
      const collection = model.collections[via.side];
      const other = via.side === 'from' ? model.to[0] : model.from[0];
      const link = visibleLink(this.visibility, other);
      conditions.push({
        [collection]: { ...link, [other]: { ...((link[other] as Where) ?? {}), slug: via.slug } },
      });
      this.recorder?.add(nodeTag(via.side === 'from' ? model.to[1] : model.from[1], via.slug));
    }
    return conditions.length === 1 ? conditions[0] : { $and: conditions };
  }

  async page<T extends ContentNode>(
    type: NodeType,
    filter: ListFilter,
    args: ConnectionArgs,
    connection: ClassType<Connection<T>>,
  ): Promise<Connection<T>> {
    this.recorder?.add(listTag(type));
    return paginate(
      this.em,
      this.entity(type) as unknown as ClassType<T>,
      connection,
      this.where(filter) as FilterQuery<T>,
      args,
      {
        present: (n) => presentNode(n, this.visibility),
      },
    );
  }

  async matching<T extends ContentNode>(type: NodeType, filter: ListFilter): Promise<T[]> {
    this.recorder?.add(listTag(type));
    const nodes = await this.em.find(
      this.entity(type),
      this.where(filter) as FilterQuery<ContentNode>,
      {
        orderBy: { slug: 'asc' },
      },
    );
    return nodes.map((n) => presentNode(n, this.visibility) as T);
  }

  async links<L extends object>(
    kind: LinkKind,
    direction: 'forward' | 'reverse',
    ids: readonly number[],
  ): Promise<L[][]> {
    const model = linkModels[kind];
    const [from, to] =
      direction === 'forward' ? [model.from[0], model.to[0]] : [model.to[0], model.from[0]];
    const position = this.visibility.preview ? 'draftPosition' : 'position';
    const where = { [from]: { $in: ids }, ...visibleLink(this.visibility, to) } as FilterQuery<L>;
    const rows = await this.em.find(model.entity as unknown as ClassType<L>, where, {
      populate: [to] as never,
      orderBy: (direction === 'forward'
        ? { [position]: 'asc' }
        : { [to]: { slug: 'asc' } }) as never,
    });
    const byOwner = new Map<number, L[]>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const owner = (row as Record<string, { id: number }>)[from].id;
      byOwner.get(owner)?.push(presentLink(row, this.visibility, to, model.data));
    }
    return ids.map((id) => byOwner.get(id) ?? []);
  }
}
