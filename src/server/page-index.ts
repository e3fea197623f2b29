import { renderMemo } from '../content/common/render-memo.js';
import type { ContentStore } from '../content/read/store.js';
import type { Page } from '../pages/page.types.js';

interface Built {
  pages: Page[];
  /** What building them read (cache tags), handed to every request that uses them. */
  reads: Set<string>;
}

/**
 * Every page of the site per locale, built once per published-content version instead of on
 * every `pages` or `pagesAffectedBy` call: the store is replaced on each change, so an index
 * can never outlive the content it was built from (and goes with it). With `RENDER_MEMO=off`
 * every call builds them again.
 */
export class PageIndexes {
  private readonly byStore = new WeakMap<ContentStore, Map<string, Promise<Built>>>();
  private readonly sizes = new WeakMap<ContentStore, number>();

  constructor(
    /** Builds one locale's pages from `store`, noting what it reads in `reads`. */
    private readonly build: (
      store: ContentStore,
      locale: string | undefined,
      reads: Set<string>,
    ) => Promise<Page[]>,
  ) {}

  /** The pages of `locale` (undefined: the default) for `store`; their reads go to `recorder`. */
  async pages(
    store: ContentStore,
    locale: string | undefined,
    recorder: Set<string> | undefined,
  ): Promise<Page[]> {
    if (!renderMemo()) {
      const reads = new Set<string>();
      const pages = await this.build(store, locale, reads);
      if (recorder) for (const tag of reads) recorder.add(tag);
      return pages;
    }
    let byLocale = this.byStore.get(store);
    if (!byLocale) this.byStore.set(store, (byLocale = new Map()));
    const key = locale ?? '';
    let built = byLocale.get(key);
    if (!built) {
      const reads = new Set<string>();
      built = this.build(store, locale, reads).then((pages) => {
        if (locale === undefined) this.sizes.set(store, pages.length);
        return { pages, reads };
      });
      byLocale.set(key, built);
      // A failed build is not kept: the next call tries again.
      built.catch(() => byLocale.delete(key));
    }
    const { pages, reads } = await built;
    if (recorder) for (const tag of reads) recorder.add(tag);
    return pages;
  }

  /** How many pages the default locale has, once its index for `store` is built. */
  size(store: ContentStore): number | undefined {
    return this.sizes.get(store);
  }
}
