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

const FLAGS = /^\s*(--[a-z][\w-]*(=[\w.-]+)?\s*)*$/;

export function tuneHeapForServing(flags = process.env.SERVE_V8_FLAGS ?? SERVE_V8_FLAGS): void {
  if (!FLAGS.test(flags))
    throw new SettingsError(
      `SERVE_V8_FLAGS: expected V8 flags such as "${SERVE_V8_FLAGS}" (got "${flags}")`,
    );
  if (flags.trim()) v8.setFlagsFromString(flags);
}
