import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';

export interface SitemapEntry {
  path: string;
  /** ISO date-time of the newest content the page shows. */
  lastModified: string;
  /** The page in every locale that publishes it (`xhtml:link` alternates). */
  alternates?: { locale: string; url: string }[];
  xDefaultUrl?: string;
}

/**
 * One locale's `sitemap.xml`: every indexable page, `lastmod` from the content, and, where the
 * page exists in other locales, an `xhtml:link` alternate for each (itself and `x-default`
 * included), as search engines ask.
 */
export async function sitemapXml(siteUrl: string, entries: SitemapEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: `${siteUrl}/` });
  const xml = await streamToPromise(
    Readable.from(
      entries.map((e) => ({
        url: e.path,
        lastmod: e.lastModified,
        ...(e.alternates &&
          e.alternates.length > 1 && {
            links: [
              ...e.alternates.map((a) => ({ lang: a.locale, hreflang: a.locale, url: a.url })),
              ...(e.xDefaultUrl
                ? [{ lang: 'x-default', hreflang: 'x-default', url: e.xDefaultUrl }]
                : []),
            ],
          }),
      })),
    ).pipe(stream),
  );
  return xml.toString();
}

/** Where a locale's sitemap lives: `/sitemap.xml` for the default, `/de-DE/sitemap.xml` else. */
export function sitemapPath(locale: string | undefined): string {
  return locale ? `/${locale}/sitemap.xml` : '/sitemap.xml';
}

/** `robots.txt`: everything may be crawled; the sitemaps (one per locale) say what there is. */
export function robotsTxt(siteUrl: string, sitemaps: string[] = ['/sitemap.xml']): string {
  return `User-agent: *\nAllow: /\n\n${sitemaps.map((p) => `Sitemap: ${siteUrl}${p}\n`).join('')}`;
}
