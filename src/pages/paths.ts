import { RESERVED_PATHS, SLUG_PATTERN } from '../content/fields.js';

/** Every kind of page the site has, with the path it lives at. */
export type PageRef =
  | { kind: 'home' }
  | { kind: 'specialism'; slug: string }
  | { kind: 'specialismFaq'; slug: string }
  | { kind: 'specialismComparison'; slug: string }
  | { kind: 'role'; slug: string }
  | { kind: 'roleInHub'; slug: string; hub: string }
  | { kind: 'skill'; slug: string }
  | { kind: 'technology'; slug: string }
  | { kind: 'industry'; slug: string }
  | { kind: 'hub'; slug: string }
  | { kind: 'jobs' }
  | { kind: 'job'; slug: string };

export type PageKind = PageRef['kind'];

/** The reference of one kind of page, e.g. `PageRefOf<'roleInHub'>` is `{ kind, slug, hub }`. */
export type PageRefOf<K extends PageKind> = Extract<PageRef, { kind: K }>;

/** Folders of the node pages, by kind. */
const NODE_FOLDERS = {
  role: 'roles',
  skill: 'skills',
  technology: 'technologies',
  industry: 'industries',
  hub: 'hubs',
} as const;

/** The path of a page: lowercase, with a trailing slash (the static build writes path/index.html). */
export function pathOf(page: PageRef): string {
  switch (page.kind) {
    case 'home':
      return '/';
    case 'specialism':
      return `/${page.slug}/`;
    case 'specialismFaq':
      return `/${page.slug}/faq/`;
    case 'specialismComparison':
      return `/${page.slug}/compare/`;
    case 'roleInHub':
      return `/roles/${page.slug}/${page.hub}/`;
    case 'jobs':
      return '/jobs/';
    case 'job':
      return `/jobs/${page.slug}/`;
    case 'role':
    case 'skill':
    case 'technology':
    case 'industry':
    case 'hub':
      return `/${NODE_FOLDERS[page.kind]}/${page.slug}/`;
    default: {
      const unreachable: never = page;
      throw new Error(`unknown page ${JSON.stringify(unreachable)}`);
    }
  }
}

const RESERVED = new Set<string>(RESERVED_PATHS);

/** A locale's first path segment: `/de-DE/roles/x/`. Capitals, so no slug can take it. */
const LOCALE_SEGMENT = /^\/([a-z]{2}-[A-Z]{2})(\/.*)?$/;

/**
 * Splits a locale prefix off a path: `/de-DE/roles/x/` → `de-DE` and `/roles/x/`. The default
 * locale's pages have no prefix (`locale` undefined).
 */
export function splitLocale(path: string): { locale?: string; rest: string } {
  const match = LOCALE_SEGMENT.exec(path);
  if (!match) return { rest: path };
  return { locale: match[1], rest: match[2] || '/' };
}

/** A path in a locale: unprefixed for the default locale (`undefined`). */
export function localizedPath(path: string, locale: string | undefined): string {
  return locale ? `/${locale}${path}` : path;
}

/** The nodes a page is about: it exists in a locale when that locale publishes all of them. */
export function subjectOf(ref: PageRef): string[] {
  switch (ref.kind) {
    case 'home':
    case 'jobs':
      return [];
    case 'job':
      return [`vacancy:${ref.slug}`];
    case 'specialism':
    case 'specialismFaq':
    case 'specialismComparison':
      return [`specialism:${ref.slug}`];
    case 'roleInHub':
      return [`role:${ref.slug}`, `hub:${ref.hub}`];
    default:
      return [`${ref.kind}:${ref.slug}`];
  }
}

/**
 * What a path names, or null if no page could live there. Says nothing about whether the nodes
 * exist: the page model checks that. Accepts paths without the trailing slash.
 */
export function parsePath(path: string): PageRef | null {
  const clean = path.split(/[?#]/)[0];
  if (clean === '/' || clean === '') return { kind: 'home' };
  const parts = clean.replace(/^\/+|\/+$/g, '').split('/');
  if (!parts.every((p) => SLUG_PATTERN.test(p))) return null;
  const [first, second, third] = parts;
  if (first === 'jobs') {
    if (parts.length === 1) return { kind: 'jobs' };
    return parts.length === 2 ? { kind: 'job', slug: second } : null;
  }
  if (parts.length === 1) return RESERVED.has(first) ? null : { kind: 'specialism', slug: first };
  if (parts.length === 2 && !RESERVED.has(first)) {
    if (second === 'faq') return { kind: 'specialismFaq', slug: first };
    if (second === 'compare') return { kind: 'specialismComparison', slug: first };
    return null;
  }
  const folder = (Object.entries(NODE_FOLDERS) as [keyof typeof NODE_FOLDERS, string][]).find(
    ([, name]) => name === first,
  );
  if (!folder) return null;
  if (parts.length === 2) return { kind: folder[0], slug: second };
  if (parts.length === 3 && folder[0] === 'role')
    return { kind: 'roleInHub', slug: second, hub: third };
  return null;
}

/** A page path as the site writes it: single slashes, slug segments, a trailing slash. */
const PAGE_PATH_SHAPE = /^\/(?:[a-z]{2}-[A-Z]{2}\/)?(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;

/**
 * `target` if it is one of this site's own page paths (`/roles/x/`, `/de-DE/`), else null:
 * nothing a browser could read as another host (`//evil.example`, `/\\evil.example`), no
 * scheme, no query. For redirects that must stay on the site.
 */
export function sitePagePath(target: string): string | null {
  if (!PAGE_PATH_SHAPE.test(target)) return null;
  return parsePath(splitLocale(target).rest) ? target : null;
}

/** The counts `pageCountBound` needs: nodes per type, and role–hub links. */
export interface GraphSize {
  nodes: Record<'specialism' | 'role' | 'skill' | 'technology' | 'industry' | 'hub', number>;
  roleHubLinks: number;
}

/**
 * At most how many pages a locale has, from the graph's size alone (no page is built): the
 * home page, three per specialism, one per role, role in hub and taxonomy node. What the cost
 * limit charges `pages` and `pagesAffectedBy` until the real index is built.
 */
export function pageCountBound({ nodes, roleHubLinks }: GraphSize): number {
  return (
    1 +
    3 * nodes.specialism +
    nodes.role +
    roleHubLinks +
    nodes.skill +
    nodes.technology +
    nodes.industry +
    nodes.hub
  );
}
