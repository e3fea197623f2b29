import type { EntityManager } from '@mikro-orm/core';
import type { UserActor } from '../auth/actor.js';
import { AuditEntry } from '../editorial/audit-entry.entity.js';
import { TooManyRequestsError, UnauthenticatedError } from '../errors/index.js';
import { csrfTokenOf, emailKey, newSecret, secretHash, SECRET } from './codes.js';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password.js';
import { SignInFailure } from './sign-in-failure.entity.js';
import { User, UserStatus } from './user.entity.js';
import { UserSession } from './user-session.entity.js';

/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 12 * 3600_000;
/** …and this long after sign-in, whatever happens. */
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
/** `lastSeenAt` is written at most this often: a request is a read, not a write. */
const TOUCH_MS = 60_000;

/**
 * Guessing: after `perAccount` failures for one email from one client within `windowMs`, that
 * client's sign-ins for that email are refused for `lockMs`, the right password included; after
 * `perClient` failures from one client across emails, all its sign-ins are.
 */
export const SIGN_IN_THROTTLE = {
  perAccount: 5,
  perClient: 20,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
} as const;
/** Failures (and sessions over) are kept this long, then pruned. */
const FAILURES_KEPT_MS = 24 * 3600_000;

/** A live session, as a request holds it. */
export interface LiveSession {
  actor: UserActor;
  user: User;
  /** The token a cookie-authenticated mutation must send as `x-csrf-token`. */
  csrfToken: string;
}

/** A new session: its secret goes into the cookie, and nowhere else. */
export interface SignedIn extends LiveSession {
  secret: string;
  expiresAt: Date;
}

const SIGN_IN_REFUSED = 'wrong email or password';

/**
 * Editors' sessions, in the database so every instance knows them. The cookie holds a random
 * secret (256 bits); rows hold its hash. `now` is the clock (tests move it).
 */
export class Sessions {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {
    // Made now, so the first sign-in for an unknown email costs no more than any other.
    dummyHash().catch(() => undefined);
  }

  /**
   * Signs in with email and password from `client`; a new session each time (the one the browser
   * held before, `replacing`, ends). Refused with UNAUTHENTICATED — the same message and the same
   * work whether or not the email exists — or TOO_MANY_REQUESTS while throttled.
   */
  async signIn(
    emailGiven: string,
    password: string,
    client: string,
    replacing?: string,
  ): Promise<SignedIn> {
    const email = emailKey(emailGiven).slice(0, 254);
    const em = this.em.fork();
    await this.refuseWhileThrottled(em, email, client);
    const user = await em.findOne(User, { email });
    const stored = user?.status === UserStatus.ACTIVE ? user.passwordHash : null;
    // The same scrypt work for an unknown email as for a known one.
    const matches = await verifyPassword(password.slice(0, 1024), stored ?? (await dummyHash()));
    const now = this.now();
    if (!user || !stored || !matches) {
      await em.transactional(async (tx) => {
        tx.create(SignInFailure, { email, client, at: now });
        tx.create(AuditEntry, {
          at: now,
          actor: 'public',
          operation: 'signInFailed',
          details: { email, client },
        });
        await tx.nativeDelete(SignInFailure, {
          at: { $lt: new Date(now.getTime() - FAILURES_KEPT_MS) },
        });
      });
      throw new UnauthenticatedError(SIGN_IN_REFUSED);
    }
    const rehashed = needsRehash(stored) ? await hashPassword(password) : null;
    const secret = newSecret();
    const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
    const session = await em.transactional(async (tx) => {
      if (replacing && SECRET.test(replacing))
        await tx.nativeUpdate(
          UserSession,
          { secretHash: secretHash(replacing), endedAt: null },
          { endedAt: now },
        );
      await tx.nativeDelete(SignInFailure, { email, client });
      // Sessions over for a day are of no more use (the audit log keeps who signed in when).
      const dayAgo = new Date(now.getTime() - FAILURES_KEPT_MS);
      await tx.nativeDelete(UserSession, {
        $or: [{ expiresAt: { $lt: dayAgo } }, { endedAt: { $lt: dayAgo } }],
      });
      await tx.nativeUpdate(
        User,
        { id: user.id },
        rehashed ? { lastSignInAt: now, passwordHash: rehashed } : { lastSignInAt: now },
      );
      tx.create(AuditEntry, {
        at: now,
        actor: user.email,
        operation: 'signIn',
        details: { client },
      });
      return tx.create(UserSession, {
        secretHash: secretHash(secret),
        user: tx.getReference(User, user.id),
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
      });
    });
    return { ...live(session, user), csrfToken: csrfTokenOf(secret), secret, expiresAt };
  }

