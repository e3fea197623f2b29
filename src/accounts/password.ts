import {
  randomBytes,
  scrypt as scryptCallback,
  timingSafeEqual,
  type ScryptOptions,
} from 'node:crypto';
import { badInput } from '../errors/index.js';
import { isCommonPassword } from './common-passwords.js';

/**
 * scrypt's cost: N = 2^15, r = 8, p = 3 — one of OWASP's equivalent settings to N = 2^17, p = 1,
 * at a quarter of the memory (32 MiB per hash), so a burst of sign-ins cannot eat the server's
 * memory. Stored with each hash, so raising them later rehashes at the next sign-in.
 */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 3, keyLength: 32, saltBytes: 16 } as const;

export const MIN_PASSWORD_LENGTH = 12;
/** scrypt takes any length; this bounds the work one request can ask for. */
export const MAX_PASSWORD_LENGTH = 256;

function scrypt(password: string, salt: Buffer, params: ScryptOptions & { keyLength: number }) {
  const { keyLength, ...options } = params;
  // Node refuses anything above maxmem (32 MiB by default); allow twice what the cost needs.
  const maxmem = 2 * 128 * (options.N ?? 0) * (options.r ?? 0);
  return new Promise<Buffer>((resolve, reject) =>
    scryptCallback(password.normalize('NFC'), salt, keyLength, { ...options, maxmem }, (e, key) =>
      e ? reject(e) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$<salt>$<key>`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SCRYPT.saltBytes);
  const key = await scrypt(password, salt, SCRYPT);
  const { N, r, p } = SCRYPT;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

const FORMAT = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]+)\$([\w-]+)$/;

/** Whether `password` matches `stored`; the keys are compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = FORMAT.exec(stored);
  if (!match) return false;
  const [, N, r, p, salt, key] = match;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), {
    N: Number(N),
    r: Number(r),
    p: Number(p),
    keyLength: expected.length,
  });
  return timingSafeEqual(actual, expected);
}

/** Whether a stored hash was made with weaker settings than today's (rehash it at sign-in). */
export function needsRehash(stored: string): boolean {
  const match = FORMAT.exec(stored);
  return (
    !match ||
    Number(match[1]) < SCRYPT.N ||
    Number(match[2]) < SCRYPT.r ||
    Number(match[3]) < SCRYPT.p
  );
}

let dummy: Promise<string> | undefined;
/**
 * A hash no password matches, made once: checked against when there is no account (or no
 * password), so a sign-in for an unknown email costs the same time as one for a known email.
 */
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(randomBytes(32).toString('base64url')));
}

/** Refuses a password that is too short, too long, or on the list of common passwords. */
export function checkPassword(password: string, argumentName = 'password'): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH)
    throw badInput(argumentName, `use at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH)
    throw badInput(argumentName, `use at most ${MAX_PASSWORD_LENGTH} characters`);
  if (isCommonPassword(password))
    throw badInput(
      argumentName,
      'this password is on the list of common passwords; choose another',
    );
}
