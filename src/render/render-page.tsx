import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import {
  ComparisonViewDocument,
  FaqViewDocument,
  HomeViewDocument,
  HubViewDocument,
  IndustryViewDocument,
  NotFoundViewDocument,
  RoleInHubViewDocument,
  RoleViewDocument,
  SkillViewDocument,
  SpecialismViewDocument,
  TechnologyViewDocument,
  type SiteNavFragment,
} from '../generated/graphql.js';
import { localizedPath, parsePath, pathOf, splitLocale, type PageRef } from '../pages/paths.js';
import { sitemapPath } from '../pages/sitemap.js';
import { textFor, type UiText } from './ui-text/index.js';
import type { Meta } from './components.js';
import { Layout, type NavItem } from './layout.js';
import {
  ComparisonView,
  FaqView,
  HomeView,
  NotFoundView,
  RoleInHubView,
  RoleView,
  SpecialismView,
  TaxonomyView,
} from './views.js';

/** Runs one of the project's GraphQL operations: the site is a client of its own API. */
export type Query = <T, V extends Record<string, unknown>>(
  document: TypedDocumentNode<T, V>,
  variables: V,
) => Promise<T>;

export interface Rendered {
  status: 200 | 404;
  html: string;
}

/** The site navigation when there is no page to give it (the 404 page): the default locale's. */
function navOf(data: SiteNavFragment): NavItem[] {
  return data.specialisms.edges.map(({ node }) => ({
    path: pathOf({ kind: 'specialism', slug: node.slug }),
    label: node.name,
  }));
}

