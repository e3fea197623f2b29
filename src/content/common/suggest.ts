import { closest, distance } from 'fastest-levenshtein';

/** `"x"` if a candidate is close enough to be a likely typo of `word`, else undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length === 0) return undefined;
  const best = closest(word, list);
  const allowed = Math.max(2, Math.floor(word.length / 4));
  return distance(word, best) <= allowed ? best : undefined;
}

export function withSuggestion(message: string, suggestion: string | undefined): string {
  return suggestion ? `${message} (did you mean "${suggestion}"?)` : message;
}
