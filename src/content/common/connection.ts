import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from '../../errors/index.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/page-size.js';

@ObjectType({
  simpleResolvers: true,
  description: 'Where a page of a connection sits (Relay cursor connections spec).',
})
export class PageInfo {
  @Field({ description: 'Whether more edges follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether edges come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first edge; null when empty.',
  })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null when empty.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Return the first n edges after \`after\` (0 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return edges after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Return the last n edges before \`before\` (0 to ${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return edges before this cursor.' })
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counts every match; called only when a client asks for `totalCount`. */
  count: () => Promise<number>;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` for a type. Items are sorted by a unique key
 * (the slug for content) and cursors are opaque keys on it, so a page stays right while content
 * changes.
 */
export function connectionType<T extends object>(
  Node: ClassType<T>,
  name: string,
  plural: string,
  sortedBy = 'sorted by slug',
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `One ${name} in a page of ${plural}.`,
  })
  class NodeEdge implements Edge<T> {
    @Field({ description: 'Opaque cursor for this edge; pass it as `after` or `before`.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    simpleResolvers: true,
    description: `A page of ${plural}, ${sortedBy}.`,
  })
  class NodeConnection implements Connection<T> {
    @Field(() => [NodeEdge], { description: 'The edges of this page, in order.' })
    edges!: Edge<T>[];

    @Field(() => PageInfo, { description: 'Position of this page.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: 'How many nodes match, across all pages.' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return NodeConnection;
}

/** Cursors are opaque to clients: base64url of `<key>:<value>` for the sort key. */
export function encodeCursor(value: string | number, key = 'slug'): string {
  return Buffer.from(`${key}:${value}`, 'utf8').toString('base64url');
}

function decodeCursor(argumentName: string, cursor: string, key: string): string | number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const prefix = `${key}:`;
  const value = raw.slice(prefix.length);
  if (!raw.startsWith(prefix) || value === '' || (key === 'id' && !/^\d+$/.test(value))) {
    throw badInput(argumentName, 'is not a cursor this API issued');
  }
  return key === 'id' ? Number(value) : value;
}

function checkSize(argumentName: string, value: number | null | undefined): void {
  if (value == null) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badInput(argumentName, `must be between 0 and ${MAX_PAGE_SIZE} (got ${value})`);
  }
}

export interface PageOptions<T> {
  /** The unique column the list is sorted by, and its cursors are keys on. @default 'slug' */
  key?: 'slug' | 'id';
  /** Sort from the largest key down (newest first, for ids). @default false */
  descending?: boolean;
  /** Turns each row into what the reader sees (e.g. a draft laid over it). */
  present?: (node: T) => T;
}

/** The arguments of a page request, checked (BAD_USER_INPUT otherwise) and decoded. */
interface PageRequest {
  after: string | number | null;
  before: string | number | null;
  backward: boolean;
  size: number;
}

function pageRequest(args: ConnectionArgs, key: string): PageRequest {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) {
    throw badInput('last', 'cannot be combined with first; page in one direction');
  }
  const backward = args.last != null && args.first == null;
  return {
    after: args.after != null ? decodeCursor('after', args.after, key) : null,
    before: args.before != null ? decodeCursor('before', args.before, key) : null,
    backward,
    size: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
  };
}

