import { Readable } from 'node:stream';
import { SitemapStream, streamToPromise } from 'sitemap';

export interface SitemapEntry {
  path: string;
  /** ISO date-time of the newest content the page shows. */
  lastModified: string;
}

/** `sitemap.xml` for the site: every indexable page, `lastmod` from the content. */
export async function sitemapXml(siteUrl: string, entries: SitemapEntry[]): Promise<string> {
  const stream = new SitemapStream({ hostname: `${siteUrl}/` });
  const xml = await streamToPromise(
    Readable.from(entries.map((e) => ({ url: e.path, lastmod: e.lastModified }))).pipe(stream),
  );
  return xml.toString();
}

/** `robots.txt`: everything may be crawled; the sitemap says what there is. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}/sitemap.xml\n`;
}
