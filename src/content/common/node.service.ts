import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import type { ContentNode } from './content-node.entity.js';
import { paginate, type Connection, type ConnectionArgs } from './connection.js';
import type { Links } from '../links.js';

/** Slugs are matched case-insensitively: they are stored lowercase. */
export function normalizeSlug(slug: string): string {
  return slug.trim().toLowerCase();
}

/** What every node type's service can do: look one up by slug, and page through a filtered list. */
export abstract class NodeService<T extends ContentNode> {
  private readonly slugLoader: DataLoader<string, T | null>;

  constructor(
    protected readonly em: EntityManager,
    protected readonly links: Links,
    private readonly entity: ClassType<T>,
    private readonly connection: ClassType<Connection<T>>,
  ) {
    this.slugLoader = new DataLoader(async (slugs) => {
      const found = await em.find(entity, { slug: { $in: slugs } } as unknown as FilterQuery<T>);
      const bySlug = new Map(found.map((n) => [n.slug, n]));
      return slugs.map((s) => bySlug.get(s) ?? null);
    });
  }

  /** The node with this slug, or null. Lookups in one tick share a statement. */
  bySlug(slug: string): Promise<T | null> {
    return this.slugLoader.load(normalizeSlug(slug));
  }

  /** Every node of this type, sorted by slug (for site-wide work: sitemaps, page lists). */
  all(): Promise<T[]> {
    return this.em.find(this.entity, {}, { orderBy: { slug: 'asc' } as never });
  }

  /** One page of nodes matching `where`. */
  protected page(where: Where, args: ConnectionArgs): Promise<Connection<T>> {
    return paginate(this.em, this.entity, this.connection, where as FilterQuery<T>, args);
  }
}

/** A MikroORM condition, written as a plain object; `page()` hands it to the ORM. */
export type Where = Record<string, unknown>;

/** Builds an AND of the conditions that are set (undefined ones are skipped). */
export function allOf(...conditions: (Where | undefined)[]): Where {
  const set = conditions.filter((c): c is Where => c !== undefined);
  return set.length === 0 ? {} : set.length === 1 ? set[0] : { $and: set };
}

/** A condition on a linked node's slug, or undefined when no slug is given. */
export function linkedTo(
  path: (slug: string) => Where,
  slug: string | null | undefined,
): Where | undefined {
  return slug == null ? undefined : path(normalizeSlug(slug));
}
