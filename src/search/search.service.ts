import { nodeBySlug } from '../content/node/node.service.js';
import type { NodeType } from '../content/model.js';
import type { Services } from '../content/services.js';
import type { ContentType } from '../pages/page.types.js';
import type { SearchHighlight as Highlight, SearchIndex } from './search-index.js';
import type {
  SearchArgs,
  SearchConnection,
  SearchFieldName,
  SearchHighlight,
} from './search.types.js';

/**
 * Search for one request in one locale: the index (the public's, kept per content version; or
 * one built from the working versions for preview) and the services that turn its results
 * into nodes, read in the same locale.
 */
export class SearchService {
  constructor(
    private readonly services: Services,
    private readonly index: () => Promise<SearchIndex>,
  ) {}

  async search(args: Omit<SearchArgs, 'locale'>): Promise<SearchConnection> {
    const index = await this.index();
    const result = index.search(args.query, {
      types: args.types,
      first: args.first,
      after: args.after,
    });
    const nodes = await Promise.all(
      result.edges.map((e) => nodeBySlug(this.services, e.type as NodeType, e.slug)),
    );
    const edges = result.edges.flatMap((edge, i) => {
      const node = nodes[i];
      // The index and the reader hold the same content version; a miss would be a bug.
      if (!node) return [];
      return [
        {
          cursor: edge.cursor,
          node,
          score: edge.score,
          highlights: edge.highlights.map(highlight),
        },
      ];
    });
    return {
      edges,
      pageInfo: result.pageInfo,
      totalCount: result.totalCount,
      facets: Object.entries(result.facets).map(([type, count]) => ({
        type: type as ContentType,
        count,
      })),
      matchedAllWords: result.combinedWith === 'AND',
    };
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The engine's highlight, with its matches as objects and as `<mark>`ed HTML. */
export function highlight(h: Highlight): SearchHighlight {
  let html = '';
  let at = 0;
  for (const [start, end] of h.ranges) {
    html += `${escapeHtml(h.snippet.slice(at, start))}<mark>${escapeHtml(h.snippet.slice(start, end))}</mark>`;
    at = end;
  }
  html += escapeHtml(h.snippet.slice(at));
  return {
    field: h.field as SearchFieldName,
    snippet: h.snippet,
    matches: h.ranges.map(([start, end]) => ({ start, end })),
    html,
  };
}
