import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { ApiToken } from './token.entity.js';

/**
 * A browser's preview of the site (set by `/preview?token=…`, or `/preview` by a signed-in user):
 * the cookie holds a random secret, this row a hash of it and the token or the user's session it
 * was opened with. It ends after an hour, when the browser leaves preview, or when its token is
 * revoked or its session ends; the token itself never reaches the browser.
 */
@Entity({ tableName: 'preview_session' })
export class PreviewSession {
  @PrimaryKey()
  id!: number;

  /** SHA-256 of the cookie's secret, hex. */
  @Property({ type: 'text', unique: true })
  secretHash!: string;

  /** The token it was opened with; null when opened by a signed-in user. */
  @ManyToOne(() => ApiToken, { deleteRule: 'cascade', nullable: true })
  token: ApiToken | null = null;

  /**
   * The user session it was opened from (its id: accounts sit above this layer, and the session
   * is checked to be live at every request, so a stale id opens nothing).
   */
  @Property({ type: 'integer', nullable: true, index: true })
  userSessionId: number | null = null;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: Date })
  expiresAt!: Date;

  /** When the browser left preview (or it was ended otherwise). */
  @Property({ type: Date, nullable: true })
  endedAt: Date | null = null;
}
