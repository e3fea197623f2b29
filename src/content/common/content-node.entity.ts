import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from './global-id.js';

export enum PublicationStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

registerEnumType(PublicationStatus, {
  name: 'PublicationStatus',
  description: 'Whether the public sees a node.',
  valuesConfig: {
    DRAFT: { description: 'Not published: only preview (a viewer token) sees it.' },
    PUBLISHED: { description: 'Published: the public sees its published version.' },
  },
});

/**
 * What every content node has: an internal id (never exposed), a stable slug that links and URLs
 * use, timestamps, and its editorial state.
 *
 * Editorial state: the columns hold what the public sees once a node is published. Edits to a
 * published node wait in `draft` (the edited fields) until it is published again; a node that
 * is not published keeps its edits in the columns. `version` goes up with every change, so an
 * update that names an older version can be refused (optimistic locking).
 */
@Entity({ abstract: true })
@ObjectType('ContentNode', { simpleResolvers: true, description: 'Fields every content node has.' })
export abstract class ContentNode {
  @PrimaryKey()
  id!: number;

  /**
   * The Relay global id, from the GraphQL type (the entity class's name, which overlays keep
   * through their prototype) and the slug; the database key above is never exposed.
   */
  @Field(() => ID, {
    name: 'id',
    simple: false,
    description:
      'Opaque global id (Relay), the same across restarts, instances and databases: give it to `node(id)`. Use `slug` as the human key.',
  })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.slug);
  }

  @Field({
    description: 'Stable identifier: the lowercase kebab-case English name, unique per type.',
  })
  @Property({ type: 'text', unique: true })
  slug!: string;

  @Field({ description: 'When this node was first stored.' })
  @Property({ onCreate: () => new Date() })
  createdAt: Date = new Date();

  @Field({ description: 'When a field of this node last changed.' })
  @Property({ onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => PublicationStatus, { description: 'Whether the public sees this node.' })
  @Enum({ items: () => PublicationStatus, default: PublicationStatus.PUBLISHED, index: true })
  status: PublicationStatus = PublicationStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: 'When this node was last published.' })
  @Property({ type: Date, nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Int, {
    description: 'Goes up with every change; give it back to an update to avoid overwriting.',
  })
  @Property({ version: true, default: 1 })
  version: number = 1;

  @Field({ description: 'Whether the node has changes the public does not see yet.' })
  get hasUnpublishedChanges(): boolean {
    return this.status !== PublicationStatus.PUBLISHED || this.draft !== null;
  }

  /**
   * Text in other locales than the default, per locale and field (`{ "de-DE": { "name": … } }`);
   * read through each locale's fallback chain (see `content/locales.ts`). Written by seed loads.
   */
  @Property({ type: 'json', nullable: true })
  translations: Record<string, Record<string, unknown>> | null = null;

  /** Edited fields of a published node, waiting for `publish`; null when there are none. */
  @Property({ type: 'json', nullable: true })
  draft: Record<string, unknown> | null = null;
}

/**
 * An edge between two nodes that carries its place in the owner's ordered list, in both the
 * published version of the owner (`inPublished`, `position`) and its working version
 * (`inDraft`, `draftPosition`). Publishing the owner makes the working version the published one.
 */
@Entity({ abstract: true })
export abstract class OrderedLink {
  @PrimaryKey()
  id!: number;

  /** 0-based place in the owning node's published list. */
  @Property()
  position!: number;

  /** Whether the link is in the owner's published version. */
  @Property({ default: true })
  inPublished: boolean = false;

  /** Whether the link is in the owner's working (draft) version. */
  @Property({ default: true })
  inDraft: boolean = true;

  /** 0-based place in the owner's working list. */
  @Property({ default: 0 })
  draftPosition!: number;
}
