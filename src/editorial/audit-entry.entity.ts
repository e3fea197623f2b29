import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** One mutation: who did what to which node, when. Written in the mutation's transaction. */
// By node: who changed a node last is its newest entry (`LastChanges`).
@Entity()
@Index({ properties: ['nodeType', 'nodeSlug'] })
export class AuditEntry {
  @PrimaryKey()
  id!: number;

  @Property({ type: Date, onCreate: () => new Date(), index: true })
  at: Opt<Date> = new Date();

  /** Token name, signed-in user's email, `cli`, or "public" (the enquiry form, a failed sign-in). */
  @Property({ type: 'text' })
  actor!: string;

  /** The mutation, e.g. `updateRole` or `publish`. */
  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'text', nullable: true })
  nodeType: string | null = null;

  @Property({ type: 'text', nullable: true })
  nodeSlug: string | null = null;

  /** Anything else worth keeping, e.g. the fields an update changed. */
  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;
}
