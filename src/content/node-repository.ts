import type { EntityManager } from '@mikro-orm/core';
import type { ContentNode, OrderedLink } from './common/content-node.entity.js';
import { linkModels, nodeModels, type LinkKind, type NodeType } from './model.js';

/** A node of any type, with its fields by name (the registry names them at run time). */
export type StoredNode = ContentNode & Record<string, unknown>;

/** A link row of any kind, with its two ends and data columns by name. */
export type LinkRow = OrderedLink & Record<string, unknown>;

/** A filter on rows, by property name (`{ slug }`, `{ role: node }`, `{ status: … }`). */
export type RowFilter = Record<string, unknown>;

/** How to read a list of rows. */
export interface ListOptions {
  /** Relation properties to load with the rows. */
  populate?: readonly string[];
  orderBy?: Record<string, 'asc' | 'desc' | Record<string, 'asc' | 'desc'>>;
  /** At most this many rows, after skipping `offset` (for reading a large table in batches). */
  limit?: number;
  offset?: number;
}

/** Reads and writes the rows of one entity class that the model registry names. */
export interface Repository<T> {
  findOne(where: RowFilter): Promise<T | null>;
  find(where: RowFilter, options?: ListOptions): Promise<T[]>;
  count(where: RowFilter): Promise<number>;
  /** A new row, persisted with the next flush. */
  create(values: Record<string, unknown>): T;
  /** Sets properties of a row the way the ORM does (relations and JSON properties included). */
  assign(row: T, values: Record<string, unknown>): void;
}

/**
 * The EntityManager methods a repository calls, with the entity class and property names as
 * plain values. MikroORM types them from a literal entity class and literal property paths,
 * which the registry (`nodeModels[type].entity`, `linkModels[kind].to[0]`) cannot give: this
 * view is the one place that says so, instead of a cast at every call.
 */
interface RegistryEntityManager<T> {
  findOne(entity: object, where: RowFilter): Promise<T | null>;
  find(entity: object, where: RowFilter, options?: ListOptions): Promise<T[]>;
  count(entity: object, where: RowFilter): Promise<number>;
  create(entity: object, values: Record<string, unknown>): T;
  assign(row: T, values: Record<string, unknown>): T;
}

function repository<T>(em: EntityManager, entity: object): Repository<T> {
  const registry = em as unknown as RegistryEntityManager<T>;
  return {
    findOne: (where) => registry.findOne(entity, where),
    find: (where, options) => registry.find(entity, where, options),
    count: (where) => registry.count(entity, where),
    create: (values) => registry.create(entity, values),
    assign: (row, values) => void registry.assign(row, values),
  };
}

/** The nodes of one type, on `em` (a request's EntityManager or a transaction). */
export function nodeRepository(em: EntityManager, type: NodeType): Repository<StoredNode> {
  return repository<StoredNode>(em, nodeModels[type].entity);
}

/** The link rows of one kind, on `em` (a request's EntityManager or a transaction). */
export function linkRepository(em: EntityManager, kind: LinkKind): Repository<LinkRow> {
  return repository<LinkRow>(em, linkModels[kind].entity);
}
