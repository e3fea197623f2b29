import type { ComponentChildren } from 'preact';
import { jsonForScript, jsonLdDocuments, LocalLink, linkableOf, type Meta } from './components.js';
import { DEFAULT_LOCALE } from '../content/locales.js';
import { FAVICON_PATH, STYLESHEET_PATH } from './stylesheet.js';
import type { PageScope } from './page-scope.js';
import { uiTexts, type UiText } from './ui-text/index.js';

export interface NavItem {
  path: string;
  label: string;
}

/** This page in one of the site's languages. */
export interface Alternate {
  /** BCP 47 tag, e.g. `de-DE`. */
  locale: string;
  /** The language's own name, e.g. `Deutsch`. */
  name: string;
  /** Site-relative path of this page in that language. */
  path: string;
  /** Absolute URL of the same, for `hreflang` links. */
  url: string;
}

/** What `Layout` takes: the page's meta, navigation and words, and its body. */
export interface LayoutProps {
  meta: Pick<Meta, 'title' | 'description' | 'path'> & Partial<Meta>;
  nav: NavItem[];
  siteName: string;
  children: ComponentChildren;
  noindex?: boolean;
  /** Drafts are shown: say so on the page, and keep it out of indexes. */
  preview?: boolean;
  /** The words of the page's language; British English unless given. */
  text?: UiText;
  /** This page in every language it exists in, its own included. */
  alternates?: Alternate[];
  /** The `hreflang="x-default"` URL: the page for a language the site does not have. */
  xDefaultUrl?: string;
  /** The home page in this page's language. */
  homePath?: string;
  /** The sitemap the footer links to. */
  sitemapPath?: string;
  /** What the header's search box holds (the search page's query). */
  searchQuery?: string;
}

/**
 * What the components of a page read from its frame (`inPageScope`): its words, its language
 * and the language of unprefixed paths, and the pages it may link to (the home page, the
 * navigation and the page model's links).
 */
export function pageScopeOf({
  meta,
  nav,
  text = uiTexts['en-GB'],
  alternates = [],
  homePath = '/',
}: LayoutProps): PageScope {
  const linkable = linkableOf([
    '/',
    homePath,
    ...nav.map((n) => n.path),
    ...(meta.links ?? []).map((l) => l.path),
  ]);
  // Unprefixed paths are the default locale's: the alternate without a prefix names it.
  const unprefixed =
    alternates.find((a) => !/^\/[a-z]{2}-[A-Z]{2}\//.test(a.path))?.locale ?? DEFAULT_LOCALE;
  return { text, languages: { page: text.lang, unprefixed }, linkable };
}

/** Every page's frame: head with SEO tags and JSON-LD, header, breadcrumbs, main, footer. */
export function Layout({
  meta,
  nav,
  siteName,
  children,
  noindex = false,
  preview = false,
  text = uiTexts['en-GB'],
  alternates = [],
  xDefaultUrl,
  homePath = '/',
  sitemapPath = '/sitemap.xml',
  searchQuery = '',
}: LayoutProps) {
  const og = meta.openGraph;
  return (
    <html lang={text.lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title}</title>
        <meta name="description" content={meta.description} />
        {(noindex || preview) && (
          <meta name="robots" content={preview ? 'noindex' : (meta.robots ?? 'noindex')} />
        )}
        {meta.canonicalUrl && <link rel="canonical" href={meta.canonicalUrl} />}
        {alternates.map((a) => (
          <link rel="alternate" hreflang={a.locale} href={a.url} />
        ))}
        {xDefaultUrl && <link rel="alternate" hreflang="x-default" href={xDefaultUrl} />}
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
        {meta.jsonLd !== undefined &&
          jsonLdDocuments(meta.jsonLd).map((doc) => (
            <script
              type="application/ld+json"
              dangerouslySetInnerHTML={{ __html: jsonForScript(doc) }}
            />
          ))}
      </head>
      <body>
        {preview && (
          <p class="preview-banner" role="status">
            {text.layout.preview} <a href="/preview/exit">{text.layout.leavePreview}</a>
          </p>
        )}
        <a class="skip" href="#main">
          {text.layout.skipToContent}
        </a>
        <header class="site-header">
          <div class="inner">
            <a class="brand" href={homePath}>
              {siteName}
            </a>
            <nav class="site-nav" aria-label={text.layout.specialismsNav}>
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
            {/* A plain GET form: search works without JavaScript, in the page's locale. */}
            <form class="site-search" role="search" action={`${homePath}search/`} method="get">
              <label for="site-search-q">{text.search.label}</label>
              <input
                id="site-search-q"
                type="search"
                name="q"
                value={searchQuery}
                maxLength={200}
                required
              />
              <button type="submit">{text.search.submit}</button>
            </form>
            {alternates.length > 1 && (
              <nav class="languages" aria-label={text.languages}>
                <ul>
                  {alternates.map((a) => (
                    <li>
                      <a
                        href={a.path}
                        hreflang={a.locale}
                        lang={a.locale}
                        aria-current={a.locale === text.lang ? 'page' : undefined}
                      >
                        {a.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </header>
        {meta.breadcrumbs && meta.breadcrumbs.length > 1 && (
          <nav class="crumbs" aria-label={text.layout.breadcrumb}>
            <ol>
              {meta.breadcrumbs.map((crumb, i, all) => (
                <li>
                  {i === all.length - 1 ? (
                    <span aria-current="page">{crumb.name}</span>
                  ) : (
                    <LocalLink href={crumb.path}>{crumb.name}</LocalLink>
                  )}
                </li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main">{children}</main>
        <footer class="site-footer">
          <div class="inner">
            <p>
              {text.layout.footer(
                siteName,
                nav.map((n) => n.label),
              )}{' '}
              <a href={sitemapPath}>{text.layout.sitemap}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
