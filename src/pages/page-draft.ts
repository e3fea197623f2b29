import type { Thing } from 'schema-dts';
import * as ld from './json-ld.js';
import {
  Page,
  PageKind,
  type Breadcrumb,
  type PageAlternate,
  type PageLink,
} from './page.types.js';
import type { PageText } from './page-text.js';
import { localizedPath, pathOf, subjectOf, type PageRef } from './paths.js';

/** Where the site lives and what it is called; from the environment. */
export interface SiteSettings {
  /** Canonical origin, no trailing slash. */
  url: string;
  name: string;
  /** Open Graph locale, e.g. `en_GB`. */
  locale: string;
}

/** A content node as a page depends on it. */
export interface NodeLike {
  slug: string;
  updatedAt: Date;
}

/** Collects what one page shows, links to and depends on while it is being built. */
export class PageDraft {
  readonly dependencies = new Set<string>();
  readonly links: PageLink[] = [];
  private readonly linked = new Set<string>();
  lastModified = new Date(0);

  constructor(
    readonly ref: PageRef,
    private readonly site: SiteSettings,
    readonly text: PageText,
    /** This page's locale, or undefined for the default. */
    private readonly locale: string | undefined,
    /** What this page's locale publishes (`type:slug`); null: everything (the default locale). */
    private readonly scope: Set<string> | null,
  ) {}

  /** The path of `ref` in this page's locale when the locale publishes it, else the default's. */
  pathTo(ref: PageRef): string {
    const inScope = !this.scope || subjectOf(ref).every((key) => this.scope!.has(key));
    return localizedPath(pathOf(ref), inScope ? this.locale : undefined);
  }

  /** This page's own path, in its locale. */
  get path(): string {
    return this.pathTo(this.ref);
  }

  /** The absolute URL of a site path. */
  url(path: string): string {
    return `${this.site.url}${path}`;
  }

  /** Records that the page shows these nodes (for `pagesAffectedBy` and `lastModified`). */
  uses(type: string, ...nodes: NodeLike[]): void {
    for (const node of nodes) {
      this.dependencies.add(`${type}:${node.slug}`);
      if (node.updatedAt > this.lastModified) this.lastModified = node.updatedAt;
    }
  }

  /** Adds a link to `ref` to the page's links, once, and never to the page itself. */
  link(ref: PageRef, label: string): void {
    const path = this.pathTo(ref);
    if (path === this.path || this.linked.has(path)) return;
    this.linked.add(path);
    this.links.push({ path, label });
  }

  /** The breadcrumb trail: the home page, then `steps`. */
  crumbs(...steps: [string, PageRef][]): Breadcrumb[] {
    return [[this.text.home, { kind: 'home' }] as [string, PageRef], ...steps].map(
      ([name, ref]) => ({ name, path: this.pathTo(ref), url: this.url(this.pathTo(ref)) }),
    );
  }

  /** The finished page: what the builder gives, with what the draft collected. */
  finish(fields: {
    title: string;
    description: string;
    breadcrumbs: Breadcrumb[];
    jsonLd: Thing[];
    ogType?: string;
    alternates: PageAlternate[];
    /** Another page that stands for this one (a thin role-in-hub page: the role page). */
    canonical?: PageRef;
    /** Not for search engines: `noindex, follow`, and out of the sitemap. @default true */
    indexable?: boolean;
    /** 410 for a vacancy that expired or closed. @default 200 */
    httpStatus?: number;
  }): Page {
    const page = new Page();
    const canonicalUrl = this.url(fields.canonical ? this.pathTo(fields.canonical) : this.path);
    const indexable = fields.indexable ?? true;
    const language = this.text.lang;
    Object.assign(page, {
      locale: language,
      alternates: fields.alternates,
      xDefaultUrl: this.url(pathOf(this.ref)),
      path: this.path,
      kind: this.ref.kind as PageKind,
      title: fields.title,
      description: fields.description,
      canonicalUrl,
      indexable,
      robots: indexable ? null : 'noindex, follow',
      httpStatus: fields.httpStatus ?? 200,
      openGraph: {
        title: fields.title,
        description: fields.description,
        type: fields.ogType ?? 'article',
        url: canonicalUrl,
        siteName: this.site.name,
        locale: this.text.ogLocale,
      },
      breadcrumbs: fields.breadcrumbs,
      links: this.links,
      jsonLd: ld.graph([
        ld.webPage({
          url: this.url(this.path),
          name: fields.title,
          description: fields.description,
          inLanguage: language,
        }),
        ld.breadcrumbList(fields.breadcrumbs),
        ...fields.jsonLd,
      ]),
      lastModified: this.lastModified,
      dependencies: [...this.dependencies].sort(),
      ref: this.ref,
    });
    return page;
  }
}
