import { createRequire } from 'node:module';

// The list (about 400 KB of source) is loaded on first use: a server that never sets a password
// never holds it.
const require = createRequire(import.meta.url);

let common: Set<string> | undefined;

/**
 * Whether a password (in any case) is among the ~49,000 most common ones, from the list that
 * zxcvbn-ts keeps up to date from breach corpora. Built on first use.
 */
export function isCommonPassword(password: string): boolean {
  if (!common) {
    const { dictionary } =
      require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
    common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  }
  return common.has(password.toLowerCase());
}
