import { resolve } from 'node:path';
import {
  formatProblem,
  readLoadableContentDir,
  sortProblems,
  type ContentSet,
} from '../seed/index.js';

/** The seed folder commands read when none is given. */
export const DEFAULT_CONTENT_DIR = 'content-seed';

/**
 * Reads a seed folder to load it; throws `SeedValidationError` (printed as the report) on errors,
 * placeholders included (and any warning with `strict`). Prints the warnings that pass, as
 * `check` would, so a load is never silent about them.
 */
export async function readValid(
  dir: string,
  options: { strict?: boolean } = {},
): Promise<ContentSet> {
  const { content, warnings } = await readLoadableContentDir(resolve(dir), options);
  for (const warning of sortProblems(warnings)) console.error(formatProblem(warning));
  return content;
}
