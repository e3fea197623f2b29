import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PublishedContent } from '../content/read/published-content.js';
import type { Query } from '../render/render-page.js';
import type { RequestAuth } from './auth.js';
import { send } from './http.js';
import { PAGE_CSP } from './use-security-headers.js';
import type { InProcess } from './in-process.js';
import type { Rendered } from './site.js';
import type { ResponseCacheLayer } from './use-response-cache.js';
import type { WithinBudget } from './use-time-budget.js';

/**
 * A preview is the editor's alone, never indexed, and may be shown in a frame of this site (the
 * Studio's preview beside the form); public pages may not be framed at all.
 */
const PRIVATE_PAGE = {
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex',
  'content-security-policy': PAGE_CSP.replace("frame-ancestors 'none'", "frame-ancestors 'self'"),
  'x-frame-options': 'SAMEORIGIN',
};

export interface PagesOptions {
  content: PublishedContent | null;
  responses: ResponseCacheLayer;
  cacheOn: boolean;
  /** Seconds browsers and CDNs may keep a page. */
  maxAge: number;
  withinBudget: WithinBudget;
  run: InProcess;
}

/**
 * Sends a page (or the sitemap, robots.txt) that `render` makes of the content. The public view
 * (no preview: a token holder browsing without preview sees exactly what the public sees) comes
 * from and fills the shared cache, and is sent `public` with an ETag whether or not the cache is
 * on. Preview is rendered each time, private.
 */
export function usePages(options: PagesOptions) {
  const { content, responses, withinBudget, run } = options;
  return async function page(
    req: IncomingMessage,
    res: ServerResponse,
    auth: RequestAuth,
    clientKey: string,
    render: (query: Query) => Promise<Rendered>,
    cacheKey?: string,
  ): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = cacheKey ?? `page:${url.pathname}`;
    const publicView = !auth.preview;
    // The job list's filters live in its query string: those views are not kept (a key per
    // query string would let anyone fill the cache), and are rendered each time.
    const filtered =
      cacheKey === undefined &&
      url.search !== '' &&
      /^\/(?:[a-z]{2}-[A-Z]{2}\/)?jobs\/$/.test(url.pathname);
    if (publicView && options.cacheOn && !filtered) {
      const found = await responses.lookup(key);
      if (found) return responses.sendHit(req, res, found);
    }
    const reads = new Set<string>();
    const readFrom = content?.current();
    const out = await withinBudget(render(run.queryFor(auth, clientKey, reads)));
    if (!publicView || (out.status !== 200 && out.status !== 404)) {
      return send(res, out.status, out.type, out.body, {
        ...(auth.preview ? PRIVATE_PAGE : { 'cache-control': 'no-cache' }),
        ...out.headers,
      });
    }
    responses.sendAndStore(
      req,
      res,
      options.cacheOn && !filtered ? [key] : [],
      {
        status: out.status,
        headers: {
          'content-type': out.type,
          'cache-control': `public, max-age=${options.maxAge}`,
          ...out.headers,
        },
        body: out.body,
        tags: reads,
      },
      readFrom,
    );
  };
}
