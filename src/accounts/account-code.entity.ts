import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** What a one-time link is for. */
export enum CodePurpose {
  /** Sets the first password of an invited user and activates them. */
  INVITATION = 'invitation',
  /** Sets a new password (and ends the user's sessions). */
  RESET = 'reset',
}

/**
 * The code of a one-time link (`/studio/invite/<code>`, `/studio/reset/<code>`). Only its hash is
 * kept; it works once, until it expires, and a newer link of the same purpose replaces it.
 */
@Entity({ tableName: 'account_code' })
export class AccountCode {
  @PrimaryKey()
  id!: number;

  /** SHA-256 of the code, hex. */
  @Property({ type: 'text', unique: true })
  codeHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text' })
  purpose!: CodePurpose;

  @Property({ type: Date })
  createdAt!: Date;

  @Property({ type: Date })
  expiresAt!: Date;

  /** When it was used, or replaced by a newer link: it works no more. */
  @Property({ type: Date, nullable: true })
  usedAt: Date | null = null;
}
