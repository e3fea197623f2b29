import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from './actor.js';
import { PreviewSession } from './preview-session.entity.js';
import { ApiToken } from './token.entity.js';
import { UnauthenticatedError } from '../errors/index.js';

/** How long a preview lasts before the editor opens it again. */
export const PREVIEW_SESSION_MS = 60 * 60_000;

const hash = (secret: string) => createHash('sha256').update(secret).digest('hex');
/** 256 random bits, base64url: what the cookie holds. */
const SECRET = /^[A-Za-z0-9_-]{43}$/;

/**
 * Preview sessions: opened with a token or from a user's session, held by a browser as a random
 * secret in a cookie.
 */
export class PreviewSessions {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Opens one for the token named `tokenName`, or for the user session `userSessionId` (either
   * already authenticated); returns the cookie's secret.
   */
  async open(
    from: { tokenName: string } | { userSessionId: number },
  ): Promise<{ secret: string; expiresAt: Date }> {
    const em = this.em.fork();
    const secret = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.now().getTime() + PREVIEW_SESSION_MS);
    if ('tokenName' in from) {
      const token = await em.findOneOrFail(ApiToken, { name: from.tokenName });
      em.create(PreviewSession, { secretHash: hash(secret), token, expiresAt });
    } else {
      em.create(PreviewSession, {
        secretHash: hash(secret),
        userSessionId: from.userSessionId,
        expiresAt,
      });
    }
    await em.flush();
    return { secret, expiresAt };
  }

  /**
   * Who a cookie's secret stands for: a token's actor, or the user session it was opened from
   * (which the caller checks is still live). Throws UNAUTHENTICATED when it is unknown, ended,
   * expired, or its token has been revoked since.
   */
  async authenticate(secret: string): Promise<Actor | { userSessionId: number }> {
    const session = SECRET.test(secret)
      ? await this.em
          .fork()
          .findOne(PreviewSession, { secretHash: hash(secret) }, { populate: ['token'] })
      : null;
    if (!session || session.endedAt || session.expiresAt <= this.now())
      throw new UnauthenticatedError('the preview has ended: open it again');
    if (session.userSessionId !== null) return { userSessionId: session.userSessionId };
    if (!session.token || session.token.revokedAt)
      throw new UnauthenticatedError('the token has been revoked');
    return { kind: 'token', name: session.token.name, role: session.token.role };
  }

  /** Ends the session this secret belongs to (leaving preview); nothing if there is none. */
  async end(secret: string): Promise<void> {
    if (!SECRET.test(secret)) return;
    await this.em
      .fork()
      .nativeUpdate(
        PreviewSession,
        { secretHash: hash(secret), endedAt: null },
        { endedAt: this.now() },
      );
  }
}
