import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SiteLocalesDocument, SitePagesDocument } from '../generated/graphql.js';
import { robotsTxt, sitemapPath, sitemapXml } from '../pages/sitemap.js';
import { renderNotFound, renderPath, type Query } from './render-page.js';
import { FAVICON, FAVICON_PATH, STYLESHEET, STYLESHEET_PATH } from './stylesheet.js';

export interface BuildOptions {
  query: Query;
  outDir: string;
  siteUrl: string;
  siteName: string;
  /** Pages rendered at once. @default 8 */
  concurrency?: number;
  onProgress?: (progress: { phase: string; done: number; total: number }) => void;
}

export interface BuildResult {
  pages: number;
  files: number;
  milliseconds: number;
}

/** Where a page's file goes: `/roles/x/` → `roles/x/index.html`. */
export function fileForPath(path: string): string {
  return join(path.replace(/^\/+/, ''), 'index.html');
}

/**
 * Writes the whole site as static files: every page of every locale as `path/index.html`,
 * `404.html`, one `sitemap.xml` per locale, `robots.txt`, the stylesheet and the icon. The
 * folder is emptied first.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const { query, outDir } = options;
  await rm(outDir, { recursive: true, force: true });
  const put = async (file: string, text: string) => {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), text);
  };

  // Every locale's pages: the default's at their paths, the others' under their prefix.
  const { locales } = await query(SiteLocalesDocument, {});
  const perLocale = await Promise.all(
    locales.map(async (l) => {
      const locale = l.isDefault ? undefined : l.code;
      return { locale, pages: (await query(SitePagesDocument, { locale })).pages };
    }),
  );
  const pages = perLocale.flatMap((l) => l.pages);
  let done = 0;
  const queue = [...pages];
  const worker = async () => {
    for (let page = queue.shift(); page; page = queue.shift()) {
      const rendered = await renderPath(page.path, query, options.siteName);
      if (rendered.status !== 200)
        throw new Error(`${page.path} is listed but renders ${rendered.status}`);
      await put(fileForPath(page.path), rendered.html);
      options.onProgress?.({ phase: 'pages', done: ++done, total: pages.length });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));

  await put('404.html', (await renderNotFound('/404.html', query, options.siteName)).html);
  for (const { locale, pages: own } of perLocale)
    await put(
      sitemapPath(locale).slice(1),
      // Pages not for search engines (thin role-in-hub pages) are built but not listed.
      await sitemapXml(
        options.siteUrl,
        own.filter((p) => p.indexable),
      ),
    );
  await put(
    'robots.txt',
    robotsTxt(
      options.siteUrl,
      perLocale.map((l) => sitemapPath(l.locale)),
    ),
  );
  await put(STYLESHEET_PATH.slice(1), STYLESHEET);
  await put(FAVICON_PATH.slice(1), FAVICON);
  options.onProgress?.({ phase: 'done', done: pages.length, total: pages.length });
  return {
    pages: pages.length,
    files: pages.length + 4 + perLocale.length,
    milliseconds: Math.round(performance.now() - started),
  };
}
