import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import {
  ComparisonViewDocument,
  FaqViewDocument,
  HomeViewDocument,
  HubViewDocument,
  IndustryViewDocument,
  JobsViewDocument,
  JobViewDocument,
  NotFoundViewDocument,
  RoleInHubViewDocument,
  RoleViewDocument,
  SearchFrameDocument,
  SearchViewDocument,
  SkillViewDocument,
  SpecialismViewDocument,
  TechnologyViewDocument,
  type ComparisonViewQuery,
  type FaqViewQuery,
  type HomeViewQuery,
  type HubViewQuery,
  type IndustryViewQuery,
  type EmploymentType,
  type JobsViewQuery,
  type JobViewQuery,
  type Workplace,
  type RoleInHubViewQuery,
  type RoleViewQuery,
  type SearchViewQuery,
  type SiteNavFragment,
  type SkillViewQuery,
  type SpecialismViewQuery,
  type TechnologyViewQuery,
} from '../generated/graphql.js';
import {
  localizedPath,
  parsePath,
  pathOf,
  splitLocale,
  type PageKind,
  type PageRefOf,
} from '../pages/paths.js';
import { sitemapPath } from '../pages/sitemap.js';
import type { Meta } from './components.js';
import { Layout, pageScopeOf, type LayoutProps, type NavItem } from './layout.js';
import { inPageScope } from './page-scope.js';
import { textFor, type UiText } from './ui-text/index.js';
import { HomeView } from './views/home.js';
import { HubView } from './views/hub.js';
import { IndustryView } from './views/industry.js';
import { JobView } from './views/job.js';
import { JobsView, type JobFilters } from './views/jobs.js';
import { NotFoundView } from './views/not-found.js';
import { RoleInHubView } from './views/role-in-hub.js';
import { RoleView } from './views/role.js';
import { highlightsOf, SearchView, type ResultGroup } from './views/search.js';
import type { SearchType } from './ui-text/en-GB.js';
import { SkillView } from './views/skill.js';
import { ComparisonView } from './views/specialism-comparison.js';
import { FaqView } from './views/specialism-faq.js';
import { SpecialismView } from './views/specialism.js';
import { TechnologyView } from './views/technology.js';

/** Runs one of the project's GraphQL operations: the site is a client of its own API. */
export type Query = <T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
) => Promise<T>;

/** A page of the site as a whole HTML document, the 404 page, or a vacancy gone (410). */
export interface RenderedPage {
  status: 200 | 404 | 410;
  html: string;
}

/** The site navigation when there is no page to give it (the 404 page): the default locale's. */
function navOf(data: SiteNavFragment): NavItem[] {
  return data.specialisms.edges.map(({ node }) => ({
    path: pathOf({ kind: 'specialism', slug: node.slug }),
    label: node.name,
  }));
}

/**
 * The page as a whole HTML document: `body` in the site's frame, rendered in the page's scope
 * (its words, its language, the pages it may link to: see `inPageScope`).
 */
function documentOf(frame: Omit<LayoutProps, 'children'>, body: ComponentChildren): string {
  const props: LayoutProps = { ...frame, children: body };
  const html = inPageScope(pageScopeOf(props), () => renderToString(<Layout {...props} />));
  return `<!DOCTYPE html>\n${html}\n`;
}

type PageMeta = Meta & {
  locale: string;
  alternates: { locale: string; name: string; path: string; url: string }[];
  xDefaultUrl: string;
  nav: NavItem[];
};

interface Found {
  meta: PageMeta;
  nav: NavItem[];
  body: VNode;
}

/** What each kind of page's query answers. */
interface ViewData {
  home: HomeViewQuery;
  specialism: SpecialismViewQuery;
  specialismFaq: FaqViewQuery;
  specialismComparison: ComparisonViewQuery;
  role: RoleViewQuery;
  roleInHub: RoleInHubViewQuery;
  skill: SkillViewQuery;
  technology: TechnologyViewQuery;
  industry: IndustryViewQuery;
  hub: HubViewQuery;
  jobs: JobsViewQuery;
  job: JobViewQuery;
}

