import MiniSearch, { type SearchResult as EngineHit } from 'minisearch';
import { performance } from 'node:perf_hooks';
import { badInput } from '../errors/index.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../graphql/page-size.js';
import { decodeCursor, encodeCursor, searchKey } from './cursor.js';
import { FIELDS, FIELD_WEIGHT, Ranker, type MatchedTerms, type SearchField } from './ranking.js';
import { parseQuery, snippet, terms, type QueryWord } from './text.js';

/**
 * One content node as search sees it, in one locale's text. The index keeps a reference to it
 * (for slugs and snippets) rather than a copy, so the caller must not change it afterwards.
 */
export interface SearchDocument {
  /** Opaque global id, unique within the index. */
  id: string;
  /** The node's type ("Role", "Technology", …); any string, so new types need no change here. */
  type: string;
  slug: string;
  name: string;
  /** Other names it is known by ("K8s", "Golang"). */
  aliases: readonly string[];
  /** The headline, summary or description: a sentence or two. */
  summary: string;
  /** The rest of its text, as plain text (Markdown already rendered or stripped). */
  body: string;
}

/** A page request. `null` is accepted for every option and means "not given". */
export interface SearchOptions {
  /** Only these types; empty or absent means every type. Facets ignore it (see `facets`). */
  types?: readonly string[] | null;
  /** Page size, 0 to `MAX_PAGE_SIZE`; `DEFAULT_PAGE_SIZE` when absent. */
  first?: number | null;
  /** The cursor of the last result of the previous page. */
  after?: string | null;
}

/** Where one field matched: a short piece of its text and the matched words in it. */
export interface SearchHighlight {
  field: SearchField;
  /** About 160 characters around the first match, with "…" where text was left out. */
  snippet: string;
  /** `[start, end)` of each matched word within `snippet` (UTF-16 offsets). */
  ranges: [number, number][];
}

/** One result. */
export interface SearchEdge {
  cursor: string;
  /** Whole part: match quality (see `Ranker`); fraction: BM25, for ties of quality. */
  score: number;
  id: string;
  type: string;
  slug: string;
  /** One per field that matched, in the order name, aliases, summary, body. */
  highlights: SearchHighlight[];
}

/** Where a page sits (Relay cursor connections). */
export interface SearchPageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A page of results. */
export interface SearchResult {
  /** Results across all pages, after the type filter. */
  totalCount: number;
  /**
   * Results per type *before* the type filter (as Algolia counts facets), so a UI can offer
   * "Roles (3) · Technologies (5)" while one type is selected. Keys in type order.
   */
  facets: Record<string, number>;
  /**
   * 'AND' when every word matched; 'OR' when no document held them all and documents holding
   * any of them are shown instead (a UI may say so).
   */
  combinedWith: 'AND' | 'OR';
  edges: SearchEdge[];
  pageInfo: SearchPageInfo;
}

/** Sizes, for logs and health checks. */
export interface SearchIndexInfo {
  documents: number;
  /** Distinct terms in the index (after folding). */
  terms: number;
  /** How long `build` took. */
  buildMs: number;
}

/** Longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** How aliases are joined into one text, for the index and the aliases snippet. */
const ALIAS_SEPARATOR = ', ';

/**
 * MiniSearch's own score only breaks ties of match quality (see `Ranker`), but it is kept in the
 * same spirit: the same field order, and prefix and fuzzy matches weighed well below exact ones.
 */
const ENGINE_WEIGHTS = { fuzzy: 0.35, prefix: 0.5 };

interface Ranked {
  doc: SearchDocument;
  score: number;
  matched: MatchedTerms;
}

/**
 * The full-text index of one locale's documents: typo-tolerant, as-you-type, folded for case
 * and diacritics, weighted by field. Immutable once built: on a content change, build a new one
 * and swap the reference (about 20 ms per locale for today's content).
 */
export class SearchIndex {
  private constructor(
    private readonly engine: MiniSearch<SearchDocument>,
    private readonly documents: ReadonlyMap<string, SearchDocument>,
    private readonly buildMs: number,
  ) {}

  /**
   * Indexes `documents` (kept by reference). Throws a plain Error on a duplicate id: that is a
   * bug in the caller, not bad user input.
   */
  static build(documents: Iterable<SearchDocument>): SearchIndex {
    const started = performance.now();
    const { engine, byId } = SearchIndex.prepare(documents);
    engine.addAll([...byId.values()]);
    return new SearchIndex(engine, byId, performance.now() - started);
  }

  /**
   * As `build`, but indexes `chunkSize` documents at a time and lets other work run between
   * chunks: at ×100 content a locale's index takes seconds to build, and a server must keep
   * answering meanwhile. `buildMs` counts the wall time, waits included.
   */
  static async buildAsync(
    documents: Iterable<SearchDocument>,
    chunkSize = 500,
  ): Promise<SearchIndex> {
    const started = performance.now();
    const { engine, byId } = SearchIndex.prepare(documents);
    await engine.addAllAsync([...byId.values()], { chunkSize });
    return new SearchIndex(engine, byId, performance.now() - started);
  }

