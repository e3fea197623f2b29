import type { StudioModelQuery } from './generated/graphql.js';

/** A content type as the Studio knows it (from `contentModel`). */
export type ModelType = StudioModelQuery['contentModel'][number];

/** The path segment of a type's screens: its plural, in lower case (`roles`, `faqs`). */
export const segmentOf = (type: ModelType): string => type.plural.toLowerCase();

/** The type a path segment names, if any. */
export const typeOf = (model: readonly ModelType[], segment: string): ModelType | undefined =>
  model.find((type) => segmentOf(type) === segment);

/** A date and time as editors read it ("1 Dec 2026, 09:30"). */
export const when = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Where a node stands: DRAFT, PUBLISHED, or CHANGED (published with unpublished changes). */
export const standing = (node: {
  status: string;
  hasUnpublishedChanges: boolean;
}): 'DRAFT' | 'PUBLISHED' | 'CHANGED' =>
  node.status !== 'PUBLISHED' ? 'DRAFT' : node.hasUnpublishedChanges ? 'CHANGED' : 'PUBLISHED';