/** A page query's variables: the page's path, the slugs its reference names, its locale. */
type VariablesOf<K extends PageKind> = { path: string } & Omit<PageRefOf<K>, 'kind'> & {
    locale: string | undefined;
  } & (K extends 'jobs' ? JobQuery : unknown);

/** The filters and page of `/jobs/?role=…&hub=…&workplace=…&employmentType=…&after=…`. */
interface JobQuery {
  role?: string;
  hub?: string;
  workplace?: Workplace;
  employmentType?: EmploymentType;
  after?: string;
}

/** How one kind of page is rendered: the query for what it shows, and the view of the answer. */
interface PageView<K extends PageKind> {
  document: TypedDocumentNode<ViewData[K], VariablesOf<K>>;
  /**
   * The page's body; null when the answer lacks the page's node. `t` is the catalog of the
   * locale the path names (the layout's comes from the page model's locale).
   */
  view(
    data: ViewData[K],
    ref: PageRefOf<K>,
    context: { locale: string | undefined; t: UiText; path: string; search: JobQuery },
  ): VNode | null;
}

/** The query and view of every kind of page: a new kind without them does not compile. */
const PAGE_VIEWS: { [K in PageKind]: PageView<K> } = {
  home: {
    document: HomeViewDocument,
    view: (data, _ref, { locale }) => <HomeView data={data} locale={locale} />,
  },
  specialism: {
    document: SpecialismViewDocument,
    view: ({ specialism }) => specialism && <SpecialismView s={specialism} />,
  },
  specialismFaq: {
    document: FaqViewDocument,
    view: ({ specialism }) => specialism && <FaqView s={specialism} />,
  },
  specialismComparison: {
    document: ComparisonViewDocument,
    view: ({ specialism }) => specialism && <ComparisonView s={specialism} />,
  },
  role: {
    document: RoleViewDocument,
    view: ({ role }) => role && <RoleView role={role} />,
  },
  roleInHub: {
    document: RoleInHubViewDocument,
    view: ({ role, hub }, _ref, { t }) =>
      role && hub && <RoleInHubView role={role} hub={hub} country={t.countryName(hub.country)} />,
  },
  skill: {
    document: SkillViewDocument,
    view: ({ node }, _ref, { t }) => node && <SkillView node={node} text={t} />,
  },
  technology: {
    document: TechnologyViewDocument,
    view: ({ node }, _ref, { t }) => node && <TechnologyView node={node} text={t} />,
  },
  industry: {
    document: IndustryViewDocument,
    view: ({ node }, _ref, { t }) => node && <IndustryView node={node} text={t} />,
  },
  hub: {
    document: HubViewDocument,
    view: ({ node }, ref, { t }) => node && <HubView node={node} slug={ref.slug} text={t} />,
  },
  jobs: {
    document: JobsViewDocument,
    view: (data, _ref, { path, search }) => (
      <JobsView data={data} filters={search as JobFilters} path={path} />
    ),
  },
  job: {
    document: JobViewDocument,
    view: ({ vacancy }) => (vacancy?.role ? <JobView job={vacancy} /> : null),
  },
};

const FILTERS = ['role', 'hub', 'workplace', 'employmentType', 'after'] as const;

/** The job list's filters from a query string: only known names, only slug-like values. */
function jobQuery(search: string | undefined): JobQuery {
  const params = new URLSearchParams(search ?? '');
  const out: Record<string, string> = {};
  for (const name of FILTERS) {
    const value = params.get(name);
    if (value && /^[A-Za-z0-9_-]{1,200}$/.test(value)) out[name] = value;
  }
  return out as JobQuery;
}

/**
 * Fetches what the page at `ref` shows, in `locale`, and builds its body; null when there is no
 * such page (in that locale). Takes `ref.kind` apart so the table's entry and `ref` agree.
 */
