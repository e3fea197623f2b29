import { SESSION_MAX_MS } from './session.service.js';

/** Cookie holding a signed-in user's session secret (set by `signIn`). */
export const SESSION_COOKIE = 'rolegraph_session';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries
 * it), Secure when the site is served over https, for the whole site. An empty value clears it.
 */
export function sessionCookie(secret: string, siteUrl: string): string {
  const secure = siteUrl.startsWith('https:') ? '; Secure' : '';
  const maxAge = secret ? Math.floor(SESSION_MAX_MS / 1000) : 0;
  return `${SESSION_COOKIE}=${secret}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}