function documentOf(tree: VNode): string {
  return `<!DOCTYPE html>\n${renderToString(tree)}\n`;
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

/**
 * Fetches what the page at `ref` shows, in `locale`, and builds its body; null when there is no
 * such page (in that locale).
 */
async function load(
  ref: PageRef,
  path: string,
  query: Query,
  locale: string | undefined,
  t: UiText,
): Promise<Found | null> {
  const page = (data: { page: PageMeta | null }, body: () => VNode | null): Found | null => {
    const view = data.page && body();
    return view && data.page ? { meta: data.page, nav: data.page.nav, body: view } : null;
  };
  switch (ref.kind) {
    case 'home': {
      const data = await query(HomeViewDocument, { path, locale });
      // A locale lists the specialisms it publishes (its navigation), no others.
      const published = new Set(data.page?.nav.map((n) => n.path));
      const home = {
        ...data.home,
        edges: data.home.edges.filter(({ node }) =>
          published.has(localizedPath(pathOf({ kind: 'specialism', slug: node.slug }), locale)),
        ),
      };
      return page(data, () => <HomeView data={{ ...data, home }} />);
    }
    case 'specialism': {
      const data = await query(SpecialismViewDocument, { path, slug: ref.slug, locale });
      return page(data, () => data.specialism && <SpecialismView s={data.specialism} />);
    }
    case 'specialismFaq': {
      const data = await query(FaqViewDocument, { path, slug: ref.slug, locale });
      return page(data, () => data.specialism && <FaqView s={data.specialism} />);
    }
    case 'specialismComparison': {
      const data = await query(ComparisonViewDocument, { path, slug: ref.slug, locale });
      return page(data, () => data.specialism && <ComparisonView s={data.specialism} />);
    }
    case 'role': {
      const data = await query(RoleViewDocument, { path, slug: ref.slug, locale });
      return page(data, () => data.role && <RoleView role={data.role} />);
    }
    case 'roleInHub': {
      const data = await query(RoleInHubViewDocument, {
        path,
        slug: ref.slug,
        hub: ref.hub,
        locale,
      });
      return page(
        data,
        () =>
          data.role &&
          data.hub && (
            <RoleInHubView
              role={data.role}
              hub={data.hub}
              country={t.countryName(data.hub.country)}
            />
          ),
      );
    }
    case 'skill': {
      const data = await query(SkillViewDocument, { path, slug: ref.slug, locale });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={t.taxonomy.skill.heading(node.name)}
              lede={node.description ?? t.taxonomy.skill.lede(node.name)}
              rolesTitle={t.taxonomy.skill.rolesTitle}
            />
          ),
      );
    }
    case 'technology': {
      const data = await query(TechnologyViewDocument, { path, slug: ref.slug, locale });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={t.taxonomy.technology.heading(node.name)}
              lede={node.description ?? t.taxonomy.technology.lede(node.name)}
              rolesTitle={t.taxonomy.technology.rolesTitle(node.name)}
            />
          ),
      );
    }
    case 'industry': {
      const data = await query(IndustryViewDocument, { path, slug: ref.slug, locale });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={t.taxonomy.industry.heading(node.name)}
              lede={node.description ?? t.taxonomy.industry.lede(node.name)}
              rolesTitle={t.taxonomy.industry.rolesTitle}
            />
          ),
      );
    }
    case 'hub': {
      const data = await query(HubViewDocument, { path, slug: ref.slug, locale });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={t.taxonomy.hub.heading(node.city)}
              lede={`${node.city}, ${t.countryName(node.country)} (${node.region}).${node.remoteNotes ? ` ${node.remoteNotes}` : ''}`}
              rolesTitle={t.taxonomy.hub.rolesTitle(node.city)}
              pathFor={(slug) => pathOf({ kind: 'roleInHub', slug, hub: ref.slug })}
            />
          ),
      );
    }
    default: {
      const unreachable: never = ref;
      throw new Error(`unknown page ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The "not found" page: status 404, not indexed. */
export async function renderNotFound(
  path: string,
  query: Query,
  siteName: string,
): Promise<Rendered> {
  const data = await query(NotFoundViewDocument, {});
  const t = textFor(undefined);
  const meta = {
    path,
    title: `${t.notFound.title} | ${siteName}`,
    description: t.notFound.description,
  };
  const html = documentOf(
    <Layout meta={meta} nav={navOf(data)} siteName={siteName} text={t} noindex>
      <NotFoundView path={path} />
    </Layout>,
  );
  return { status: 404, html };
}

export interface RenderOptions {
  /** Drafts are shown (a viewer's preview): the page says so. */
  preview?: boolean;
}

/** Renders the page at `path` as a whole HTML document, or the 404 page. */
export async function renderPath(
  path: string,
  query: Query,
  siteName: string,
  options: RenderOptions = {},
): Promise<Rendered> {
  const { locale, rest } = splitLocale(path);
  const ref = parsePath(rest);
  const text = textFor(locale);
  const found = ref && (await load(ref, localizedPath(pathOf(ref), locale), query, locale, text));
  if (!found) return renderNotFound(path, query, siteName);
  const html = documentOf(
    <Layout
      meta={found.meta}
      nav={found.nav}
      siteName={found.meta.openGraph.siteName}
      preview={options.preview}
      text={textFor(found.meta.locale)}
      alternates={found.meta.alternates}
      xDefaultUrl={found.meta.alternates.length > 1 ? found.meta.xDefaultUrl : undefined}
      homePath={localizedPath('/', locale)}
      sitemapPath={sitemapPath(locale)}
    >
      {found.body}
    </Layout>,
  );
  return { status: 200, html };
}

/** A small page of its own (the enquiry's answer), in the site's frame, never indexed. */
export async function renderMessage(
  query: Query,
  siteName: string,
  page: { path: string; title: string; description: string; status: number },
  body: VNode,
): Promise<{ status: number; html: string }> {
  const data = await query(NotFoundViewDocument, {});
  const meta = {
    path: page.path,
    title: `${page.title} | ${siteName}`,
    description: page.description,
  };
  const html = documentOf(
    <Layout meta={meta} nav={navOf(data)} siteName={siteName} noindex>
      {body}
    </Layout>,
  );
  return { status: page.status, html };
}
