import type { ClassType } from 'type-graphql';
import type { ContentNode } from '../common/content-node.entity.js';
import type { Connection, ConnectionArgs } from '../common/connection.js';
import type { Visibility } from '../common/visibility.js';
import type { LinkKind, NodeType } from '../model.js';

/** Conditions on a list: equal fields, and links to named nodes. All must hold. */
export interface ListFilter {
  /** Field → value (already normalised, e.g. a lowercase category slug). */
  fields?: Record<string, string>;
  /** Linked through `kind` to the node with `slug`; `side` is the listed node's side of the link. */
  via?: { kind: LinkKind; side: 'from' | 'to'; slug: string }[];
}

/**
 * How the content services read: the same questions answered from the database (for preview,
 * and as the reference) or from the in-memory store of the published graph (the public's hot
 * path). Both return the same objects in the same order; a test holds them to it.
 *
 * A reader may record what it read (`type:slug` for nodes, `list:type` for lists) so that a
 * cached response can be dropped exactly when something it read changes.
 */
export interface Reader {
  readonly visibility: Visibility;
  bySlugs<T extends ContentNode>(type: NodeType, slugs: readonly string[]): Promise<(T | null)[]>;
  all<T extends ContentNode>(type: NodeType): Promise<T[]>;
  /** Every visible node matching `filter`, sorted by slug (for lists sorted another way). */
  matching<T extends ContentNode>(type: NodeType, filter: ListFilter): Promise<T[]>;
  page<T extends ContentNode>(
    type: NodeType,
    filter: ListFilter,
    args: ConnectionArgs,
    connection: ClassType<Connection<T>>,
  ): Promise<Connection<T>>;
  /**
   * The link rows of each node in `ids`: `forward` from the owner (in list order), `reverse` from
   * the listed node (sorted by the owner's slug). Each row has both of its nodes.
   */
  links<L extends object>(
    kind: LinkKind,
    direction: 'forward' | 'reverse',
    ids: readonly number[],
  ): Promise<L[][]>;
  /**
   * Reads from memory: asking for one node at a time costs no more than a batch, so link
   * loaders ask at once instead of batching per tick.
   */
  readonly inMemory?: boolean;
}

/** Where a reader notes what it read; undefined when nobody is caching. */
export type ReadRecorder = Set<string> | undefined;

export const nodeTag = (type: string, slug: string) => `${type}:${slug}`;
export const listTag = (type: string) => `list:${type}`;
