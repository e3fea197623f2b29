import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  type Opt,
  type Rel,
} from '@mikro-orm/core';

export enum WebhookEvent {
  PUBLISHED = 'node.published',
  UNPUBLISHED = 'node.unpublished',
  DELETED = 'node.deleted',
  ENQUIRY = 'enquiry.submitted',
  APPLICATION = 'application.submitted',
}

/** An endpoint that wants to hear about changes, with the secret its deliveries are signed with. */
@Entity()
export class Webhook {
  @PrimaryKey()
  id!: number;

  @Property({ type: 'text' })
  url!: string;

  /** Shared secret for the HMAC-SHA256 signature. */
  @Property({ type: 'text' })
  secret!: string;

  @Property({ type: 'json' })
  events!: WebhookEvent[];

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();
}

export enum DeliveryStatus {
  PENDING = 'pending',
  DELIVERED = 'delivered',
  FAILED = 'failed',
}

/**
 * One event for one webhook: the outbox. Written in the same transaction as the change it
 * reports, so a crash cannot lose it; the dispatcher sends it, retrying with backoff.
 */
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
export class WebhookDelivery {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Webhook, { deleteRule: 'cascade' })
  webhook!: Rel<Webhook>;

  /** Same for every webhook the event goes to; receivers can use it to drop duplicates. */
  @Property({ type: 'text' })
  eventId!: string;

  // Plain text, not an enum column: MikroORM 6 misreads SQLite check constraints of 3+ values.
  @Property({ type: 'text' })
  event!: WebhookEvent;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  @Property({ type: 'text', default: DeliveryStatus.PENDING })
  status: Opt<DeliveryStatus> = DeliveryStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: Date })
  nextAttemptAt: Opt<Date> = new Date();

  /** A dispatcher that claimed the delivery holds it until then. */
  @Property({ type: Date, nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  lastStatus: number | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: Date, nullable: true })
  deliveredAt: Date | null = null;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();
}
