import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../errors/index.js';
import {
  authenticate,
  PREVIEW_COOKIE,
  SESSION_COOKIE,
  type Authenticators,
  type RequestAuth,
} from './auth.js';
import { cookies, send, sendError } from './http.js';

export type AuthOptions = Authenticators;

/**
 * Who is asking (see `authenticate`); `/preview?token=…` is the token's preview, and `/preview`
 * with a live session cookie the signed-in user's. Bad
 * credentials are answered here — 401 JSON on the API, a plain 401 on pages that also clears a
 * stale preview cookie — and the result is false.
 */
export function useAuth({ tokens, previews, sessions }: AuthOptions) {
  return async function identify(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    { isApi, requestId }: { isApi: boolean; requestId: string },
  ): Promise<RequestAuth | false> {
    try {
      const auth = await authenticate(req, url, { tokens, previews, sessions }, { page: !isApi });
      if (url.pathname !== '/preview') return auth;
      const token = url.searchParams.get('token');
      if (token) return { actor: await tokens.authenticate(token), preview: true };
      const secret = cookies(req).get(SESSION_COOKIE);
      const live = secret ? await sessions.authenticate(secret) : null;
      return live ? { actor: live.actor, preview: true } : auth;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (isApi) sendError(res, 401, error.code, error.message, requestId);
      else {
        const headers: Record<string, string> = { 'www-authenticate': 'Bearer' };
        // A stale preview cookie must not lock a browser out of the public site.
        if (!req.headers.authorization)
          headers['set-cookie'] = `${PREVIEW_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;
        send(res, 401, 'text/plain; charset=utf-8', `${error.message}\n`, headers);
      }
      return false;
    }
  };
}