/** Builds the connection from the rows read: up to `size + 1` of them, in reading order. */
function connectionOf<T extends object, C extends Connection<T>>(
  ConnectionClass: ClassType<C>,
  request: PageRequest,
  rows: T[],
  key: string,
  present: (node: T) => T,
  count: () => Promise<number>,
): C {
  const { size, backward, after, before } = request;
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map((node) => ({
    cursor: encodeCursor((node as Record<string, string | number>)[key], key),
    node: present(node),
  }));
  const connection = new ConnectionClass();
  connection.edges = edges;
  connection.pageInfo = {
    hasNextPage: backward ? before !== null : more,
    hasPreviousPage: backward ? more : after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  let counted: Promise<number> | undefined;
  connection.count = () => (counted ??= count());
  return connection;
}

/**
 * Reads one page of `entity` rows matching `where`, following the Relay cursor spec:
 * `first`/`after` pages forward, `last`/`before` backward. Validates the arguments (throws
 * BAD_USER_INPUT) and issues one SELECT, plus one COUNT if `totalCount` is asked for.
 */
export async function paginate<T extends object, C extends Connection<T>>(
  em: EntityManager,
  entity: ClassType<T>,
  ConnectionClass: ClassType<C>,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  options: PageOptions<T> = {},
): Promise<C> {
  const key = options.key ?? 'slug';
  const request = pageRequest(args, key);
  const [beyond, short] = options.descending ? ['$lt', '$gt'] : ['$gt', '$lt'];
  const bounds: FilterQuery<T>[] = [];
  if (request.after !== null) bounds.push({ [key]: { [beyond]: request.after } } as FilterQuery<T>);
  if (request.before !== null)
    bounds.push({ [key]: { [short]: request.before } } as FilterQuery<T>);
  const pageWhere = bounds.length ? ({ $and: [where, ...bounds] } as FilterQuery<T>) : where;

  // One row past the page tells whether another page follows.
  const ascending = request.backward === Boolean(options.descending);
  const rows = (await em.find(entity, pageWhere, {
    orderBy: { [key]: ascending ? 'asc' : 'desc' } as never,
    limit: request.size + 1,
  })) as T[];
  return connectionOf<T, C>(
    ConnectionClass,
    request,
    rows,
    key,
    options.present ?? ((n) => n),
    () => em.count(entity, where),
  );
}

/**
 * The same page as `paginate`, taken from a list already filtered and sorted by slug (the
 * in-memory store's path): the same validation, cursors and page info.
 */
export function paginateSorted<T extends { slug: string }, C extends Connection<T>>(
  sorted: readonly T[],
  ConnectionClass: ClassType<C>,
  args: ConnectionArgs,
): C {
  const request = pageRequest(args, 'slug');
  const { after, before, backward, size } = request;
  const first = after === null ? 0 : upperBound(sorted, String(after));
  const end = before === null ? sorted.length : lowerBound(sorted, String(before));
  const window = sorted.slice(first, Math.max(first, end));
  const rows = backward ? window.slice(-(size + 1)).reverse() : window.slice(0, size + 1);
  return connectionOf(
    ConnectionClass,
    request,
    rows,
    'slug',
    (n) => n,
    async () => sorted.length,
  );
}

/** Index of the first item whose slug is >= `slug`. */
function lowerBound(sorted: readonly { slug: string }[], slug: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].slug < slug) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose slug is > `slug`. */
function upperBound(sorted: readonly { slug: string }[], slug: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid].slug <= slug) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How `paginateOrdered` sorts: a key per item (a value, then a unique tie-breaker) and its order. */
export interface ItemOrdering<T> {
  /** Names the cursor's key, so a cursor of another order is refused. */
  name: string;
  keyOf(item: T): readonly [string, string];
  compare(a: readonly [string, string], b: readonly [string, string]): number;
}

function decodeSortKey(argumentName: string, cursor: string, name: string) {
  const raw = decodeCursor(argumentName, cursor, name);
  try {
    const key = JSON.parse(String(raw)) as unknown;
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string'))
      return key as [string, string];
  } catch {
    // Not JSON: refused below, as any cursor this API did not issue.
  }
  throw badInput(argumentName, 'is not a cursor this API issued');
}

/**
 * A page of `items` (every match, in any order) sorted by `ordering`, following the Relay
 * cursor spec like `paginate`: cursors are keys on the sort value and a unique tie-breaker, so a
 * page stays right while content changes.
 */
export function paginateOrdered<T extends object, C extends Connection<T>>(
  items: readonly T[],
  ConnectionClass: ClassType<C>,
  args: ConnectionArgs,
  ordering: ItemOrdering<T>,
): C {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) {
    throw badInput('last', 'cannot be combined with first; page in one direction');
  }
  const after = args.after != null ? decodeSortKey('after', args.after, ordering.name) : null;
  const before = args.before != null ? decodeSortKey('before', args.before, ordering.name) : null;
  const backward = args.last != null && args.first == null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE;
  const keyed = items.map((item) => ({ item, key: ordering.keyOf(item) }));
  keyed.sort((a, b) => ordering.compare(a.key, b.key));
  const window = keyed.filter(
    ({ key }) =>
      (after === null || ordering.compare(key, after) > 0) &&
      (before === null || ordering.compare(key, before) < 0),
  );
  const rows = backward ? window.slice(-(size + 1)).reverse() : window.slice(0, size + 1);
  const more = rows.length > size;
  const page = rows.slice(0, size);
  if (backward) page.reverse();
  const edges = page.map(({ item, key }) => ({
    cursor: encodeCursor(JSON.stringify(key), ordering.name),
    node: item,
  }));
  const connection = new ConnectionClass();
  connection.edges = edges;
  connection.pageInfo = {
    hasNextPage: backward ? before !== null : more,
    hasPreviousPage: backward ? more : after !== null,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  const total = items.length;
  connection.count = async () => total;
  return connection;
}
