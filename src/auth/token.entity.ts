import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { TokenRole } from './actor.js';

/** An API token. Only a hash of its secret is stored; the token itself is shown once. */
@Entity({ tableName: 'api_token' })
export class ApiToken {
  @PrimaryKey()
  id!: number;

  @Property({ type: 'text', unique: true })
  name!: string;

  /** The token's public part, which finds the row; the secret part is checked against the hash. */
  @Property({ type: 'text', unique: true })
  publicId!: string;

  /** SHA-256 of the secret part, hex. */
  @Property({ type: 'text' })
  secretHash!: string;

  // Plain text, not an enum column: MikroORM 6 misreads SQLite check constraints of 3+ values.
  @Property({ type: 'text' })
  role!: TokenRole;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: Date, nullable: true })
  revokedAt: Date | null = null;
}
