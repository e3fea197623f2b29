import type { ClassType } from 'type-graphql';
import type { ContentNode } from '../common/content-node.entity.js';
import { overlay } from '../common/overlay.js';
import type { Connection, ConnectionArgs } from '../common/connection.js';
import { resolveField, translatableFields, type Translations } from '../locales.js';
import { linkModels, type LinkKind, type NodeType } from '../model.js';
import type { ListFilter, Reader } from './reader.js';

/** The locale a localized node was read in (absent: the default locale). */
export const LOCALE = Symbol('locale');

export type Localized<T> = T & { [LOCALE]?: string };

/** The locale a node was read in, or undefined for the default. */
export function localeOf(node: object): string | undefined {
  return (node as Localized<object>)[LOCALE];
}

/**
 * Reads through another reader, and gives every node in one locale: each translatable field
 * resolved through the locale's fallback chain (ending at the default text, so a field with
 * default text is never empty), and the node marked with its locale so that the fields nested
 * under it are read in the same locale. One copy per node per request.
 */
export class LocalizingReader implements Reader {
  private readonly copies = new Map<string, ContentNode>();

  constructor(
    private readonly inner: Reader,
    readonly locale: string,
    /** The locale's chain, itself first; the default text comes after it. */
    private readonly chain: readonly string[],
  ) {}

  get visibility() {
    return this.inner.visibility;
  }

  get inMemory() {
    return this.inner.inMemory;
  }

  localize<T extends ContentNode>(type: NodeType, node: T): T {
    const key = `${type}:${node.id}`;
    const done = this.copies.get(key);
    if (done) return done as T;
    const translations = (node as { translations?: Translations | null }).translations;
    const changes: Record<string | symbol, unknown> = { [LOCALE]: this.locale };
    if (translations)
      for (const field of translatableFields[type])
        changes[field] = resolveField(
          (node as unknown as Record<string, unknown>)[field],
          translations,
          this.chain,
          field,
        );
    const localized = overlay(node, changes);
    this.copies.set(key, localized);
    return localized;
  }

  async bySlugs<T extends ContentNode>(
    type: NodeType,
    slugs: readonly string[],
  ): Promise<(T | null)[]> {
    const nodes = await this.inner.bySlugs<T>(type, slugs);
    return nodes.map((n) => n && this.localize(type, n));
  }

  async all<T extends ContentNode>(type: NodeType): Promise<T[]> {
    return (await this.inner.all<T>(type)).map((n) => this.localize(type, n));
  }

  async matching<T extends ContentNode>(type: NodeType, filter: ListFilter): Promise<T[]> {
    return (await this.inner.matching<T>(type, filter)).map((n) => this.localize(type, n));
  }

  async page<T extends ContentNode>(
    type: NodeType,
    filter: ListFilter,
    args: ConnectionArgs,
    connection: ClassType<Connection<T>>,
  ): Promise<Connection<T>> {
    const page = await this.inner.page<T>(type, filter, args, connection);
    page.edges = page.edges.map((edge) => ({ ...edge, node: this.localize(type, edge.node) }));
    return page;
  }

  async links<L extends object>(
    kind: LinkKind,
    direction: 'forward' | 'reverse',
    ids: readonly number[],
  ): Promise<L[][]> {
    const lists = await this.inner.links<L>(kind, direction, ids);
    const model = linkModels[kind];
    const [fromProp, fromType] = model.from;
    const [toProp, toType] = model.to;
    return lists.map((rows) =>
      rows.map((row) => {
        const r = row as Record<string, ContentNode>;
        return overlay(row, {
          [fromProp]: this.localize(fromType, r[fromProp]!),
          [toProp]: this.localize(toType, r[toProp]!),
        });
      }),
    );
  }
}
