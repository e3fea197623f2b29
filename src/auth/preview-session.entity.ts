import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { ApiToken } from './token.entity.js';

/**
 * A browser's preview of the site (set by `/preview?token=…`): the cookie holds a random
 * secret, this row a hash of it and the token it was opened with. It ends after an hour, when
 * the browser leaves preview, or when its token is revoked; the token itself never reaches the
 * browser.
 */
@Entity({ tableName: 'preview_session' })
export class PreviewSession {
  @PrimaryKey()
  id!: number;

  /** SHA-256 of the cookie's secret, hex. */
  @Property({ type: 'text', unique: true })
  secretHash!: string;

  @ManyToOne(() => ApiToken, { deleteRule: 'cascade' })
  token!: ApiToken;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: Date })
  expiresAt!: Date;

  /** When the browser left preview (or it was ended otherwise). */
  @Property({ type: Date, nullable: true })
  endedAt: Date | null = null;
}