  /** The session a cookie's secret stands for, or null when it is unknown, ended or expired. */
  async authenticate(secret: string): Promise<LiveSession | null> {
    if (!SECRET.test(secret)) return null;
    const session = await this.live({ secretHash: secretHash(secret) });
    return session && { ...live(session, session.user), csrfToken: csrfTokenOf(secret) };
  }

  /** The actor of a live session by id (a preview opened from it), or null. */
  async actorOf(sessionId: number): Promise<UserActor | null> {
    const session = await this.live({ id: sessionId });
    return session && live(session, session.user).actor;
  }

  /** Ends one session (sign-out). */
  async end(actor: UserActor): Promise<void> {
    await this.endWhere(actor, { id: actor.sessionId }, 'signOut');
  }

  /** Ends every session of the actor's user (sign-out everywhere). */
  async endAll(actor: UserActor): Promise<void> {
    await this.endWhere(actor, { user: actor.userId }, 'signOutEverywhere');
  }

  private async endWhere(
    actor: UserActor,
    where: { id: number } | { user: number },
    operation: string,
  ) {
    const now = this.now();
    await this.em.fork().transactional(async (tx) => {
      await tx.nativeUpdate(UserSession, { ...where, endedAt: null }, { endedAt: now });
      tx.create(AuditEntry, { at: now, actor: actor.name, operation, details: null });
    });
  }

  private async live(where: { secretHash: string } | { id: number }) {
    const session = await this.em.fork().findOne(UserSession, where, { populate: ['user'] });
    const now = this.now();
    if (
      !session ||
      session.endedAt ||
      session.expiresAt <= now ||
      session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now.getTime() ||
      session.user.status !== UserStatus.ACTIVE
    )
      return null;
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_MS)
      await this.em
        .fork()
        .nativeUpdate(UserSession, { id: session.id, endedAt: null }, { lastSeenAt: now });
    return session;
  }

  /** Throws TOO_MANY_REQUESTS while `client` is locked out of `email`, or out of signing in. */
  private async refuseWhileThrottled(em: EntityManager, email: string, client: string) {
    const { perAccount, perClient, windowMs, lockMs } = SIGN_IN_THROTTLE;
    const now = this.now().getTime();
    const since = new Date(now - windowMs - lockMs);
    const lockedUntil = async (where: { client: string; email?: string }, limit: number) => {
      const recent = await em.find(
        SignInFailure,
        { ...where, at: { $gt: since } },
        { orderBy: { at: 'desc', id: 'desc' }, limit, fields: ['at'] },
      );
      // The last `limit` failures within one window: locked for `lockMs` from the last of them.
      if (recent.length < limit) return 0;
      const [last, first] = [recent[0].at.getTime(), recent[limit - 1].at.getTime()];
      return last - first <= windowMs ? last + lockMs : 0;
    };
    const until = Math.max(
      await lockedUntil({ client, email }, perAccount),
      await lockedUntil({ client }, perClient),
    );
    if (until > now) {
      const retryAfterSeconds = Math.ceil((until - now) / 1000);
      throw new TooManyRequestsError(
        `too many failed sign-ins from this client: try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
        { retryAfterSeconds },
      );
    }
  }
}

function live(session: UserSession, user: User): Omit<LiveSession, 'csrfToken'> {
  return {
    user,
    actor: {
      kind: 'user',
      name: user.email,
      role: user.role,
      userId: user.id,
      sessionId: session.id,
    },
  };
}
