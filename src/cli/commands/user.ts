import type { Command } from 'commander';
import { AccountService, parseRole } from '../../accounts/account.service.js';
import type { User } from '../../accounts/user.entity.js';
import { loadSettings } from '../../config/env.js';
import { AppError } from '../../errors/index.js';
import { CliError } from '../cli-error.js';
import { openDatabase } from '../database.js';

/** Runs `work` on the migrated database; the service's refusals become one-line errors. */
async function withAccounts<T>(work: (accounts: AccountService) => Promise<T>): Promise<T> {
  const settings = loadSettings();
  const orm = await openDatabase(settings, { migrateFirst: true });
  try {
    // The audit log names the command line as the actor: whoever holds the machine.
    return await work(new AccountService(orm.em, { siteUrl: settings.siteUrl, actor: 'cli' }));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    await orm.close();
  }
}

/** The password piped in: everything on standard input, less one final line break. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY)
    throw new CliError('--password-stdin: pipe the password in, e.g. `… < file`');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const line = (u: User) =>
  `${u.email.padEnd(32)} ${u.role.padEnd(7)} ${u.status.padEnd(11)} ${u.name}`;

async function userAdd(
  email: string,
  options: { role: string; name?: string; passwordStdin?: boolean },
) {
  const role = (() => {
    try {
      return parseRole(options.role);
    } catch (error) {
      throw new CliError(`--role ${(error as Error).message.replace(/^role: /, '')}`);
    }
  })();
  const password = options.passwordStdin ? await readPassword() : null;
  const { user, link } = await withAccounts((a) =>
    a.add({ email, role, name: options.name, password }),
  );
  if (!link) {
    console.log(`Added ${user.role} ${user.email}: active, and can sign in now.`);
    return;
  }
  console.log(
    `Invited ${user.role} ${user.email}. Send them this link (valid until ${link.expiresAt.toISOString()}, once):`,
  );
  console.log(link.url);
}

async function userList() {
  const users = await withAccounts((a) => a.list());
  if (!users.length) console.log('No users.');
  for (const u of users) console.log(line(u));
}

async function userRole(email: string, role: string) {
  const user = await withAccounts((a) => a.changeRole(email, parseRole(role)));
  console.log(`${user.email} is now ${user.role}.`);
}

async function userDeactivate(email: string) {
  const user = await withAccounts((a) => a.deactivate(email));
  console.log(`Deactivated ${user.email}; their sessions have ended.`);
}

async function userReset(email: string) {
  const link = await withAccounts((a) => a.reset(email));
  const what = link.url.includes('/invite/') ? 'a new invitation' : 'a password reset';
  console.log(
    `Send ${link.user.email} this link for ${what} (valid until ${link.expiresAt.toISOString()}, once):`,
  );
  console.log(link.url);
}

/** `rolegraph user add|list|role|deactivate|reset`. */
export function addUserCommand(program: Command): void {
  const user = program
    .command('user')
    .description("Manage editors' accounts (they sign in to the Studio and the API).");
  user
    .command('add')
    .description('Add a user: active at once with --password-stdin, else invited by a link.')
    .argument('<email>')
    .requiredOption('--role <role>', 'viewer, editor or admin (the same powers as tokens)')
    .option('--name <name>', 'the name shown in the Studio (default: the part before the @)')
    .option(
      '--password-stdin',
      'read the password from standard input (at least 12 characters, not a common one)',
    )
    .action(userAdd);
  user.command('list').description('List users (never their passwords).').action(userList);
  user
    .command('role')
    .description("Change a user's role.")
    .argument('<email>')
    .argument('<role>', 'viewer, editor or admin')
    .action(userRole);
  user
    .command('deactivate')
    .description('Deactivate a user: they cannot sign in, and their sessions end at once.')
    .argument('<email>')
    .action(userDeactivate);
  user
    .command('reset')
    .description('Print a one-time link to set a new password (valid 24 hours).')
    .argument('<email>')
    .action(userReset);
}
