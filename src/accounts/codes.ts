import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie or a link: 256 bits, base64url (43 characters). */
export const newSecret = () => randomBytes(32).toString('base64url');

/** What the database keeps of a secret: its SHA-256, hex (the secret has 256 bits: no salt needed). */
export const secretHash = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** The shape of `newSecret`'s output; anything else is refused before the database is asked. */
export const SECRET = /^[A-Za-z0-9_-]{43}$/;

/**
 * The session's CSRF token, derived from its secret (so it needs no column and changes with each
 * session); a one-way hash, so the token tells nothing of the cookie.
 */
export const csrfTokenOf = (secret: string) =>
  createHash('sha256').update(`csrf:${secret}`).digest('base64url');

/** Emails are compared lowercased and trimmed. */
export const emailKey = (email: string) => email.trim().toLowerCase();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (email: string) => email.length <= 254 && EMAIL.test(email);

/** Whether a presented token equals the expected one, compared in constant time. */
export function sameToken(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
