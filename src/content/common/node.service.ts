import DataLoader from 'dataloader';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import type { ContentNode } from './content-node.entity.js';
import { presentNode, visibleLink, visibleNode, type Visibility } from './visibility.js';
import { paginate, type Connection, type ConnectionArgs } from './connection.js';
import type { Links } from '../links.js';

/** Slugs are matched case-insensitively: they are stored lowercase. */
export function normalizeSlug(slug: string): string {
  return slug.trim().toLowerCase();
}

/** What each service needs: the request's EntityManager, its link loaders, and who is reading. */
export interface ServiceDeps {
  em: EntityManager;
  links: Links;
  visibility: Visibility;
}

/**
 * What every node type's service can do: look one up by slug, and page through a filtered list,
 * showing the reader only what they may see, as they may see it (see `Visibility`).
 */
export abstract class NodeService<T extends ContentNode> {
  private readonly slugLoader: DataLoader<string, T | null>;
  protected readonly em: EntityManager;
  protected readonly links: Links;
  protected readonly visibility: Visibility;

  constructor(
    deps: ServiceDeps,
    private readonly entity: ClassType<T>,
    private readonly connection: ClassType<Connection<T>>,
  ) {
    ({ em: this.em, links: this.links, visibility: this.visibility } = deps);
    this.slugLoader = new DataLoader(async (slugs) => {
      const where = { slug: { $in: slugs }, ...visibleNode(this.visibility) };
      const found = await this.em.find(entity, where as unknown as FilterQuery<T>);
      const bySlug = new Map(found.map((n) => [n.slug, this.present(n)]));
      return slugs.map((s) => bySlug.get(s) ?? null);
    });
  }

  protected present(node: T): T {
    return presentNode(node, this.visibility);
  }

  /** The node with this slug, or null. Lookups in one tick share a statement. */
  bySlug(slug: string): Promise<T | null> {
    return this.slugLoader.load(normalizeSlug(slug));
  }

  /** Every visible node of this type, sorted by slug (for site-wide work: sitemaps, pages). */
  async all(): Promise<T[]> {
    const where = visibleNode(this.visibility) as FilterQuery<T>;
    const nodes = await this.em.find(this.entity, where, { orderBy: { slug: 'asc' } as never });
    return nodes.map((n) => this.present(n));
  }

  /** One page of visible nodes matching `where`. */
  protected page(where: Where, args: ConnectionArgs): Promise<Connection<T>> {
    const visible = allOf(where, visibleNode(this.visibility)) as FilterQuery<T>;
    return paginate(this.em, this.entity, this.connection, visible, args, {
      present: (n) => this.present(n),
    });
  }

  /**
   * A condition "linked through `collection` to the node with this slug at `target`", counting
   * only links the reader may see; undefined when no slug is given.
   */
  protected via(
    collection: string,
    target: string,
    slug: string | null | undefined,
  ): Where | undefined {
    if (slug == null) return undefined;
    const link = visibleLink(this.visibility, target);
    const targetWhere = {
      ...((link[target] as Where | undefined) ?? {}),
      slug: normalizeSlug(slug),
    };
    return { [collection]: { ...link, [target]: targetWhere } };
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
