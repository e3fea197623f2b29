import type { EntityManager } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { TokenRole } from '../auth/actor.js';
import { paginate, type Connection, type ConnectionArgs } from '../content/common/connection.js';
import { AuditEntry } from '../editorial/audit-entry.entity.js';
import { badInput, ConflictError, NotFoundError } from '../errors/index.js';
import { AccountCode, CodePurpose } from './account-code.entity.js';
import { emailKey, isEmail, newSecret, secretHash, SECRET } from './codes.js';
import { checkPassword, hashPassword } from './password.js';
import { User, UserStatus } from './user.entity.js';
import { UserSession } from './user-session.entity.js';

/** How long an invitation link works. */
export const INVITATION_MS = 7 * 24 * 3600_000;
/** How long a reset link works: a day, so an admin can hand it over by another channel. */
export const RESET_MS = 24 * 3600_000;

/** Where the Studio takes a one-time link's code. */
const LINK_PATH: Record<CodePurpose, string> = {
  [CodePurpose.INVITATION]: '/studio/invite/',
  [CodePurpose.RESET]: '/studio/reset/',
};

export interface AccountOptions {
  /** The site's origin, for the links. */
  siteUrl: string;
  /** Who acts, as the audit log names them (a user's email, a token's name, or `cli`). */
  actor: string;
  /** The acting user, when a signed-in admin acts: they may not lock themselves out. */
  actingUserId?: number;
  now?: () => Date;
}

/** A one-time link and the user it is for. */
export interface AccountLink {
  user: User;
  url: string;
  expiresAt: Date;
}

/** A role from its name in any case (`viewer`, `EDITOR`), or BAD_USER_INPUT. */
export function parseRole(value: string, argumentName = 'role'): TokenRole {
  const role = value.trim().toLowerCase() as TokenRole;
  if (!Object.values(TokenRole).includes(role))
    throw badInput(argumentName, `must be one of ${Object.values(TokenRole).join(', ')}`);
  return role;
}

/**
 * Users and their one-time links: what the CLI's `user` commands and the admin mutations do.
 * Role checks are the caller's (the CLI runs as the machine's owner; resolvers ask for admin).
 * Every change is audited in its own transaction.
 */
export class AccountService {
  private readonly now: () => Date;

