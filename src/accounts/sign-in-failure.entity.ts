import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One failed sign-in, kept for the throttle: in the database so every instance counts the same
 * failures, and by the server's clock (which tests move). Rows older than a day are pruned.
 */
@Entity({ tableName: 'sign_in_failure' })
@Index({ properties: ['client', 'at'] })
export class SignInFailure {
  @PrimaryKey()
  id!: number;

  /** The email tried, lowercased (whether or not an account has it). */
  @Property({ type: 'text' })
  email!: string;

  /** The client's address, as the rate limits count it. */
  @Property({ type: 'text' })
  client!: string;

  @Property({ type: Date })
  at!: Date;
}
