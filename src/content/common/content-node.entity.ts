import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * What every content node has: an internal id (never exposed), a stable slug that links and URLs
 * use, and timestamps. `updatedAt` only moves when a stored field really changes.
 */
@Entity({ abstract: true })
@ObjectType('ContentNode', { description: 'Fields every content node has.' })
export abstract class ContentNode {
  @PrimaryKey()
  id!: number;

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
}

/** An edge between two nodes that carries its place in the owner's ordered list. */
@Entity({ abstract: true })
export abstract class OrderedLink {
  @PrimaryKey()
  id!: number;

  /** 0-based place in the owning node's list, as the editor wrote it. */
  @Property()
  position!: number;
}
