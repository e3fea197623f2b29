/**
 * Text handling for search, shared by documents and queries so that both sides agree on what a
 * word is: the tokenizer, case and diacritic folding, the edit-distance rule, and the snippets
 * that show where a document matched.
 */

/** One word of a text: its index term, and where it sits (UTF-16 offsets, end exclusive). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/**
 * Names that are mostly punctuation, so a letters-and-digits tokenizer would reduce them to `c`
 * or `net`; each becomes a term of its own, the same in documents and queries.
 */
const SYMBOL_TERMS: ReadonlyMap<string, string> = new Map([
  ['c++', 'cplusplus'],
  ['c#', 'csharp'],
  ['f#', 'fsharp'],
  ['.net', 'dotnet'],
]);
const SYMBOLS = new Set(SYMBOL_TERMS.values());

/**
 * A word is a run of letters and digits (combining marks included, so text in decomposed form
 * keeps "Zürich" whole); everything else separates words, hyphens too ("ML-Infrastruktur" is
 * `ml` + `infrastruktur`). The symbol names come first; `c++` and `c#` must not follow a letter
 * (so "abc++" stays `abc`), and `.net` must end the word (so ".network" stays `network`).
 */
const WORD =
  /(?<![\p{L}\p{N}])(?:c\+\+|[cf]#)|\.net(?![\p{L}\p{M}\p{N}])|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/giu;

const ASCII = /^\p{ASCII}*$/u;
const COMBINING_MARKS = /\p{M}+/gu;
/** Letters that NFD does not take apart, spelt as a German or English reader would type them. */
const LETTERS: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  ['ø', 'o'],
  ['ł', 'l'],
  ['đ', 'd'],
  ['ð', 'd'],
  ['þ', 'th'],
  ['ı', 'i'],
]);
const FOLDED_LETTERS = new RegExp(`[${[...LETTERS.keys()].join('')}]`, 'g');

/**
 * A word as the index keeps it: lower case, without diacritics ("Zürich" → `zurich`,
 * "Straße" → `strasse`). Most words are plain ASCII, which skips normalisation entirely.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDED_LETTERS, (letter) => LETTERS.get(letter) ?? letter);
}

function termOf(word: string): string {
  // Symbols are at most four characters; longer words skip the lookup.
  return (word.length <= 4 && SYMBOL_TERMS.get(word.toLowerCase())) || fold(word);
}

/** The words of `text` with their places, for snippets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ term: termOf(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The terms of `text` without places: what the index stores, and what a query looks up. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) out.push(termOf(match[0]));
  return out;
}

/**
 * How many edits a query word may be away from a document word: one from five letters, two from
 * nine, none below (short words have too many neighbours: "rat" would find "Ray"). Symbol terms
 * such as `cplusplus` were typed as "c++" and are matched exactly.
 */
export function maxEdits(term: string): 0 | 1 | 2 {
  if (SYMBOLS.has(term)) return 0;
  return term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0;
}

/**
 * A prefix of one letter matches too much to mean anything (and costs the most), so the word
 * being typed counts as a prefix from two letters on.
 */
export const MIN_PREFIX_LENGTH = 2;

/** A query word and how it may match. */
export interface QueryWord {
  term: string;
  /** Also matches longer words that start with it (the word still being typed). */
  prefix: boolean;
  /** Edits allowed (`maxEdits`). */
  edits: number;
}

/**
 * The words of a query. The last word is still being typed, and so matches as a prefix, unless
 * the query ends in white space (the user finished it); every other word is whole.
 */
export function parseQuery(query: string): QueryWord[] {
  const words = terms(query);
  const typing = !/\s$/u.test(query);
  return words.map((term, i) => ({
    term,
    prefix: typing && i === words.length - 1 && term.length >= MIN_PREFIX_LENGTH,
    edits: maxEdits(term),
  }));
}

/** A short piece of a field's text, and where the matched words sit in it. */
export interface Snippet {
  snippet: string;
  /** `[start, end)` of each matched word within `snippet` (UTF-16 offsets), in order. */
  ranges: [number, number][];
}

export const ELLIPSIS = '…';
/** Snippet length in characters of the source text. */
export const SNIPPET_WIDTH = 160;
const WHITESPACE = /\s/u;

/**
 * The part of `text` around its first matching word: about `width` characters, starting up to a
 * third of that before the match, cut at white space (a word is never cut in half unless it is
 * longer than the window), with "…" where text was left out. Runs of white space become one
 * space, so Markdown line breaks do not show. `ranges` marks every matching word in the snippet,
 * not only the first. Returns null when no word matches.
 */
export function snippet(
  text: string,
  matches: (term: string) => boolean,
  width = SNIPPET_WIDTH,
): Snippet | null {
  // Read words only up to the end of the window: bodies can be long, and pages hold many.
  const hits: Token[] = [];
  let start = 0;
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    if (hits.length > 0 && match.index >= end) break;
    const token = {
      term: termOf(match[0]),
      start: match.index,
      end: match.index + match[0].length,
    };
    if (!matches(token.term)) continue;
    if (hits.length === 0) [start, end] = window(text, token, width);
    if (token.end <= end) hits.push(token);
  }
  if (hits.length === 0) return null;

  // Build the text and a map from source offsets to snippet offsets in one pass.
  let out = /\S/u.test(text.slice(0, start)) ? ELLIPSIS : '';
  const at = new Array<number>(end - start + 1);
  let inSpace = false;
  for (let i = start; i < end; i++) {
    at[i - start] = out.length;
    if (WHITESPACE.test(text[i])) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += text[i];
      inSpace = false;
    }
  }
  at[end - start] = out.length;
  if (/\S/u.test(text.slice(end))) out += ELLIPSIS;

  const ranges = hits.map((hit): [number, number] => [at[hit.start - start], at[hit.end - start]]);
  return { snippet: out, ranges };
}

/** The `[start, end)` of the source text a snippet shows, with white space trimmed off. */
function window(text: string, first: Token, width: number): [number, number] {
  // Start a third of the width before the match, but no later than a full window from the end,
  // so a match near the end still gets its full width of context.
  let start = Math.max(0, Math.min(first.start - Math.floor(width / 3), text.length - width));
  if (start > 0 && !WHITESPACE.test(text[start - 1])) {
    // Inside a word: start at the next one, but never after the match itself.
    while (start < first.start && !WHITESPACE.test(text[start])) start++;
  }
  while (start < first.start && WHITESPACE.test(text[start])) start++;

  let end = Math.min(text.length, start + width);
  if (end < text.length && !WHITESPACE.test(text[end])) {
    let cut = end;
    while (cut > first.end && !WHITESPACE.test(text[cut - 1])) cut--;
    // No white space after the match within the window: one long word, cut it there.
    if (cut > first.end) end = cut;
  }
  end = Math.max(end, first.end);
  while (end > first.end && WHITESPACE.test(text[end - 1])) end--;
  return [start, end];
}
