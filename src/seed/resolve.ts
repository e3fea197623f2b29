import {
  CONTRIBUTION_KINDS,
  parseContributions,
  type ContributionKind,
} from '../content/specialism/contributions.js';
import { linkModels, type LinkKind, type NodeType, type SourceRef } from './content-set.js';
import { nodeKey, type CollectedGraph } from './collect.js';
import { suggestSlug, withSuggestion, type Nameable } from './messages.js';
import type { Problem } from './problems.js';

/**
 * Checks that hold across files, once every file is read: each specialism folder has its
 * specialism.yaml, and links name nodes that exist (suggesting the slug meant for a typo), once,
 * and never themselves. Nodes a broken file meant to define count as existing, so one mistake
 * is reported once.
 */
export function resolveLinks(graph: CollectedGraph, problems: Problem[]): void {
  const error = (at: SourceRef, message: string) =>
    problems.push({ ...at, severity: 'error', message });
  for (const [slug, at] of graph.specialismFolders) {
    if (!graph.declared.has(nodeKey('specialism', slug))) {
      error(at, `specialisms/${slug}/ has no specialism.yaml`);
      graph.declared.add(nodeKey('specialism', slug));
    }
  }
  // Each node with the names it goes by, for did-you-mean: the display name (a hub's city, an
  // FAQ's question) and any aliases the node lists.
  const nameable = new Map<NodeType, Nameable[]>();
  for (const node of graph.nodes) {
    const { name, city, aliases } = node.fields;
    const names = [name, city, ...(Array.isArray(aliases) ? aliases : [])].filter(
      (n): n is string => typeof n === 'string',
    );
    nameable.set(node.type, [...(nameable.get(node.type) ?? []), { slug: node.slug, names }]);
  }
  const known = (type: NodeType, slug: string) =>
    graph.defined.has(nodeKey(type, slug)) ||
    graph.declared.has(nodeKey(type, slug)) ||
    graph.partial.has(type);
  const unknown = (type: NodeType, slug: string) =>
    withSuggestion(
      `unknown ${type} "${slug}": no ${type} has this slug`,
      suggestSlug(slug, nameable.get(type) ?? []),
    );

  const listed = new Set<string>();
  for (const link of graph.links) {
    const at = link.source!;
    const [, fromType] = linkModels[link.kind].from;
    const [, toType] = linkModels[link.kind].to;
    if (!known(fromType, link.from)) error(at, unknown(fromType, link.from));
    if (!known(toType, link.to)) error(at, unknown(toType, link.to));
    const key = `${link.kind}:${link.from}>${link.to}`;
    if (link.kind === 'roleRelatedRole' && link.from === link.to) {
      error(at, `role "${link.from}" is compared with itself: remove it from its own relatedRoles`);
    } else if (link.kind === 'specialismRole' && listed.has(key)) {
      error(
        at,
        `role "${link.to}" is compared with itself: it is the primary role, so it cannot also be a related role`,
      );
    } else if (listed.has(key)) {
      error(at, `"${link.to}" is listed twice`);
    }
    listed.add(key);
  }
  for (const { type, slug, at } of graph.noteTargets) {
    if (!known(type, slug)) error(at, `notes: ${unknown(type, slug)}`);
  }
  placeRoles(graph, error);
}

const CONTRIBUTION_LINK: Record<ContributionKind, LinkKind> = {
  technologies: 'roleTechnology',
  industries: 'roleIndustry',
  hubs: 'roleHub',
};

/**
 * Settles each specialism–role link's `own` (the role's file is in the specialism's folder, or it
 * is the primary role) and checks that what a link says a borrowed role contributes is something
 * the role itself links.
 */
function placeRoles(graph: CollectedGraph, error: (at: SourceRef, message: string) => void) {
  const linksOf = new Map<string, Set<string>>();
  for (const link of graph.links) {
    const key = `${link.kind}:${link.from}`;
    linksOf.set(key, (linksOf.get(key) ?? new Set()).add(link.to));
  }
  for (const link of graph.links) {
    if (link.kind !== 'specialismRole') continue;
    const role = graph.defined.get(nodeKey('role', link.to));
    const home = role?.source?.file.startsWith(`specialisms/${link.from}/`) ?? false;
    link.data.own = link.data.primary === true || home;
    const contributes = parseContributions(link.data.contributes as string | null);
    for (const kind of CONTRIBUTION_KINDS) {
      for (const slug of contributes[kind] ?? []) {
        if (!role || linksOf.get(`${CONTRIBUTION_LINK[kind]}:${link.to}`)?.has(slug)) continue;
        error(
          link.source!,
          `contributes.${kind}: role "${link.to}" does not link "${slug}"; a borrowed role can only contribute its own ${kind}`,
        );
      }
    }
    if (link.data.own && Object.keys(contributes).length) {
      error(
        link.source!,
        `contributes: role "${link.to}" is one of this specialism's own roles, so everything it links counts already; remove "contributes"`,
      );
    }
  }
}
