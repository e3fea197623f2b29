import type { ServerResponse } from 'node:http';

/**
 * The pages load only their own stylesheet and icon and run no script (their JSON-LD is data,
 * not script); `connect-src 'self'` lets audit tools read robots.txt from the page (Lighthouse's
 * SEO audit fails without it). GraphiQL sends its own, looser policy over this one.
 */
export const PAGE_CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface SecurityHeadersOptions {
  /** The Content-Security-Policy every response starts with. @default PAGE_CSP */
  contentSecurityPolicy?: string;
}

export interface SecurityHeaders {
  /** Sets them on `res` (a route may then override the CSP). */
  (res: ServerResponse): void;
  /** The same as name, value, … (for a response written with one `writeHead`). */
  flat: readonly string[];
}

/** The security headers every response carries. */
export function useSecurityHeaders({
  contentSecurityPolicy = PAGE_CSP,
}: SecurityHeadersOptions = {}): SecurityHeaders {
  const headers: [string, string][] = [
    ['content-security-policy', contentSecurityPolicy],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['x-frame-options', 'DENY'],
  ];
  const set = (res: ServerResponse) => {
    for (const [name, value] of headers) res.setHeader(name, value);
  };
  return Object.assign(set, { flat: headers.flat() });
}