async function load<K extends PageKind>(
  kind: K,
  ref: PageRefOf<K>,
  path: string,
  query: Query,
  locale: string | undefined,
  t: UiText,
  search: JobQuery,
): Promise<Found | null> {
  const entry: PageView<K> = PAGE_VIEWS[kind];
  const { kind: _kind, ...slugs } = ref;
  const variables = { path, ...slugs, locale, ...(kind === 'jobs' ? search : {}) };
  const data = await query(entry.document, variables as VariablesOf<K>);
  const meta: PageMeta | null = data.page;
  const body = meta && entry.view(data, ref, { locale, t, path, search });
  return body && meta ? { meta, nav: meta.nav, body } : null;
}

/** The "not found" page: status 404, not indexed. */
export async function renderNotFound(
  path: string,
  query: Query,
  siteName: string,
): Promise<RenderedPage> {
  const data = await query(NotFoundViewDocument, {});
  const t = textFor(undefined);
  const meta = {
    path,
    title: `${t.notFound.title} | ${siteName}`,
    description: t.notFound.description,
  };
  const html = documentOf(
    {
      meta,
      nav: navOf(data),
      siteName,
      text: t,
      noindex: true,
    },
    <NotFoundView path={path} />,
  );
  return { status: 404, html };
}

export interface RenderOptions {
  /** Drafts are shown (a viewer's preview): the page says so. */
  preview?: boolean;
  /** The request's query string (`/jobs/` reads its filters from it). */
  search?: string;
}

/** Renders the page at `path` as a whole HTML document, or the 404 page. */
export async function renderPath(
  path: string,
  query: Query,
  siteName: string,
  options: RenderOptions = {},
): Promise<RenderedPage> {
  const { locale, rest } = splitLocale(path);
  const ref = parsePath(rest);
  const text = textFor(locale);
  const found =
    ref &&
    (await load(
      ref.kind,
      ref,
      localizedPath(pathOf(ref), locale),
      query,
      locale,
      text,
      jobQuery(options.search),
    ).catch((error: unknown) => {
      // A filter value the API refuses (an unknown workplace, a stale cursor) is no such page.
      if (ref.kind === 'jobs' && options.search) return null;
      throw error;
    }));
  if (!found) return renderNotFound(path, query, siteName);
  const html = documentOf(
    {
      meta: found.meta,
      nav: found.nav,
      siteName: found.meta.openGraph.siteName,
      preview: options.preview,
      text: textFor(found.meta.locale),
      alternates: found.meta.alternates,
      xDefaultUrl: found.meta.alternates.length > 1 ? found.meta.xDefaultUrl : undefined,
      homePath: localizedPath('/', locale),
      sitemapPath: sitemapPath(locale),
      noindex: !found.meta.indexable,
    },
    found.body,
  );
  return { status: found.meta.httpStatus === 410 ? 410 : 200, html };
}

/** A small page of its own (the enquiry's answer), in the site's frame, never indexed. */
export async function renderMessage(
  query: Query,
  siteName: string,
  page: { path: string; title: string; description: string; status: number },
  body: VNode,
  /** The page's language (its words, not the content's); British English when absent. */
  locale?: string,
): Promise<{ status: number; html: string }> {
  const data = await query(NotFoundViewDocument, {});
  const meta = {
    path: page.path,
    title: `${page.title} | ${siteName}`,
    description: page.description,
  };
  const html = documentOf(
    {
      meta,
      nav: navOf(data),
      siteName,
      noindex: true,
      text: textFor(locale),
    },
    body,
  );
  return { status: page.status, html };
}

/** Results the search page lists (grouped by type, so a long page stays readable). */
const SEARCH_PAGE_SIZE = 50;
/** Longest query the API takes; a longer one is cut rather than refused. */
const MAX_SEARCH_QUERY = 200;

type SearchNode = SearchViewQuery['search']['edges'][number]['node'];

