import type { IncomingMessage } from 'node:http';
import { sameToken } from '../accounts/codes.js';
import { SESSION_COOKIE } from '../accounts/session-cookie.js';
import type { Sessions } from '../accounts/session.service.js';
import type { User } from '../accounts/user.entity.js';
import { PUBLIC_ACTOR, type Actor } from '../auth/actor.js';
import type { PreviewSessions } from '../auth/preview-session.service.js';
import type { TokenService } from '../auth/token.service.js';
import { cookies } from './http.js';
import { UnauthenticatedError } from '../errors/index.js';

/**
 * Cookie holding a preview session's secret, for browsing the rendered site with drafts (set by
 * /preview; the token it was opened with stays on the server).
 */
export const PREVIEW_COOKIE = 'rolegraph_preview';

export { SESSION_COOKIE } from '../accounts/session-cookie.js';

/** The signed-in user's session, when the request came with a live session cookie. */
export interface RequestSession {
  secret: string;
  csrfToken: string;
  user: User;
  /** Whether the request carried the session's CSRF token in `x-csrf-token`. */
  csrfOk: boolean;
}

export interface RequestAuth {
  actor: Actor;
  /** Whether this request sees drafts. */
  preview: boolean;
  /** The session cookie's session (the API only; a bearer token takes precedence). */
  session?: RequestSession;
  /** A session cookie came that is no longer valid (ended, expired): the answer clears it. */
  staleSession?: boolean;
}

const yes = (value: string | null | undefined) => value === 'true' || value === '1';

export interface Authenticators {
  tokens: TokenService;
  previews: PreviewSessions;
  sessions: Sessions;
}

/**
 * Who is asking and what they see. A bearer token names the actor; on the API without one, the
 * session cookie does (a stale one is ignored, so a signed-out browser can still sign in); on
 * pages, a preview session's cookie. A bad token or preview cookie is refused
 * (UNAUTHENTICATED) rather than quietly ignored. Preview — the `X-Preview: true` header, the
 * `preview=true` query parameter, or the preview cookie on pages — needs a token or a signed-in
 * user, of any role.
 */
export async function authenticate(
  req: IncomingMessage,
  url: URL,
  { tokens, previews, sessions }: Authenticators,
  { page }: { page: boolean },
): Promise<RequestAuth> {
  const header = req.headers.authorization;
  const jar = cookies(req);
  const cookie = page ? jar.get(PREVIEW_COOKIE) : undefined;
  const sessionSecret = page ? undefined : jar.get(SESSION_COOKIE);
  let actor: Actor = PUBLIC_ACTOR;
  let session: RequestSession | undefined;
  let staleSession = false;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    actor = await tokens.authenticate(match[1]);
  } else if (cookie) {
    const held = await previews.authenticate(cookie);
    if ('kind' in held) actor = held;
    else {
      const user = await sessions.actorOf(held.userSessionId);
      if (!user) throw new UnauthenticatedError('the preview has ended: sign in and open it again');
      actor = user;
    }
  } else if (sessionSecret) {
    const live = await sessions.authenticate(sessionSecret);
    if (live) {
      actor = live.actor;
      session = {
        secret: sessionSecret,
        csrfToken: live.csrfToken,
        user: live.user,
        csrfOk: sameToken(req.headers['x-csrf-token'], live.csrfToken),
      };
    } else staleSession = true;
  }
  const preview =
    yes(String(req.headers['x-preview'] ?? '')) ||
    yes(url.searchParams.get('preview')) ||
    Boolean(cookie);
  if (preview && actor.kind === 'public') {
    throw new UnauthenticatedError(
      'preview needs a token (Authorization: Bearer …) or a signed-in user',
    );
  }
  return { actor, preview, session, staleSession };
}
