import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send } from './http.js';

/**
 * The Studio's policy: its own scripts, styles and API only. Preview frames show this site's
 * own pages. No inline script anywhere (the build emits files). Inline styles are allowed: the
 * Markdown editor (CodeMirror) sets style attributes on its own elements as it lays out text,
 * and a style can run no code.
 */
export const STUDIO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StudioOptions {
  /** Where `npm run build` wrote the Studio. @default dist/studio of this package */
  dir?: string;
}

/**
 * Serves the Studio at `/studio/`: its assets (fingerprinted, kept a year) and, for every other
 * path under it, the app's page (the app routes in the browser: `/studio/roles/…`,
 * `/studio/invite/<code>`). Files are read when first asked for, not at start: a server that
 * nobody edits through never loads them.
 */
export function useStudio({ dir }: StudioOptions = {}) {
  // Two levels up from this file is the package, whether it runs from src/ or dist/.
  const root = dir ?? join(fileURLToPath(new URL('../../', import.meta.url)), 'dist/studio');
  const files = new Map<string, Buffer | null>();
  const read = (name: string): Buffer | null => {
    if (!files.has(name)) {
      try {
        files.set(name, readFileSync(join(root, name)));
      } catch {
        files.set(name, null);
      }
    }
    return files.get(name)!;
  };

  return function studio(path: string, res: ServerResponse): void {
    const headers = { 'content-security-policy': STUDIO_CSP, 'x-robots-tag': 'noindex' };
    if (path.startsWith('/studio/assets/')) {
      const name = normalize(path.slice('/studio/'.length));
      const body = name.startsWith('assets/') ? read(name) : null;
      if (!body) return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n', headers);
      return send(res, 200, TYPES[extname(name)] ?? 'application/octet-stream', body, {
        ...headers,
        'cache-control': 'public, max-age=31536000, immutable',
      });
    }
    const page = read('index.html');
    if (!page)
      return send(
        res,
        503,
        'text/plain; charset=utf-8',
        'The Studio is not built: run `npm run build`.\n',
        headers,
      );
    send(res, 200, 'text/html; charset=utf-8', page, { ...headers, 'cache-control': 'no-cache' });
  };
}
