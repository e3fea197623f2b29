import type { EntityManager } from '@mikro-orm/core';
import { nodeRepository } from '../content/node-repository.js';
import { nodeTypes } from './content-set.js';
import { loadContent, type LoadOptions, type LoadSummary } from './load.js';
import { failsCheck, SeedValidationError } from './problems.js';
import { readContentDir } from './read.js';
import type { ContentSet } from './content-set.js';

export {
  SeedValidationError,
  describeProblems,
  failsCheck,
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
 * Reads a seed folder that is to be loaded. Throws `SeedValidationError` (its message is the
 * check report) when the files have errors; warnings pass.
 */
export async function readValidContentDir(dir: string): Promise<ContentSet> {
  const { content, problems } = await readContentDir(dir);
  if (failsCheck(problems)) throw new SeedValidationError(problems);
  return content;
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
