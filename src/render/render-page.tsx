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
import { parsePath, pathOf, type PageRef } from '../pages/paths.js';
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

const regions = new Intl.DisplayNames(['en-GB'], { type: 'region' });

function navOf(data: SiteNavFragment): NavItem[] {
  return data.specialisms.edges.map(({ node }) => ({
    path: pathOf({ kind: 'specialism', slug: node.slug }),
    label: node.name,
  }));
}

function documentOf(tree: VNode): string {
  return `<!DOCTYPE html>\n${renderToString(tree)}\n`;
}

interface Found {
  meta: Meta;
  nav: NavItem[];
  body: VNode;
}

/** Fetches what the page at `ref` shows and builds its body; null when there is no such page. */
async function load(ref: PageRef, path: string, query: Query): Promise<Found | null> {
  const page = (
    data: { page: Meta | null } & SiteNavFragment,
    body: () => VNode | null,
  ): Found | null => {
    const view = data.page && body();
    return view && data.page ? { meta: data.page, nav: navOf(data), body: view } : null;
  };
  switch (ref.kind) {
    case 'home': {
      const data = await query(HomeViewDocument, { path });
      return page(data, () => <HomeView data={data} />);
    }
    case 'specialism': {
      const data = await query(SpecialismViewDocument, { path, slug: ref.slug });
      return page(data, () => data.specialism && <SpecialismView s={data.specialism} />);
    }
    case 'specialismFaq': {
      const data = await query(FaqViewDocument, { path, slug: ref.slug });
      return page(data, () => data.specialism && <FaqView s={data.specialism} />);
    }
    case 'specialismComparison': {
      const data = await query(ComparisonViewDocument, { path, slug: ref.slug });
      return page(data, () => data.specialism && <ComparisonView s={data.specialism} />);
    }
    case 'role': {
      const data = await query(RoleViewDocument, { path, slug: ref.slug });
      return page(data, () => data.role && <RoleView role={data.role} />);
    }
    case 'roleInHub': {
      const data = await query(RoleInHubViewDocument, { path, slug: ref.slug, hub: ref.hub });
      return page(
        data,
        () =>
          data.role &&
          data.hub && (
            <RoleInHubView
              role={data.role}
              hub={data.hub}
              country={regions.of(data.hub.country) ?? data.hub.country}
            />
          ),
      );
    }
    case 'skill': {
      const data = await query(SkillViewDocument, { path, slug: ref.slug });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={`${node.name}: the roles that need it`}
              lede={node.description ?? `Roles that need ${node.name.toLowerCase()}.`}
              rolesTitle="Roles that need this skill"
            />
          ),
      );
    }
    case 'technology': {
      const data = await query(TechnologyViewDocument, { path, slug: ref.slug });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={`${node.name} roles`}
              lede={node.description ?? `Roles that work with ${node.name}.`}
              rolesTitle={`Roles that use ${node.name}`}
            />
          ),
      );
    }
    case 'industry': {
      const data = await query(IndustryViewDocument, { path, slug: ref.slug });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={`Recruitment in ${node.name.toLowerCase()}`}
              lede={node.description ?? `Roles hired in ${node.name.toLowerCase()}.`}
              rolesTitle="Roles this industry hires"
            />
          ),
      );
    }
    case 'hub': {
      const data = await query(HubViewDocument, { path, slug: ref.slug });
      const node = data.node;
      return page(
        data,
        () =>
          node && (
            <TaxonomyView
              node={node}
              heading={`Recruitment in ${node.city}`}
              lede={`${node.city}, ${regions.of(node.country) ?? node.country} (${node.region}).${node.remoteNotes ? ` ${node.remoteNotes}` : ''}`}
              rolesTitle={`Roles hired in ${node.city}`}
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
  const meta = {
    path,
    title: `Page not found | ${siteName}`,
    description: 'There is no page at this address.',
  };
  const html = documentOf(
    <Layout meta={meta} nav={navOf(data)} siteName={siteName} noindex>
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
  const ref = parsePath(path);
  const found = ref && (await load(ref, pathOf(ref), query));
  if (!found) return renderNotFound(path, query, siteName);
  const html = documentOf(
    <Layout
      meta={found.meta}
      nav={found.nav}
      siteName={found.meta.openGraph.siteName}
      preview={options.preview}
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
