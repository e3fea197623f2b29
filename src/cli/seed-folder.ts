import { resolve } from 'node:path';
import { readValidContentDir, type ContentSet } from '../seed/index.js';

/** The seed folder commands read when none is given. */
export const DEFAULT_CONTENT_DIR = 'content-seed';

/** Reads a seed folder; throws `SeedValidationError` (printed as the check report) on errors. */
export function readValid(dir: string): Promise<ContentSet> {
  return readValidContentDir(resolve(dir));
}
