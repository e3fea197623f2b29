import type { EntityManager } from '@mikro-orm/core';
import { nodeRepository } from '../content/node-repository.js';
import { nodeTypes } from './content-set.js';
import { loadContent, type LoadOptions, type LoadSummary } from './load.js';
import { SeedValidationError } from './problems.js';
import { readContentDir } from './read.js';

export {
  SeedValidationError,
  describeProblems,
  failsCheck,
  formatProblem,
  sortProblems,
  type Problem,
} from './problems.js';
export { readContentDir } from './read.js';
export { loadContent, type LoadSummary } from './load.js';
export { describeChanges, describeSummary } from './report.js';
export { exportToDir, readDatabase, renderFiles } from './export.js';
export { newSpecialism } from './skeleton.js';
export type { ContentSet } from './content-set.js';

/**
 * Reads, validates and loads a seed folder. Throws `SeedValidationError` (and writes nothing)
 * when the files have errors.
 */
export async function seedFromDir(
  em: EntityManager,
  dir: string,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const { content, problems } = await readContentDir(dir);
  if (problems.some((p) => p.severity === 'error')) throw new SeedValidationError(problems);
  return loadContent(em, content, options);
}

/** True when no content node is stored yet. */
export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  const fork = em.fork();
  for (const type of nodeTypes) {
    if ((await nodeRepository(fork, type).count({})) > 0) return false;
  }
  return true;
}