  constructor(
    private readonly em: EntityManager,
    private readonly options: AccountOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Adds a user. With a password they are active at once; without, they are invited and the
   * result carries the invitation link.
   */
  async add(input: {
    email: string;
    role: TokenRole;
    name?: string | null;
    password?: string | null;
  }): Promise<{ user: User; link: AccountLink | null }> {
    const email = emailKey(input.email);
    if (!isEmail(email)) throw badInput('email', `"${input.email}" is not an email address`);
    const name = (input.name ?? '').trim() || email.split('@')[0];
    if (name.length > 120) throw badInput('name', 'use at most 120 characters');
    if (input.password != null) checkPassword(input.password);
    const passwordHash = input.password != null ? await hashPassword(input.password) : null;
    return this.em.fork().transactional(async (tx) => {
      if (await tx.findOne(User, { email }))
        throw new ConflictError(`a user with the email ${email} already exists`);
      const now = this.now();
      const user = tx.create(User, {
        email,
        name,
        role: input.role,
        status: passwordHash ? UserStatus.ACTIVE : UserStatus.INVITED,
        passwordHash,
        createdAt: now,
        updatedAt: now,
      });
      const link = passwordHash ? null : this.issue(tx, user, CodePurpose.INVITATION);
      this.audit(tx, passwordHash ? 'addUser' : 'inviteUser', user, { role: input.role });
      return { user, link };
    });
  }

  /** Invites a user: they set their password through the link (valid 7 days). */
  async invite(email: string, role: TokenRole, name?: string | null): Promise<AccountLink> {
    const { link } = await this.add({ email, role, name });
    // Without a password, `add` always makes the invitation.
    if (!link) throw new Error('an invitation without a link');
    return link;
  }

  /** Every user, oldest first. */
  list(): Promise<User[]> {
    return this.em.fork().find(User, {}, { orderBy: { id: 'asc' } });
  }

  /** One page of users, oldest first. */
  page<C extends Connection<User>>(args: ConnectionArgs, connection: ClassType<C>): Promise<C> {
    return paginate(this.em, User, connection, {}, args, { key: 'id' });
  }

  async changeRole(email: string, role: TokenRole): Promise<User> {
    return this.em.fork().transactional(async (tx) => {
      const user = await this.find(tx, email);
      if (user.id === this.options.actingUserId && role !== TokenRole.ADMIN)
        throw new ConflictError('you cannot lower your own role; ask another admin');
      const from = user.role;
      user.role = role;
      user.updatedAt = this.now();
      this.audit(tx, 'changeUserRole', user, { from, to: role });
      return user;
    });
  }

  /** Deactivates a user: they cannot sign in, and every session of theirs ends now. */
  async deactivate(email: string): Promise<User> {
    return this.em.fork().transactional(async (tx) => {
      const user = await this.find(tx, email);
      if (user.id === this.options.actingUserId)
        throw new ConflictError('you cannot deactivate yourself; ask another admin');
      const now = this.now();
      user.status = UserStatus.DEACTIVATED;
      user.updatedAt = now;
      await this.endSessions(tx, user);
      await tx.nativeUpdate(AccountCode, { user, usedAt: null }, { usedAt: now });
      this.audit(tx, 'deactivateUser', user);
      return user;
    });
  }

  /**
   * A one-time link to set a new password: a reset link, or a new invitation for a user who was
   * invited and never set one. A deactivated user may be brought back this way (the admin's
   * choice): setting the password activates them.
   */
  async reset(email: string): Promise<AccountLink> {
    return this.em.fork().transactional(async (tx) => {
      const user = await this.find(tx, email);
      const purpose =
        user.status === UserStatus.INVITED ? CodePurpose.INVITATION : CodePurpose.RESET;
      // An older link of the same purpose stops working.
      await tx.nativeUpdate(AccountCode, { user, purpose, usedAt: null }, { usedAt: this.now() });
      const link = this.issue(tx, user, purpose);
      this.audit(tx, 'resetUserPassword', user, { link: purpose });
      return link;
    });
  }

  /** Accepts an invitation: sets the password (and name, if given); the user is active. */
  acceptInvitation(code: string, password: string, name?: string | null): Promise<User> {
    return this.useCode(code, CodePurpose.INVITATION, password, name, 'acceptInvitation');
  }

  /** Sets a new password from a reset link; every session of the user ends. */
  resetPassword(code: string, password: string): Promise<User> {
    return this.useCode(code, CodePurpose.RESET, password, null, 'resetPassword');
  }

  private async useCode(
    code: string,
    purpose: CodePurpose,
    password: string,
    name: string | null | undefined,
    operation: string,
  ): Promise<User> {
    checkPassword(password);
    if (name != null && (name.trim() === '' || name.trim().length > 120))
      throw badInput('name', 'use 1 to 120 characters');
    const passwordHash = await hashPassword(password);
    return this.em.fork().transactional(async (tx) => {
      const now = this.now();
      const found = SECRET.test(code)
        ? await tx.findOne(
            AccountCode,
            { codeHash: secretHash(code), purpose },
            { populate: ['user'] },
          )
        : null;
      if (!found || found.usedAt || found.expiresAt <= now)
        throw badInput('code', 'this link is not valid: it was used, replaced, or has expired');
      // Claimed in the database, so two uses at once cannot both succeed.
      const claimed = await tx.nativeUpdate(
        AccountCode,
        { id: found.id, usedAt: null },
        { usedAt: now },
      );
      if (claimed !== 1)
        throw badInput('code', 'this link is not valid: it was used, replaced, or has expired');
      const user = found.user;
      user.passwordHash = passwordHash;
      user.status = UserStatus.ACTIVE;
      if (name != null) user.name = name.trim();
      user.updatedAt = now;
      await this.endSessions(tx, user);
      this.audit(tx, operation, user, null, user.email);
      return user;
    });
  }

  private async find(tx: EntityManager, email: string): Promise<User> {
    const user = await tx.findOne(User, { email: emailKey(email) });
    if (!user) throw new NotFoundError(`no user with the email ${emailKey(email)}`);
    return user;
  }

  private endSessions(tx: EntityManager, user: User) {
    return tx.nativeUpdate(UserSession, { user, endedAt: null }, { endedAt: this.now() });
  }

  private issue(tx: EntityManager, user: User, purpose: CodePurpose): AccountLink {
    const code = newSecret();
    const now = this.now();
    const expiresAt = new Date(
      now.getTime() + (purpose === CodePurpose.INVITATION ? INVITATION_MS : RESET_MS),
    );
    tx.create(AccountCode, {
      codeHash: secretHash(code),
      user,
      purpose,
      createdAt: now,
      expiresAt,
    });
    return { user, url: `${this.options.siteUrl}${LINK_PATH[purpose]}${code}`, expiresAt };
  }

  private audit(
    tx: EntityManager,
    operation: string,
    user: User,
    details: Record<string, unknown> | null = null,
    actor = this.options.actor,
  ) {
    tx.create(AuditEntry, {
      at: this.now(),
      actor,
      operation,
      details: { user: user.email, ...details },
    });
  }
}
