import type { SearchViewQuery } from '../../generated/graphql.js';
import { useText } from '../ui-text/index.js';
import type { SearchType } from '../ui-text/en-GB.js';

type Result = SearchViewQuery['search']['edges'][number];

/** One result as the page shows it: where it links (null: it has no page) and its snippet. */
export interface ResultItem {
  id: string;
  name: string;
  path: string | null;
  /** The name with its matched words `<mark>`ed (escaped, from the API), when it matched. */
  nameHtml: string | null;
  /** Where another field matched: escaped text with `<mark>`ed words (`SearchHighlight.html`). */
  snippetHtml: string | null;
}

/** Results of one type, in rank order; groups are in the order of their best result. */
export interface ResultGroup {
  type: SearchType;
  count: number;
  items: ResultItem[];
}

/** A specialism to browse, for the empty and no-result states. */
export interface BrowseItem {
  name: string;
  headline: string;
  path: string;
}

export interface SearchPageData {
  /** The query as typed (trimmed); empty: the empty state. */
  query: string;
  totalCount: number;
  matchedAllWords: boolean;
  groups: ResultGroup[];
  /** A query that finds something, offered when this one found nothing. */
  suggestion: { text: string; path: string } | null;
  browse: BrowseItem[];
}

/**
 * The search page's body: the results grouped by type with their snippets, or what to do when
 * there are none. The header's search form (prefilled) is the page's form; the count is a status
 * so screen readers announce it, and each group is a list named by its heading.
 */
export function SearchView({ data }: { data: SearchPageData }) {
  const t = useText();
  const { query } = data;
  const browse = (
    <section aria-labelledby="browse">
      <h2 id="browse">{t.search.browse}</h2>
      <ul class="cards">
        {data.browse.map((s) => (
          <li class="card">
            <h3>
              <a href={s.path}>{s.name}</a>
            </h3>
            <p>{s.headline}</p>
          </li>
        ))}
      </ul>
    </section>
  );
  if (!query) {
    return (
      <div class="search-page">
        <h1>{t.search.title}</h1>
        <p class="lede">{t.search.prompt}</p>
        {browse}
      </div>
    );
  }
  if (data.totalCount === 0) {
    return (
      <div class="search-page">
        <h1>{t.search.titleFor(query)}</h1>
        <p class="lede" role="status">
          {t.search.noResults(query)}
        </p>
        {data.suggestion && (
          <p>
            {t.search.didYouMean(data.suggestion.text, (text) => (
              <a href={data.suggestion!.path}>{text}</a>
            ))}
          </p>
        )}
        {browse}
      </div>
    );
  }
  return (
    <div class="search-page">
      <h1>{t.search.titleFor(query)}</h1>
      <p class="lede" role="status">
        {t.search.resultsFor(data.totalCount, query)}
        {data.matchedAllWords ? '' : ` ${t.search.someWords}`}
      </p>
      {data.groups.map((group) => (
        <section aria-labelledby={`results-${group.type}`}>
          <h2 id={`results-${group.type}`}>
            {t.search.types[group.type]} ({group.count})
          </h2>
          <ul class="search-results">
            {group.items.map((item) => (
              <li>
                <p class="result-name">
                  {item.path ? (
                    <a href={item.path}>
                      <Marked html={item.nameHtml} text={item.name} />
                    </a>
                  ) : (
                    <Marked html={item.nameHtml} text={item.name} />
                  )}
                </p>
                {item.snippetHtml && (
                  <p class="snippet" dangerouslySetInnerHTML={{ __html: item.snippetHtml }} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Text with marked words (HTML the API escaped), or the plain text. */
function Marked({ html, text }: { html: string | null; text: string }) {
  return html ? <span dangerouslySetInnerHTML={{ __html: html }} /> : <>{text}</>;
}

/** The marked name (when the name matched) and the first other field that matched. */
export function highlightsOf(result: Result): {
  nameHtml: string | null;
  snippetHtml: string | null;
} {
  const { highlights } = result;
  return {
    nameHtml: highlights.find((h) => h.field === 'NAME')?.html ?? null,
    snippetHtml: highlights.find((h) => h.field !== 'NAME')?.html ?? null,
  };
}
