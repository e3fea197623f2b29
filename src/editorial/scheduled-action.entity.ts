import { Entity, Enum, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** What a scheduled action does when its time comes. */
export enum ScheduledActionKind {
  PUBLISH = 'publish',
  UNPUBLISH = 'unpublish',
}

/** Where a scheduled action is in its life. */
export enum ScheduledActionStatus {
  PENDING = 'pending',
  DONE = 'done',
  FAILED = 'failed',
  CANCELLED = 'cancelled',
}

/**
 * A publish or unpublish to run at a time. Every server process looks for due ones; the one that
 * moves it from pending to done, in the same transaction as the publish itself, runs it, so it
 * runs exactly once however many processes look, and never half.
 */
@Entity()
@Index({ properties: ['status', 'at'] })
export class ScheduledAction {
  @PrimaryKey()
  id!: number;

  @Enum({ items: () => ScheduledActionKind })
  action!: ScheduledActionKind;

  @Property({ type: 'text' })
  nodeType!: string;

  @Property({ type: 'text' })
  nodeSlug!: string;

  /** For a specialism's publish: also every draft node it reaches. */
  @Property({ default: false })
  withLinked: boolean = false;

  /** When it is due. */
  @Property({ type: Date })
  at!: Date;

  // Plain text, not an enum column: MikroORM 6.6 reads back a SQLite check of more than two
  // values wrongly, and would then see a schema change that is not there.
  @Property({ type: 'text', default: ScheduledActionStatus.PENDING })
  status: Opt<ScheduledActionStatus> = ScheduledActionStatus.PENDING;

  /** Who scheduled it (a token's name or a user's email); the change runs in their name. */
  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  /** When it ran, failed or was cancelled. */
  @Property({ type: Date, nullable: true })
  finishedAt: Date | null = null;

  /** Why it failed (the node was deleted, or not published for an unpublish). */
  @Property({ type: 'text', nullable: true })
  error: string | null = null;
}
