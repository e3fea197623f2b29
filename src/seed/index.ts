import type { EntityManager } from '@mikro-orm/core';
import { nodeRepository } from '../content/node-repository.js';
import { nodeTypes } from './content-set.js';
import { loadContent, type LoadOptions, type LoadSummary } from './load.js';
import { failsCheck, forLoading, SeedValidationError, type Problem } from './problems.js';
import { readContentDir } from './read.js';
import type { ContentSet } from './content-set.js';

export {
  SeedValidationError,
  describeProblems,
  failsCheck,
  forLoading,
  formatProblem,
  sortProblems,
  type Problem,
} from './problems.js';
export { readContentDir } from './read.js';
export { loadContent, type LoadSummary } from './load.js';
export { describeChanges, describeSummary } from './report.js';
export { exportToDir, readDatabase } from './export.js';
export { newSpecialism } from './skeleton.js';
export type { ContentSet } from './content-set.js';

/**
 * Reads a seed folder that is to be loaded, judged as `seed` judges it (`forLoading`): throws
 * `SeedValidationError` (its message is the report) when the files have errors, placeholder text
 * included, or with `strict` any warning. Returns the content and the warnings that passed.
 */
export async function readLoadableContentDir(
  dir: string,
  options: { strict?: boolean } = {},
): Promise<{ content: ContentSet; warnings: Problem[] }> {
  const read = await readContentDir(dir);
  const problems = forLoading(read.problems, options.strict);
  if (failsCheck(problems)) throw new SeedValidationError(problems);
  return { content: read.content, warnings: problems };
}

/** `readLoadableContentDir`'s content alone. */
export async function readValidContentDir(dir: string): Promise<ContentSet> {
  return (await readLoadableContentDir(dir)).content;
}

/**
 * Reads, validates and loads a seed folder. Throws `SeedValidationError` (and writes nothing)
 * when the files have errors.
 */
export async function seedFromDir(
  em: EntityManager,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  return loadContent(em, await readValidContentDir(dir), options);
}

/** True when no content node is stored yet. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  const fork = em.fork();
  for (const type of nodeTypes) {
    if ((await nodeRepository(fork, type).count({})) > 0) return false;
  }
  return true;
}
