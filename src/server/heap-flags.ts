import v8 from 'node:v8';
import { SettingsError } from '../config/env.js';

/**
 * V8 settings for a serving process (`serve`, and each of its workers), measured with
 * `npm run bench:memory` (see the README): under load, requests allocate fast and V8 lets the
 * heap grow to several times what is live before it collects the old generation; a growth of
 * 50 % over the live heap keeps the peak resident memory of a worker at scale 1 under 200 MiB
 * (about 180 MiB, against 235–250 without it) for about 4 % more CPU per request (more frequent
 * old-generation collections). V8 reads this setting as it goes, so it
 * applies when set at run time; `SERVE_V8_FLAGS` replaces it (an empty value: V8's defaults).
 */
export const SERVE_V8_FLAGS = '--heap-growing-percent=50';

/**
 * V8 settings a serving process takes only at start (the young generation's size is fixed when
 * the heap is made): `npm start` and the bench start node with them, and `serve --workers N`
 * passes them to its workers. A young generation of at most 8 MiB per semi-space (V8's default
 * is 16) takes about 15–20 MiB off a worker's peak under load (the HTML pages at 50 connections:
 * 207–214 → 188 MiB) for no CPU per request we could measure (see the README's Memory section).
 */
export const SERVE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/** `execArgv` with the serving flags added (a flag already given, with any value, is kept). */
export function withServeNodeFlags(execArgv: readonly string[]): string[] {
  const given = new Set(execArgv.map((arg) => arg.split('=')[0]));
  return [...execArgv, ...SERVE_NODE_FLAGS.filter((flag) => !given.has(flag.split('=')[0]))];
}

const FLAGS = /^\s*(--[a-z][\w-]*(=[\w.-]+)?\s*)*$/;

export function tuneHeapForServing(flags = process.env.SERVE_V8_FLAGS ?? SERVE_V8_FLAGS): void {
  if (!FLAGS.test(flags))
    throw new SettingsError(
      `SERVE_V8_FLAGS: expected V8 flags such as "${SERVE_V8_FLAGS}" (got "${flags}")`,
    );
  if (flags.trim()) v8.setFlagsFromString(flags);
}
