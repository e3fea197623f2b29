import { distance } from 'fastest-levenshtein';
import type { QueryWord } from './text.js';

/** The fields a document is searched in, in the order highlights list them. */
export const FIELDS = ['name', 'aliases', 'summary', 'body'] as const;
export type SearchField = (typeof FIELDS)[number];

/** How a document word matched a query word. */
export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

/**
 * Where a word matched counts first, how it matched second: people search for a thing by its
 * name, so a typo in a name ("kubernets") still beats the exact word in a body. The weights are
 * chosen so that every (field, kind) pair has its own rank for one word: name 40 / 32 / 24
 * (exact / prefix / fuzzy), aliases 20 / 16 / 12, summary 10 / 8 / 6, body 5 / 4 / 3.
 */
export const FIELD_WEIGHT: Readonly<Record<SearchField, number>> = {
  name: 8,
  aliases: 4,
  summary: 2,
  body: 1,
};
export const KIND_WEIGHT: Readonly<Record<MatchKind, number>> = { exact: 5, prefix: 4, fuzzy: 3 };

/** Which document words matched, and in which fields (MiniSearch's `match`). */
export type MatchedTerms = Readonly<Record<string, readonly string[]>>;

/**
 * Scores documents for one query. The score's whole part is the match quality: for each query
 * word, the best `FIELD_WEIGHT × KIND_WEIGHT` among the document words it matched, summed over
 * the query's words. The fraction is MiniSearch's BM25 score squashed into [0, 1), so it only
 * orders documents of equal quality (term frequency, field length, rarity).
 *
 * Why not BM25 alone: its rarity factor lets a prefix or fuzzy match on a rare word outscore
 * the exact match on a common one (lucaong/minisearch#263), so "platform engineer" could rank
 * "Platform engineering" first. Here that cannot happen, whatever the corpus.
 */
export class Ranker {
  /** Per query word, the kind of each document word seen so far (null: not its match). */
  private readonly kinds: Map<string, MatchKind | null>[];

  constructor(private readonly words: readonly QueryWord[]) {
    this.kinds = words.map(() => new Map());
  }

  /** The score of a document that MiniSearch matched with `bm25`. */
  score(matched: MatchedTerms, bm25: number): number {
    return this.quality(matched) + bm25 / (bm25 + 1);
  }

  /** The whole part of the score (see the class). */
  quality(matched: MatchedTerms): number {
    let total = 0;
    this.words.forEach((word, i) => {
      let best = 0;
      for (const term of Object.keys(matched)) {
        const kind = this.kindOf(i, word, term);
        if (kind === null) continue;
        for (const field of matched[term]) {
          const weight = FIELD_WEIGHT[field as SearchField] * KIND_WEIGHT[kind];
          if (weight > best) best = weight;
        }
      }
      total += best;
    });
    return total;
  }

  private kindOf(i: number, word: QueryWord, term: string): MatchKind | null {
    const seen = this.kinds[i].get(term);
    if (seen !== undefined) return seen;
    const kind = matchKind(word, term);
    this.kinds[i].set(term, kind);
    return kind;
  }
}

/**
 * How `term` (a document word) matches `word`, by the same rules MiniSearch searched with; the
 * best kind wins, as MiniSearch scores a word that is both a prefix and a fuzzy match as prefix.
 */
export function matchKind(word: QueryWord, term: string): MatchKind | null {
  if (term === word.term) return 'exact';
  if (word.prefix && term.startsWith(word.term)) return 'prefix';
  if (
    word.edits > 0 &&
    Math.abs(term.length - word.term.length) <= word.edits &&
    distance(word.term, term) <= word.edits
  ) {
    return 'fuzzy';
  }
  return null;
}
