import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { TokenRole } from '../auth/actor.js';

/** Where an account stands. */
export enum UserStatus {
  /** Invited: no password yet; the invitation link sets one. */
  INVITED = 'invited',
  ACTIVE = 'active',
  /** Cannot sign in; its sessions ended when it was deactivated. */
  DEACTIVATED = 'deactivated',
}

/** An editor's account: signs in with email and password, and has a role like a token's. */
// "user" is a reserved word in PostgreSQL.
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey()
  id!: number;

  /** Lowercased when stored, so it is unique whatever the case it was typed in. */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text' })
  name!: string;

  // Plain text, not an enum column: MikroORM 6 misreads SQLite check constraints of 3+ values.
  @Property({ type: 'text' })
  role!: TokenRole;

  @Property({ type: 'text' })
  status!: UserStatus;

  /** `scrypt$N$r$p$salt$hash` (see `password.ts`); null until the user sets a password. */
  @Property({ type: 'text', nullable: true })
  passwordHash: string | null = null;

  @Property({ type: Date })
  createdAt!: Date;

  @Property({ type: Date })
  updatedAt!: Date;

  @Property({ type: Date, nullable: true })
  lastSignInAt: Date | null = null;
}
