import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { ConnectionArgs, type ItemOrdering } from './connection.js';
import { PublicationStatus, type ContentNode } from './content-node.entity.js';
import type { NodeType } from '../model.js';

/** The editorial states an editor's list can be narrowed to. */
export enum ContentStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
  CHANGED = 'changed',
}

registerEnumType(ContentStatus, {
  name: 'ContentStatus',
  description: 'An editorial state to filter a list by.',
  valuesConfig: {
    DRAFT: { description: 'Not published (the node’s `status` is DRAFT).' },
    PUBLISHED: {
      description: 'Published (the node’s `status` is PUBLISHED), with or without pending changes.',
    },
    CHANGED: { description: 'Published, with changes that are not published yet.' },
  },
});

/** How a list is sorted. */
export enum ContentOrder {
  SLUG = 'slug',
  NAME = 'name',
  LAST_CHANGED = 'lastChanged',
}

registerEnumType(ContentOrder, {
  name: 'ContentOrder',
  description: 'The order of a list of content nodes.',
  valuesConfig: {
    SLUG: { description: 'By slug, A to Z (the default).' },
    NAME: {
      description:
        'By name (a hub’s city, an FAQ’s question) as the reader sees it, A to Z, ignoring case and accents; ties by slug.',
    },
    LAST_CHANGED: { description: 'By `updatedAt`, most recently changed first; ties by slug.' },
  },
});

/** What every plural content query takes: a page, and the editor's filter and order. */
@ArgsType()
export class ContentListArgs extends ConnectionArgs {
  @Field(() => ContentStatus, {
    nullable: true,
    description:
      'Only nodes in this editorial state. The public sees published nodes only (and none with pending changes); send `X-Preview: true` with a token to list drafts.',
  })
  status?: ContentStatus | null;

  @Field(() => ContentOrder, {
    nullable: true,
    description: 'How to sort the list (default SLUG).',
  })
  orderBy?: ContentOrder | null;
}

/** The field a node of each type is named by, for sorting by name. */
export const titleField: Record<NodeType, string> = {
  specialism: 'name',
  role: 'name',
  skill: 'name',
  technology: 'name',
  industry: 'name',
  hub: 'city',
  employer: 'name',
  faq: 'question',
  vacancy: 'title',
};

/** Whether a node, as the reader sees it, is in `status`. */
export function hasStatus(node: ContentNode, status: ContentStatus): boolean {
  switch (status) {
    case ContentStatus.DRAFT:
      return node.status === PublicationStatus.DRAFT;
    case ContentStatus.PUBLISHED:
      return node.status === PublicationStatus.PUBLISHED;
    case ContentStatus.CHANGED:
      return node.status === PublicationStatus.PUBLISHED && node.hasUnpublishedChanges;
    default: {
      const unreachable: never = status;
      throw new Error(`unknown status ${String(unreachable)}`);
    }
  }
}

/** A node's place in a sorted list: the sort value, then the slug (unique). */
type SortKey = readonly [string, string];

export type Ordering = ItemOrdering<ContentNode>;

// Names compare as people read them: "ai4science" beside "AI engineer", "Zürich" beside "Zurich".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const bySlug = (a: SortKey, b: SortKey) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** The ordering for `order` on nodes of `type`. */
export function orderingOf(type: NodeType, order: ContentOrder): Ordering {
  switch (order) {
    case ContentOrder.SLUG:
      return { name: 'slug-key', keyOf: (n) => [n.slug, n.slug], compare: bySlug };
    case ContentOrder.NAME: {
      const field = titleField[type];
      return {
        name: 'name',
        keyOf: (n) => [String((n as unknown as Record<string, unknown>)[field] ?? ''), n.slug],
        compare: (a, b) => collator.compare(a[0], b[0]) || bySlug(a, b),
      };
    }
    case ContentOrder.LAST_CHANGED:
      return {
        name: 'changed',
        keyOf: (n) => [new Date(n.updatedAt).toISOString(), n.slug],
        // ISO times sort as text; newest first.
        compare: (a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0) || bySlug(a, b),
      };
    default: {
      const unreachable: never = order;
      throw new Error(`unknown order ${String(unreachable)}`);
    }
  }
}
