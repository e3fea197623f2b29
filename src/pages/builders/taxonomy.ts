import type { Role } from '../../content/entities.js';
import type { SpecialismNote } from '../../content/specialism/specialism-note.types.js';
import * as ld from '../json-ld.js';
import type { NodeLike, PageDraft } from '../page-draft.js';
import type { Page } from '../page.types.js';
import type { PageRef } from '../paths.js';
import { firstSentences, fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { BuildContext } from './builder.js';

/** What a taxonomy page (skill, technology, industry, hub) says about its node. */
export interface TaxonomySubject {
  node: NodeLike;
  /** The node's name as the page writes it (a hub's city). */
  name: string;
  /** Title candidates, most descriptive first. */
  titles: string[];
  /** What the node is, for the description (its first sentences are used). */
  about: string;
  /** The node's roles; the ones without a page are left out. */
  roles: Promise<Role[]>;
  /** Name of the JSON-LD list of roles. */
  listName: string;
  /** The page a role's link leads to. */
  target(role: Role): PageRef;
  /** Specialisms' notes on the node, each linking to its specialism. */
  notes?: Promise<SpecialismNote[]>;
}

/**
 * The page of a taxonomy node: the node and the roles that link it. Null when none of those
 * roles has a page, so no taxonomy page is a dead end.
 */
export async function taxonomyPage(
  draft: PageDraft,
  { site, text, listed }: BuildContext,
  subject: TaxonomySubject,
): Promise<Page | null> {
  const roles = await listed(subject.roles);
  if (!roles.length) return null;
  draft.uses(draft.ref.kind, subject.node);
  draft.uses('role', ...roles);
  for (const role of roles) draft.link(subject.target(role), role.name);
  const notes = (await subject.notes) ?? [];
  draft.uses('specialism', ...notes.map((n) => n.specialism));
  for (const { specialism } of notes)
    draft.link({ kind: 'specialism', slug: specialism.slug }, specialism.name);
  const roleNames = text.list(roles.map((r) => r.name));
  const breadcrumbs = draft.crumbs([subject.name, draft.ref]);
  return draft.finish({
    title: fitTitle(subject.titles, site.name),
    description: fit(
      text.taxonomyDescription(firstSentences(subject.about, 100), roleNames),
      MAX_DESCRIPTION,
    ),
    breadcrumbs,
    alternates: [],
    jsonLd: [
      ld.itemList(
        subject.listName,
        roles.map((r) => ({
          name: r.name,
          url: draft.url(draft.pathTo(subject.target(r))),
        })),
      ),
    ],
  });
}

/** A link to a role's own page (what every taxonomy page but a hub's uses). */
export const rolePage = (role: Role): PageRef => ({ kind: 'role', slug: role.slug });
