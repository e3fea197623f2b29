import type { UiText } from './ui-text/en-GB.js';

/** What every component of the page being rendered reads from its frame. */
export interface PageScope {
  /** The words of the page's language. */
  text: UiText;
  /**
   * The page's language, and the language of pages whose path has no locale prefix (the
   * default locale): a link from one to the other crosses languages.
   */
  languages: { page: string; unprefixed: string };
  /** The pages this page may link to, by their default-locale path (see `linkableOf`). */
  linkable: ReadonlyMap<string, string>;
}

let current: PageScope | undefined;

/**
 * Runs `render` (a synchronous `renderToString`) with `scope` as the page's scope, and restores
 * the one before it after. A page is rendered in one synchronous call, so one module variable
 * holds the scope of the page being rendered, and nothing else runs while it is set.
 *
 * Preact's context providers did this before, and cost more than half a page's rendering: every
 * component that read a context subscribed to its provider (a Set entry and a closure each, for
 * updates a server render never makes), which kept the page's whole tree alive long enough to
 * be copied out of V8's young generation and collected again by full collections.
 */
export function inPageScope<T>(scope: PageScope, render: () => T): T {
  const before = current;
  current = scope;
  try {
    return render();
  } finally {
    current = before;
  }
}

/** The scope of the page being rendered; undefined outside `inPageScope`. */
export function pageScope(): PageScope | undefined {
  return current;
}
