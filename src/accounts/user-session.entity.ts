import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * A signed-in browser. The cookie holds a random secret; this row a hash of it, so a copy of
 * the database signs nobody in. Ends after 12 hours idle, 7 days in all, at sign-out, or when the
 * user is deactivated.
 */
@Entity({ tableName: 'user_session' })
export class UserSession {
  @PrimaryKey()
  id!: number;

  /** SHA-256 of the cookie's secret, hex. */
  @Property({ type: 'text', unique: true })
  secretHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: Date })
  createdAt!: Date;

  /** Last request seen (written at most once a minute): the idle limit counts from it. */
  @Property({ type: Date })
  lastSeenAt!: Date;

  /** The absolute end, 7 days after sign-in. */
  @Property({ type: Date })
  expiresAt!: Date;

  @Property({ type: Date, nullable: true })
  endedAt: Date | null = null;
}
