import { Args, Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole, TokenRole } from '../auth/actor.js';
import { UnauthenticatedError } from '../errors/index.js';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import type { Context } from '../graphql/context.js';
import {
  AccountLinkType,
  SessionType,
  UserConnection,
  UsersArgs,
  UserType,
} from './account.types.js';
import { sessionCookie } from './session-cookie.js';

const emailArg = { description: "The user's email (any case)." };

/** Signing in and out, the signed-in user, and users for admins; see the services. */
@Resolver()
export class AccountResolver {
  @Directive(PRIVATE_HINT)
  @Query(() => SessionType, {
    nullable: true,
    description: 'The signed-in user (by the session cookie) and their CSRF token, or null.',
  })
  me(@Ctx() ctx: Context): SessionType | null {
    const { session } = ctx;
    return session && { user: session.user, csrfToken: session.csrfToken };
  }

  @Mutation(() => SessionType, {
    description:
      'Sign in: sets the session cookie (a new session each time). Wrong email or password: UNAUTHENTICATED; after 5 failures for one account from one client in 15 minutes, TOO_MANY_REQUESTS for 15 minutes.',
  })
  async signIn(
    @Arg('email', { description: 'The email the account has (any case).' }) email: string,
    @Arg('password', { description: 'Its password.' }) password: string,
    @Ctx() ctx: Context,
  ): Promise<SessionType> {
    const signedIn = await ctx.sessions.signIn(email, password, ctx.clientKey, ctx.session?.secret);
    (ctx.outcome.cookies ??= []).push(sessionCookie(signedIn.secret, ctx.site.url));
    return { user: signedIn.user, csrfToken: signedIn.csrfToken };
  }

  @Mutation(() => Boolean, {
    description: "End this browser's session and clear its cookie; false when none was signed in.",
  })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    (ctx.outcome.cookies ??= []).push(sessionCookie('', ctx.site.url));
    if (ctx.actor.kind !== 'user' || !ctx.session) return false;
    await ctx.sessions.end(ctx.actor);
    return true;
  }

  @Mutation(() => Boolean, {
    description: 'End every session of the signed-in user, on every device (this one included).',
  })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.actor.kind !== 'user')
      throw new UnauthenticatedError('signOutEverywhere needs a signed-in user');
    await ctx.sessions.endAll(ctx.actor);
    (ctx.outcome.cookies ??= []).push(sessionCookie('', ctx.site.url));
    return true;
  }

  @Mutation(() => UserType, {
    description:
      'Set the password from an invitation link (`/studio/invite/<code>`); the user is active and signs in with it. A used, replaced or expired code: BAD_USER_INPUT.',
  })
  acceptInvitation(
    @Arg('code', { description: 'The code at the end of the link.' }) code: string,
    @Arg('password', { description: 'At least 12 characters, not a common password.' })
    password: string,
    @Arg('name', () => String, {
      nullable: true,
      description: 'The name to show, if not the one given.',
    })
    name: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.accounts.acceptInvitation(code, password, name);
  }

  @Mutation(() => UserType, {
    description:
      "Set a new password from a reset link (`/studio/reset/<code>`); the user's sessions end. A used, replaced or expired code: BAD_USER_INPUT.",
  })
  resetPassword(
    @Arg('code', { description: 'The code at the end of the link.' }) code: string,
    @Arg('password', { description: 'At least 12 characters, not a common password.' })
    password: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.accounts.resetPassword(code, password);
  }

  @Mutation(() => AccountLinkType, {
    description: 'Invite a user (admin): returns the invitation link, valid 7 days.',
  })
  async inviteUser(
    @Arg('email', { description: 'Their email.' }) email: string,
    @Arg('role', () => TokenRole, { description: 'What they may do.' }) role: TokenRole,
    @Arg('name', () => String, {
      nullable: true,
      description: "Their name (default: the email's local part).",
    })
    name: string | null,
    @Ctx() ctx: Context,
  ): Promise<AccountLinkType> {
    requireRole(ctx.actor, TokenRole.ADMIN, 'inviteUser');
    return ctx.accounts.invite(email, role, name);
  }

  @Mutation(() => UserType, { description: "Change a user's role (admin)." })
  changeUserRole(
    @Arg('email', emailArg) email: string,
    @Arg('role', () => TokenRole, { description: 'The new role.' }) role: TokenRole,
    @Ctx() ctx: Context,
  ) {
    requireRole(ctx.actor, TokenRole.ADMIN, 'changeUserRole');
    return ctx.accounts.changeRole(email, role);
  }

  @Mutation(() => UserType, {
    description: 'Deactivate a user (admin): they cannot sign in, and their sessions end at once.',
  })
  deactivateUser(@Arg('email', emailArg) email: string, @Ctx() ctx: Context) {
    requireRole(ctx.actor, TokenRole.ADMIN, 'deactivateUser');
    return ctx.accounts.deactivate(email);
  }

  @Mutation(() => AccountLinkType, {
    description:
      'A one-time link for a user to set a new password (admin), valid 24 hours; for a user still invited, a new invitation. A deactivated user who uses it is active again.',
  })
  resetUserPassword(@Arg('email', emailArg) email: string, @Ctx() ctx: Context) {
    requireRole(ctx.actor, TokenRole.ADMIN, 'resetUserPassword');
    return ctx.accounts.reset(email);
  }

  @Directive(PRIVATE_HINT)
  @Query(() => UserConnection, { description: 'Every user, oldest first (admin).' })
  users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: Context) {
    requireRole(ctx.actor, TokenRole.ADMIN, 'users');
    return ctx.accounts.page(args, UserConnection);
  }
}
