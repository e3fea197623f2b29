import type { Hub, Industry, Role, Specialism, Technology } from '../../content/entities.js';
import type { Services } from '../../content/services.js';
import type { PageDraft, SiteSettings } from '../page-draft.js';
import type { Page } from '../page.types.js';
import type { PageText } from '../page-text.js';
import type { PageKind, PageRef, PageRefOf } from '../paths.js';

/** A specialism's roles and, most used first, their technologies, industries and hubs. */
export interface SpecialismFacts {
  roles: Role[];
  technologies: Technology[];
  industries: Industry[];
  hubs: Hub[];
}

/** What a builder needs besides its draft: the content, the site, and the page model's rules. */
export interface BuildContext {
  readonly services: Services;
  readonly site: SiteSettings;
  /** The page model's words in its locale. */
  readonly text: PageText;
  /** Whether the page model's locale publishes `ref` (the default locale publishes every page). */
  publishes(ref: PageRef): Promise<boolean>;
  /** The roles that belong to a specialism: only they have pages. */
  listed(roles: Promise<Role[]> | Role[]): Promise<Role[]>;
  specialismFacts(specialism: Specialism): Promise<SpecialismFacts>;
}

/**
 * Builds one kind of page into `draft`: null when a node its reference names is missing, or
 * when the page would have nothing to show.
 */
export type Builder<K extends PageKind> = (
  draft: PageDraft,
  ref: PageRefOf<K>,
  context: BuildContext,
) => Promise<Page | null>;

/** A builder for every kind of page: a new kind without one does not compile. */
export type Builders = { [K in PageKind]: Builder<K> };
