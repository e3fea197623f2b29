import type { ContentStore } from '../content/read/store.js';
import { SearchIndex } from './search-index.js';
import type { SearchDocument } from './search-index.js';

interface Built {
  index: SearchIndex;
  /** What building it read (cache tags), handed to every request that searches it. */
  reads: Set<string>;
}

/**
 * The public's search index per locale, built once per published-content version on the first
 * search in that locale, and dropped with the store it was built from (the store is replaced on
 * every change, so an index never outlives its content). Each process builds its own.
 */
export class SearchIndexes {
  private readonly byStore = new WeakMap<ContentStore, Map<string, Promise<Built>>>();

  constructor(
    /** One locale's documents from `store`, noting what it reads in `reads`. */
    private readonly documents: (
      store: ContentStore,
      locale: string | undefined,
      reads: Set<string>,
    ) => Promise<SearchDocument[]>,
  ) {}

  /** The index of `locale` (undefined: the default) for `store`; its reads go to `recorder`. */
  async index(
    store: ContentStore,
    locale: string | undefined,
    recorder: Set<string> | undefined,
  ): Promise<SearchIndex> {
    let byLocale = this.byStore.get(store);
    if (!byLocale) this.byStore.set(store, (byLocale = new Map()));
    const key = locale ?? '';
    let built = byLocale.get(key);
    if (!built) {
      const reads = new Set<string>();
      built = this.documents(store, locale, reads).then(async (docs) => ({
        index: await SearchIndex.buildAsync(docs),
        reads,
      }));
      byLocale.set(key, built);
      // A failed build is not kept: the next search tries again.
      built.catch(() => byLocale.delete(key));
    }
    const { index, reads } = await built;
    if (recorder) for (const tag of reads) recorder.add(tag);
    return index;
  }
}
