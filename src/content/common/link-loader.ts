import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { presentLink, visibleLink, type Visibility } from './visibility.js';

interface Identified {
  id: number;
}

/**
 * Loads the links of many nodes in one statement per request tick (dataloader), so a list of N
 * nodes with their links costs the same number of statements as one node.
 *
 * `from` is the link property that points at the nodes we start from, `to` the one we want.
 * Forward lists (a role's skills) keep the editor's order (`position`); reverse lists (a
 * skill's roles) are sorted by the other node's slug. Only links the reader may see are loaded:
 * for the public, links in the published version between published nodes.
 */
export class LinkLoader<L extends object, T extends Identified> {
  private readonly loader: DataLoader<number, L[]>;

  constructor(
    em: EntityManager,
    entity: ClassType<L>,
    private readonly from: keyof L & string,
    private readonly to: keyof L & string,
    order: 'position' | 'slug',
    visibility: Visibility,
    data: readonly string[] = [],
  ) {
    const position = visibility.preview ? 'draftPosition' : 'position';
    this.loader = new DataLoader(async (ids) => {
      const where = { [from]: { $in: ids }, ...visibleLink(visibility, to) } as FilterQuery<L>;
      const rows = await em.find(entity, where, {
        populate: [to] as never,
        orderBy: (order === 'position'
          ? { [position]: 'asc' }
          : { [to]: { slug: 'asc' } }) as never,
      });
      const byOwner = new Map<number, L[]>(ids.map((id) => [id, []]));
      for (const row of rows) {
        byOwner.get(this.idOf(row, from))?.push(presentLink(row, visibility, to, data));
      }
      return ids.map((id) => byOwner.get(id) ?? []);
    });
  }

  private idOf(row: L, prop: keyof L): number {
    return (row[prop] as unknown as Identified).id;
  }

  /** The link rows of one node, with their `to` side loaded. */
  links(ownerId: number): Promise<L[]> {
    return this.loader.load(ownerId);
  }

  /** The nodes on the `to` side of one node's links. */
  async targets(ownerId: number): Promise<T[]> {
    const rows = await this.loader.load(ownerId);
    return rows.map((row) => row[this.to] as unknown as T);
  }
}
