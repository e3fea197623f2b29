import type { Command } from 'commander';
import type { TokenRole } from '../../auth/actor.js';
import { TokenService } from '../../auth/token.service.js';
import { loadSettings } from '../../config/env.js';
import { AppError } from '../../errors/index.js';
import { CliError } from '../cli-error.js';
import { openDatabase } from '../database.js';

/** Runs `work` on the migrated database; the service's refusals become one-line errors. */
async function withTokens<T>(work: (tokens: TokenService) => Promise<T>): Promise<T> {
  const orm = await openDatabase(loadSettings(), { migrateFirst: true });
  try {
    return await work(new TokenService(orm.em));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await orm.close();
  }
}

async function tokenCreate(options: { name: string; role: string }) {
  const { token, info } = await withTokens((t) =>
    t.create(options.name, options.role as TokenRole),
  );
  console.log(`Created ${info.role} token "${info.name}". It is shown this once; store it now:`);
  console.log(token);
}

async function tokenList() {
  const list = await withTokens((t) => t.list());
  if (!list.length) console.log('No tokens.');
  for (const t of list) {
    const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active';
    console.log(
      `${String(t.id).padStart(3)}  ${t.name.padEnd(24)} ${t.role.padEnd(7)} created ${t.createdAt.toISOString()}  ${state}`,
    );
  }
}

async function tokenRevoke(nameOrId: string) {
  const info = await withTokens((t) => t.revoke(nameOrId));
  console.log(`Revoked token "${info.name}".`);
}

/** `rolegraph token create|list|revoke`. */
export function addTokenCommand(program: Command): void {
  const token = program
    .command('token')
    .description('Manage API tokens (only their hashes are stored).');
  token
    .command('create')
    .description('Create a token and print it once.')
    .requiredOption('--name <name>', 'a name for the token, e.g. the editor or the app using it')
    .requiredOption(
      '--role <role>',
      'viewer (read drafts), editor (change content) or admin (tokens aside, everything)',
    )
    .action(tokenCreate);
  token.command('list').description('List tokens (never their secrets).').action(tokenList);
  token
    .command('revoke')
    .description('Revoke a token by name or id.')
    .argument('<name-or-id>')
    .action(tokenRevoke);
}
