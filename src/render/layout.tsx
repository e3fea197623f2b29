import type { ComponentChildren } from 'preact';
import { jsonForScript, Linkable, type Meta } from './components.js';
import { FAVICON_PATH, STYLESHEET_PATH } from './stylesheet.js';

export interface NavItem {
  path: string;
  label: string;
}

/** Every page's frame: head with SEO tags and JSON-LD, header, breadcrumbs, main, footer. */
export function Layout({
  meta,
  nav,
  siteName,
  children,
  noindex = false,
  preview = false,
}: {
  meta: Pick<Meta, 'title' | 'description' | 'path'> & Partial<Meta>;
  nav: NavItem[];
  siteName: string;
  children: ComponentChildren;
  noindex?: boolean;
  /** Drafts are shown: say so on the page, and keep it out of indexes. */
  preview?: boolean;
}) {
  const linkable = new Set([
    ...(meta.links ?? []).map((l) => l.path),
    ...nav.map((n) => n.path),
    '/',
  ]);
  const og = meta.openGraph;
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {(noindex || preview) && <meta name="robots" content="noindex" />}
        {meta.canonicalUrl && <link rel="canonical" href={meta.canonicalUrl} />}
        {og && (
          <>
            <meta property="og:title" content={og.title} />
            <meta property="og:description" content={og.description} />
            <meta property="og:type" content={og.type} />
            <meta property="og:url" content={og.url} />
            <meta property="og:site_name" content={og.siteName} />
            <meta property="og:locale" content={og.locale} />
            <meta name="twitter:card" content="summary" />
          </>
        )}
        <link rel="icon" href={FAVICON_PATH} type="image/svg+xml" />
        <link rel="stylesheet" href={STYLESHEET_PATH} />
        {meta.jsonLd !== undefined && (
          <script
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonForScript(meta.jsonLd) }}
          />
        )}
      </head>
      <body>
        {preview && (
          <p class="preview-banner" role="status">
            Preview: drafts are shown. <a href="/preview/exit">Leave preview</a>
          </p>
        )}
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="inner">
            <a class="brand" href="/">
              {siteName}
            </a>
            <nav class="site-nav" aria-label="Specialisms">
              <ul>
                {nav.map((item) => (
                  <li>
                    <a href={item.path} aria-current={item.path === meta.path ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        {meta.breadcrumbs && meta.breadcrumbs.length > 1 && (
          <nav class="crumbs" aria-label="Breadcrumb">
            <ol>
              {meta.breadcrumbs.map((crumb, i, all) => (
                <li>
                  {i === all.length - 1 ? (
                    <span aria-current="page">{crumb.name}</span>
                  ) : (
                    <a href={crumb.path}>{crumb.name}</a>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main">
          <Linkable.Provider value={linkable}>{children}</Linkable.Provider>
        </main>
        <footer class="site-footer">
          <div class="inner">
            <p>
              {siteName}: specialist recruitment for {nav.map((n) => n.label).join(', ')}.{' '}
              <a href="/sitemap.xml">Sitemap</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
