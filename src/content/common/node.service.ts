import DataLoader from 'dataloader';
import type { ClassType } from 'type-graphql';
import type { ContentNode } from './content-node.entity.js';
import type { Visibility } from './visibility.js';
import { paginateOrdered, type Connection } from './connection.js';
import { ContentOrder, hasStatus, orderingOf, type ContentListArgs } from './content-list.js';
import type { LinkKind, NodeType } from '../model.js';
import type { ListFilter, Reader } from '../read/reader.js';
import type { Links } from '../links.js';
import { BadUserInputError } from '../../errors/index.js';

/** Slugs are matched case-insensitively: they are stored lowercase. */
export function normalizeSlug(slug: string): string {
  if (slug.length > MAX_SLUG_ARGUMENT)
    throw new BadUserInputError(
      `a slug has at most ${MAX_SLUG_ARGUMENT} characters (got ${slug.length})`,
    );
  return slug.trim().toLowerCase();
}

/** Longer than any slug can be: refused before it is looked up. */
const MAX_SLUG_ARGUMENT = 200;

/** A slug given as a filter value, normalised; null when not given. */
export function slugOrNull(value: string | null | undefined): string | null {
  return value == null ? null : normalizeSlug(value);
}

/** What each service needs: how to read, the request's link loaders, and who is reading. */
export interface ServiceDeps {
  reader: Reader;
  links: Links;
  visibility: Visibility;
  /** The app's clock (what time it is for anything that changes with time alone). */
  now: () => Date;
}

type ViaClause = NonNullable<ListFilter['via']>[number];

/**
 * What every node type's service can do: look one up by slug, and page through a filtered list,
 * showing the reader only what they may see, as they may see it (see `Reader`).
 */
export abstract class NodeService<T extends ContentNode> {
  /** Made on first use (a request uses few of the services it is given). */
  private slugLoader?: DataLoader<string, T | null>;
  protected readonly reader: Reader;
  protected readonly links: Links;
  protected readonly visibility: Visibility;

  constructor(
    deps: ServiceDeps,
    private readonly type: NodeType,
    private readonly connection: ClassType<Connection<T>>,
  ) {
    ({ reader: this.reader, links: this.links, visibility: this.visibility } = deps);
  }

  /**
   * The node with this slug, or null. From the database, lookups in one tick share a read; from
   * memory, each is read at once (batching would only add scheduling).
   */
  bySlug(slug: string): Promise<T | null> {
    const normalized = normalizeSlug(slug);
    if (this.reader.inMemory)
      return this.reader.bySlugs<T>(this.type, [normalized]).then((found) => found[0] ?? null);
    this.slugLoader ??= new DataLoader((slugs) => this.reader.bySlugs<T>(this.type, slugs));
    return this.slugLoader.load(normalized);
  }

  /** Every visible node of this type, sorted by slug (for site-wide work: sitemaps, pages). */
  all(): Promise<T[]> {
    return this.reader.all<T>(this.type);
  }

  /**
   * One page of visible nodes matching the filter (clauses left undefined are skipped), in the
   * editorial state and order `args` ask for. By slug alone, the reader pages (a keyed read);
   * otherwise every match is read once and filtered and sorted as the reader sees the nodes, so
   * a draft's new name and a locale's text sort where the reader expects them.
   */
  protected async page(
    filter: { fields?: Record<string, string | null | undefined>; via?: (ViaClause | undefined)[] },
    args: ContentListArgs,
  ): Promise<Connection<T>> {
    const fields = Object.fromEntries(
      Object.entries(filter.fields ?? {}).filter((e): e is [string, string] => e[1] != null),
    );
    const via = (filter.via ?? []).filter((v): v is ViaClause => v !== undefined);
    const order = args.orderBy ?? ContentOrder.SLUG;
    if (order === ContentOrder.SLUG && args.status == null)
      return this.reader.page<T>(this.type, { fields, via }, args, this.connection);
    let nodes = await this.reader.matching<T>(this.type, { fields, via });
    const { status } = args;
    if (status != null) nodes = nodes.filter((n) => hasStatus(n, status));
    return paginateOrdered(nodes, this.connection, args, orderingOf(this.type, order));
  }

  /** "Linked through `kind` to the node with this slug"; the listed node is on `side`. */
  protected via(
    kind: LinkKind,
    side: 'from' | 'to',
    slug: string | null | undefined,
  ): ViaClause | undefined {
    return slug == null ? undefined : { kind, side, slug: normalizeSlug(slug) };
  }
}