  private static prepare(documents: Iterable<SearchDocument>): {
    engine: MiniSearch<SearchDocument>;
    byId: Map<string, SearchDocument>;
  } {
    const byId = new Map<string, SearchDocument>();
    for (const doc of documents) {
      if (byId.has(doc.id)) throw new Error(`search index: duplicate document id ${doc.id}`);
      byId.set(doc.id, doc);
    }
    const engine = new MiniSearch<SearchDocument>({
      fields: [...FIELDS],
      // Nothing stored: results are looked up in `byId`, which the caller's graph already holds.
      storeFields: [],
      extractField: (doc, field) =>
        field === 'aliases'
          ? doc.aliases.join(ALIAS_SEPARATOR)
          : doc[field as keyof SearchDocument],
      // `terms` already folds; the default processTerm would lower-case every term again.
      tokenize: terms,
      processTerm: (term) => term,
    });
    return { engine, byId };
  }

  /** How many documents the index holds. */
  get size(): number {
    return this.documents.size;
  }

  /** Sizes and build time. */
  info(): SearchIndexInfo {
    return { documents: this.size, terms: this.engine.termCount, buildMs: this.buildMs };
  }

  /**
   * One page of the documents matching `query`, best first (ties by type, then slug). Every
   * word must match; when no document holds them all, any word will do (`combinedWith`).
   * Throws BAD_USER_INPUT for a blank or over-long query, a bad `first`, or a foreign cursor.
   */
  search(query: string, options: SearchOptions = {}): SearchResult {
    if (query.trim() === '') throw badInput('query', 'must not be empty');
    // Characters, not UTF-16 units (an emoji is one); only a long query needs counting.
    if (query.length > MAX_QUERY_LENGTH && [...query].length > MAX_QUERY_LENGTH) {
      throw badInput('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
    }
    const first = options.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw badInput('first', `must be between 0 and ${MAX_PAGE_SIZE} (got ${first})`);
    }
    const types = options.types ?? [];
    const words = parseQuery(query);
    const key = searchKey(words, types);
    const offset = options.after == null ? 0 : decodeCursor(options.after, key) + 1;

    const { hits, combinedWith } = this.match(words);
    const ranker = new Ranker(words);
    const ranked: Ranked[] = hits.map((hit) => ({
      doc: this.documents.get(hit.id as string)!,
      score: ranker.score(hit.match, hit.score),
      matched: hit.match,
    }));

    const facets: Record<string, number> = {};
    for (const type of [...new Set(ranked.map((r) => r.doc.type))].sort()) facets[type] = 0;
    for (const r of ranked) facets[r.doc.type]++;

    const wanted = new Set(types);
    const listed = wanted.size ? ranked.filter((r) => wanted.has(r.doc.type)) : ranked;
    listed.sort(byRank);
    const edges = listed.slice(offset, offset + first).map((r, i): SearchEdge => ({
      cursor: encodeCursor(key, offset + i),
      score: r.score,
      id: r.doc.id,
      type: r.doc.type,
      slug: r.doc.slug,
      highlights: highlights(r.doc, r.matched),
    }));
    return {
      totalCount: listed.length,
      facets,
      combinedWith,
      edges,
      pageInfo: {
        hasNextPage: offset + edges.length < listed.length,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  /** Every document holding all the words, or else any of them. */
  private match(words: readonly QueryWord[]): {
    hits: EngineHit[];
    combinedWith: 'AND' | 'OR';
  } {
    if (words.length === 0) return { hits: [], combinedWith: 'AND' };
    const hits = this.run(words, 'AND');
    if (hits.length > 0 || words.length === 1) return { hits, combinedWith: 'AND' };
    return { hits: this.run(words, 'OR'), combinedWith: 'OR' };
  }

  private run(words: readonly QueryWord[], combineWith: 'AND' | 'OR'): EngineHit[] {
    // The words are already folded terms without spaces: split them back, process nothing.
    return this.engine.search(words.map((w) => w.term).join(' '), {
      combineWith,
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      prefix: (_term, i) => words[i].prefix,
      fuzzy: (_term, i) => words[i].edits || false,
      boost: { ...FIELD_WEIGHT },
      weights: ENGINE_WEIGHTS,
    });
  }
}

/** Best score first; equal scores by type, then slug, then id, so the order is stable. */
function byRank(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    compare(a.doc.type, b.doc.type) ||
    compare(a.doc.slug, b.doc.slug) ||
    compare(a.doc.id, b.doc.id)
  );
}

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A snippet for each field that matched, name first. */
function highlights(doc: SearchDocument, matched: MatchedTerms): SearchHighlight[] {
  const byField = new Map<string, Set<string>>();
  for (const [term, fields] of Object.entries(matched)) {
    for (const field of fields) {
      let set = byField.get(field);
      if (!set) byField.set(field, (set = new Set()));
      set.add(term);
    }
  }
  const out: SearchHighlight[] = [];
  for (const field of FIELDS) {
    const set = byField.get(field);
    if (!set) continue;
    const text = field === 'aliases' ? doc.aliases.join(ALIAS_SEPARATOR) : doc[field];
    const found = snippet(text, (term) => set.has(term));
    if (found) out.push({ field, ...found });
  }
  return out;
}
