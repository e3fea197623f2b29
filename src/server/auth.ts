import type { IncomingMessage } from 'node:http';
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

export interface RequestAuth {
  actor: Actor;
  /** Whether this request sees drafts. */
  preview: boolean;
}

const yes = (value: string | null | undefined) => value === 'true' || value === '1';

/**
 * Who is asking and what they see. A bearer token (or, for pages, a preview session's cookie)
 * names the actor; a bad one is refused (UNAUTHENTICATED) rather than quietly ignored. Preview —
 * the `X-Preview: true` header, the `preview=true` query parameter, or the preview cookie on
 * pages — needs a valid token of any role.
 */
export async function authenticate(
  req: IncomingMessage,
  url: URL,
  { tokens, previews }: { tokens: TokenService; previews: PreviewSessions },
  { page }: { page: boolean },
): Promise<RequestAuth> {
  const header = req.headers.authorization;
  const cookie = page ? cookies(req).get(PREVIEW_COOKIE) : undefined;
  let actor: Actor = PUBLIC_ACTOR;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw new UnauthenticatedError('Authorization must be "Bearer <token>"');
    actor = await tokens.authenticate(match[1]);
  } else if (cookie) {
    actor = await previews.authenticate(cookie);
  }
  const preview =
    yes(String(req.headers['x-preview'] ?? '')) ||
    yes(url.searchParams.get('preview')) ||
    Boolean(cookie);
  if (preview && actor.kind !== 'token') {
    throw new UnauthenticatedError('preview needs a token (Authorization: Bearer …)');
  }
  return { actor, preview };
}
