import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Orm } from '../src/db/orm.js';
import { buildSite, type BuildResult } from '../src/render/build-site.js';
import type { App } from '../src/server/app.js';
import { seededOrm, testApp, TEST_SITE } from './helpers.js';

/** A built copy of the site, shared by the page tests of one file. */
export interface BuiltSite {
  orm: Orm;
  app: App;
  dir: string;
  result: BuildResult;
  /** Page path (`/roles/x/`) → HTML. */
  pages: Map<string, string>;
}

export async function buildTestSite(contentDir?: string): Promise<BuiltSite> {
  const orm = await seededOrm(contentDir);
  const app = await testApp(orm);
  const dir = mkdtempSync(join(tmpdir(), 'rolegraph-site-'));
  const result = await buildSite({
    query: app.query,
    outDir: dir,
    siteUrl: TEST_SITE.url,
    siteName: TEST_SITE.name,
  });
  const pages = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = relative(dir, d);
        pages.set(rel ? `/${rel}/` : '/', readFileSync(full, 'utf8'));
      }
    }
  };
  walk(dir);
  return { orm, app, dir, result, pages };
}

/** Internal links (`href="/…"`) of a page, without fragments. */
export function internalLinks(html: string): string[] {
  return [...html.matchAll(/href="(\/[^"#]*)(#[^"]*)?"/g)].map((m) => m[1]);
}

/** The JSON-LD documents of a page, parsed. */
export function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]) as unknown,
  );
}

export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export function titleOf(html: string): string {
  return textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
}

export function descriptionOf(html: string): string {
  return (/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'");
}
