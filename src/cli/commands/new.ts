import { resolve } from 'node:path';
import type { Command } from 'commander';
import { newSpecialism } from '../../seed/index.js';
import { CliError } from '../cli-error.js';
import { DEFAULT_CONTENT_DIR } from '../seed-folder.js';

/** `new`: writes a specialism skeleton; refuses other kinds and folders that exist. */
async function newCommand(
  kind: string,
  slug: string,
  options: { dir: string; primaryRole?: string },
) {
  if (kind !== 'specialism')
    throw new CliError(`cannot create a "${kind}": only "specialism" is supported`);
  const files = await newSpecialism(resolve(options.dir), slug, {
    primaryRole: options.primaryRole,
  }).catch((error: Error) => {
    throw new CliError(error.message);
  });
  for (const file of files) console.log(`Wrote ${file}`);
  console.log(
    `Fill in the TODOs (seed refuses them), then run: npx rolegraph check ${options.dir}`,
  );
}

/** `rolegraph new specialism <slug> [--dir <dir>] [--primary-role <slug>]`. */
export function addNewCommand(program: Command): void {
  program
    .command('new')
    .description('Write a skeleton for new content, with comments on every field.')
    .argument('<kind>', 'what to create: specialism')
    .argument('<slug>', 'its slug, e.g. computer-vision')
    .option('--dir <dir>', 'seed folder', DEFAULT_CONTENT_DIR)
    .option(
      '--primary-role <slug>',
      'slug of the primary role, e.g. computer-vision-engineer (default: <slug>-engineer)',
    )
    .action(newCommand);
}
