import DataLoader from 'dataloader';
import { linkModels, type LinkKind } from '../model.js';
import type { Reader } from '../read/reader.js';

interface Identified {
  id: number;
}

/**
 * Loads the links of many nodes in one read per request tick (dataloader), so a list of N
 * nodes with their links costs the same as one node: one statement from the database, none
 * from the store.
 *
 * `forward` lists a node's own links in the editor's order (a role's skills); `reverse` lists
 * the nodes that link to it, sorted by their slug (a skill's roles). Only links the reader may
 * see are loaded.
 */
export class LinkLoader<L extends object, T extends Identified> {
  /** Made on first use: a request reads a few of the graph's links, not all of them. */
  private loader?: DataLoader<number, L[]>;
  private readonly to: string;

  constructor(
    private readonly reader: Reader,
    private readonly kind: LinkKind,
    private readonly direction: 'forward' | 'reverse',
  ) {
    const model = linkModels[kind];
    this.to = direction === 'forward' ? model.to[0] : model.from[0];
  }

  private load(id: number): Promise<L[]> {
    // From memory, one node's links at once: batching would only add scheduling.
    if (this.reader.inMemory)
      return this.reader.links<L>(this.kind, this.direction, [id]).then((lists) => lists[0]!);
    this.loader ??= new DataLoader((ids) => this.reader.links<L>(this.kind, this.direction, ids));
    return this.loader.load(id);
  }

  /** The link rows of one node, with their other side loaded. */
  links(id: number): Promise<L[]> {
    return this.load(id);
  }

  /** The nodes on the other side of one node's links. */
  async targets(id: number): Promise<T[]> {
    const rows = await this.load(id);
    return rows.map((row) => (row as Record<string, unknown>)[this.to] as T);
  }
}
