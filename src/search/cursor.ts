import { createHash } from 'node:crypto';
import { badInput } from '../errors/index.js';
import type { QueryWord } from './text.js';

/** Bumped if the cursor format changes, so old cursors are refused rather than misread. */
const FORMAT = 's1';
const CURSOR = /^s1:([0-9a-f]{12}):(\d{1,15})$/;

/**
 * What a page of results depends on: the query's words (with which one is a prefix) and the
 * type filter. A cursor carries it, so a cursor from one search is refused by another rather
 * than silently paging through a different list.
 */
export function searchKey(words: readonly QueryWord[], types: readonly string[]): string {
  const key = JSON.stringify([words.map((w) => [w.term, w.prefix]), [...new Set(types)].sort()]);
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/** The opaque cursor of the result at `offset` (0-based) of a search: base64url text. */
export function encodeCursor(key: string, offset: number): string {
  return Buffer.from(`${FORMAT}:${key}:${offset}`, 'utf8').toString('base64url');
}

/**
 * The offset a cursor names. Throws BAD_USER_INPUT (on `argumentName`) for anything
 * `encodeCursor` did not make for this search.
 */
export function decodeCursor(cursor: string, key: string, argumentName = 'after'): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const parts = CURSOR.exec(raw);
  // Node's decoder skips characters outside the alphabet; re-encoding catches them.
  if (!parts || encodeCursor(parts[1], Number(parts[2])) !== cursor) {
    throw badInput(argumentName, 'is not a cursor this search issued');
  }
  if (parts[1] !== key) {
    throw badInput(argumentName, 'belongs to a different query or type filter');
  }
  return Number(parts[2]);
}
