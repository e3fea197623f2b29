/**
 * Full-text search over the published content, one index per locale (`SearchIndex.build`), kept
 * in memory beside the graph it was built from. Pure: no database, no GraphQL; the resolver
 * maps its results and its BAD_USER_INPUT errors.
 */
export {
  MAX_QUERY_LENGTH,
  SearchIndex,
  type SearchDocument,
  type SearchEdge,
  type SearchHighlight,
  type SearchIndexInfo,
  type SearchOptions,
  type SearchPageInfo,
  type SearchResult,
} from './search-index.js';
export { FIELDS as SEARCH_FIELDS, type SearchField } from './ranking.js';
