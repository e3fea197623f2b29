import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { SiteLocalesDocument, SitePagesDocument } from '../generated/graphql.js';
import type { PreviewSessions } from '../auth/preview-session.service.js';
import type { SiteSettings } from '../pages/page.service.js';
import { parsePath, sitePagePath, splitLocale } from '../pages/paths.js';
import { robotsTxt, sitemapPath, sitemapXml } from '../pages/sitemap.js';
import { renderPath, renderSearch, type Query } from '../render/render-page.js';
import { FAVICON, FAVICON_PATH, STYLESHEET, STYLESHEET_PATH } from '../render/stylesheet.js';
import { APPLICATIONS_PATH } from '../render/views/application.js';
import type { RequestAuth } from './auth.js';
import { PREVIEW_COOKIE } from './auth.js';
import { application, enquiry } from './form-posts.js';
import { cookies, send } from './http.js';

export interface OperationResult<T> {
  data?: T | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

export type Execute = <T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
) => Promise<OperationResult<T>>;

/** A response rendered from content. */
export interface Rendered {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

/** What the site routes need from the app: queries run as a given request would run them. */
export interface SiteDeps {
  site: SiteSettings;
  /** A query function for a request with this auth and client. */
  queryFor(auth: RequestAuth, clientKey: string): Query;
  /** Runs an operation and returns its errors instead of throwing (for the public forms). */
  executeFor(auth: RequestAuth, clientKey: string): Execute;
  /** Sends what `render` makes of the content, from the response cache when it may. */
  page(
    req: IncomingMessage,
    res: ServerResponse,
    auth: RequestAuth,
    clientKey: string,
    render: (query: Query) => Promise<Rendered>,
    /** What the response cache keys the answer by; the path alone when absent. */
    cacheKey?: string,
  ): Promise<void>;
  previews: PreviewSessions;
}

const HTML = 'text/html; charset=utf-8';
const notFoundXml: Rendered = {
  status: 404,
  type: 'text/plain; charset=utf-8',
  body: 'There is no sitemap for this locale.\n',
};

/**
 * The public site: pages, sitemap, robots.txt, the stylesheet and icon, the preview switch and
 * the POSTs of the enquiry and application forms.
 */
export async function siteRoute(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  auth: RequestAuth,
  clientKey: string,
  deps: SiteDeps,
): Promise<void> {
  const path = url.pathname;
  const method = (req.method ?? 'GET').toUpperCase();
  if (path === '/enquiries' && method === 'POST') return enquiry(req, res, auth, clientKey, deps);
  if (path === APPLICATIONS_PATH && method === 'POST')
    return application(req, res, auth, clientKey, deps);
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' });
    res.end();
    return;
  }
  if (path === '/preview') return startPreview(res, url, auth, deps);
  if (path === '/preview/exit') {
    const secret = cookies(req).get(PREVIEW_COOKIE);
    if (secret) await deps.previews.end(secret);
    res.writeHead(303, {
      location: '/',
      'set-cookie': previewCookie('', 0, deps.site),
      'cache-control': 'no-store',
    });
    res.end();
    return;
  }
  const { locale, rest } = splitLocale(path);
  if (rest === '/sitemap.xml') {
    return deps.page(req, res, { ...auth, preview: false }, clientKey, async (query) => {
      const { locales } = await query(SiteLocalesDocument, {});
      const known = locales.find((l) => l.code === locale);
      // One sitemap per locale: the default's at /sitemap.xml, the others' under their prefix.
      if (locale && (!known || known.isDefault)) return notFoundXml;
      const { pages } = await query(SitePagesDocument, { locale });
      return {
        status: 200,
        type: 'application/xml; charset=utf-8',
        // Pages that are not for search engines (thin role-in-hub pages) stay out.
        body: await sitemapXml(
          deps.site.url,
          pages.filter((p) => p.indexable),
        ),
      };
    });
  }
  if (path === '/robots.txt')
    return deps.page(req, res, { ...auth, preview: false }, clientKey, async (query) => {
      const { locales } = await query(SiteLocalesDocument, {});
      const sitemaps = locales.map((l) => sitemapPath(l.isDefault ? undefined : l.code));
      return {
        status: 200,
        type: 'text/plain; charset=utf-8',
        body: robotsTxt(deps.site.url, sitemaps),
      };
    });
  if (rest === '/search') {
    res.writeHead(301, { location: `${path}/${url.search}` });
    res.end();
    return;
  }
  if (rest === '/search/') {
    const q = url.searchParams.get('q') ?? '';
    // Public answers are cached per query like any page (dropped when the content changes);
    // the key holds the query as the page will use it, so spacing variants share an entry.
    const key = `page:${path}?q=${q.trim().replace(/\s+/g, ' ')}`;
    return deps.page(
      req,
      res,
      auth,
      clientKey,
      async (query) => {
        const page = await renderSearch(path, q, query, deps.site.name);
        return {
          status: page.status,
          type: HTML,
          body: page.html,
          headers: { 'x-robots-tag': 'noindex' },
        };
      },
      key,
    );
  }
  if (path === FAVICON_PATH)
    return send(res, 200, 'image/svg+xml', FAVICON, { 'cache-control': 'public, max-age=86400' });
  if (path === STYLESHEET_PATH)
    return send(res, 200, 'text/css; charset=utf-8', STYLESHEET, {
      'cache-control': 'public, max-age=3600',
    });
  // Pages live at paths with a trailing slash; send the short form there.
  if (!path.endsWith('/') && !path.includes('.') && parsePath(rest)) {
    res.writeHead(301, { location: `${path}/${url.search}` });
    res.end();
    return;
  }
  return deps.page(req, res, auth, clientKey, async (query) => {
    const page = await renderPath(path, query, deps.site.name, {
      preview: auth.preview,
      search: url.search,
    });
    return {
      status: page.status,
      type: HTML,
      body: page.html,
      // A vacancy that expired or closed: gone for good, and not for any index.
      ...(page.status === 410 && { headers: { 'x-robots-tag': 'noindex' } }),
    };
  });
}

/** The preview cookie: HttpOnly, SameSite=Lax, and Secure when the site is served over https. */
function previewCookie(value: string, maxAgeSeconds: number, site: SiteSettings): string {
  const secure = site.url.startsWith('https:') ? '; Secure' : '';
  return `${PREVIEW_COOKIE}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

/**
 * `/preview?token=<token>&path=/roles/x/`: with a valid token or a signed-in user's session
 * cookie (the app has checked either), opens a preview session (an hour; the cookie holds its random secret, never the token) and sends the
 * browser to the page, which now shows drafts. Only one of the site's own page paths is a
 * destination; anything else goes to `/`.
 */
async function startPreview(res: ServerResponse, url: URL, auth: RequestAuth, deps: SiteDeps) {
  const { actor } = auth;
  if (actor.kind === 'public') {
    send(
      res,
      401,
      'text/plain; charset=utf-8',
      'Preview needs a viewer token (/preview?token=<token>&path=/some/page/) or a signed-in user\n',
    );
    return;
  }
  const { secret } = await deps.previews.open(
    actor.kind === 'user' ? { userSessionId: actor.sessionId } : { tokenName: actor.name },
  );
  res.writeHead(303, {
    location: sitePagePath(url.searchParams.get('path') ?? '/') ?? '/',
    'set-cookie': previewCookie(secret, 3600, deps.site),
    'cache-control': 'no-store',
  });
  res.end();
}