/** The page a result links to (before the locale prefix); null for a type without pages. */
function resultPath(node: SearchNode): string | null {
  switch (node.__typename) {
    case 'Specialism':
      return pathOf({ kind: 'specialism', slug: node.slug });
    case 'Role':
      return pathOf({ kind: 'role', slug: node.slug });
    case 'Skill':
      return pathOf({ kind: 'skill', slug: node.slug });
    case 'Technology':
      return pathOf({ kind: 'technology', slug: node.slug });
    case 'Industry':
      return pathOf({ kind: 'industry', slug: node.slug });
    case 'Hub':
      return pathOf({ kind: 'hub', slug: node.slug });
    case 'Faq': {
      const [specialism] = node.specialisms;
      return specialism ? pathOf({ kind: 'specialismFaq', slug: specialism.slug }) : null;
    }
    case 'Employer':
      return null;
    case 'Vacancy':
      return pathOf({ kind: 'job', slug: node.slug });
  }
}

/**
 * The search page, `/search/?q=` (and `/<locale>/search/?q=`), as a whole HTML document: never
 * indexed, never in a sitemap. Results link to the page in the locale when it has one, else to
 * the default locale's; a query that finds nothing gets a suggestion (the best match for the
 * start of its longest word) and the specialisms to browse.
 */
export async function renderSearch(
  path: string,
  rawQuery: string,
  query: Query,
  siteName: string,
): Promise<RenderedPage> {
  const { locale } = splitLocale(path);
  const t = textFor(locale);
  const text = [...rawQuery.trim().replace(/\s+/g, ' ')].slice(0, MAX_SEARCH_QUERY).join('');
  const frame = await query(SearchFrameDocument, { locale, localized: locale !== undefined });
  const own = new Set(frame.pages.map((p) => p.path));
  const fallback = new Set((frame.defaultPages ?? []).map((p) => p.path));
  const linkTo = (page: string | null) => {
    if (page === null) return null;
    const localized = localizedPath(page, locale);
    if (own.has(localized)) return localized;
    return fallback.has(page) ? page : null;
  };
  const searchPath = localizedPath('/search/', locale);
  const data = text
    ? (await query(SearchViewDocument, { query: text, locale, first: SEARCH_PAGE_SIZE })).search
    : null;

  const groups: ResultGroup[] = [];
  for (const edge of data?.edges ?? []) {
    const type = edge.node.__typename.toUpperCase() as SearchType;
    let group = groups.find((g) => g.type === type);
    if (!group) {
      const count = data!.facets.find((f) => f.type === type)?.count ?? 0;
      groups.push((group = { type, count, items: [] }));
    }
    group.items.push({
      id: edge.node.id,
      name: edge.node.name,
      path: linkTo(resultPath(edge.node)),
      ...highlightsOf(edge),
    });
  }

  let suggestion: { text: string; path: string } | null = null;
  if (data && data.totalCount === 0) {
    // Nothing matched even with typos allowed: offer the best match for the longest word's start.
    const longest = text.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
    if (longest.length >= 4) {
      const near = await query(SearchViewDocument, {
        query: longest.slice(0, 3),
        locale,
        first: 1,
      });
      const best = near.search.edges[0]?.node.name;
      if (best) suggestion = { text: best, path: `${searchPath}?q=${encodeURIComponent(best)}` };
    }
  }

  const browse = frame.browse.edges
    .map(({ node }) => ({ ...node, path: linkTo(pathOf({ kind: 'specialism', slug: node.slug })) }))
    .filter((s): s is typeof s & { path: string } => s.path !== null);
  const nav = browse.map((s) => ({ path: s.path, label: s.name }));
  const meta = {
    path: searchPath,
    title: `${text ? t.search.titleFor(text) : t.search.title} | ${siteName}`,
    description: t.search.description,
  };
  const html = documentOf(
    {
      meta,
      nav: nav.length ? nav : navOf(frame),
      siteName,
      text: t,
      noindex: true,
      homePath: localizedPath('/', locale),
      sitemapPath: sitemapPath(locale),
      searchQuery: text,
    },
    <SearchView
      data={{
        query: text,
        totalCount: data?.totalCount ?? 0,
        matchedAllWords: data?.matchedAllWords ?? true,
        groups,
        suggestion,
        browse,
      }}
    />,
  );
  return { status: 200, html };
}
