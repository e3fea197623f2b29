// The GraphQL face of accounts: what the Studio and admins read; the logic is in the services.
import { ArgsType, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TokenRole } from '../auth/actor.js';
import { ConnectionArgs, connectionType } from '../content/common/connection.js';
import { User, UserStatus } from './user.entity.js';

registerEnumType(TokenRole, {
  name: 'UserRole',
  description: 'What a user (or a token) may do; each role includes the ones before it.',
  valuesConfig: {
    VIEWER: { description: 'Reads drafts (preview), revisions and the content model.' },
    EDITOR: { description: 'Changes, publishes and unpublishes content.' },
    ADMIN: { description: 'Everything: users, webhooks and the audit log as well.' },
  },
});

registerEnumType(UserStatus, {
  name: 'UserStatus',
  description: 'Where an account stands.',
  valuesConfig: {
    INVITED: { description: 'Invited: no password yet; the invitation link sets one.' },
    ACTIVE: { description: 'Can sign in.' },
    DEACTIVATED: { description: 'Cannot sign in; its sessions ended when it was deactivated.' },
  },
});

/** An editor's account (never its password). */
@ObjectType('User', { simpleResolvers: true, description: "An editor's account." })
export class UserType {
  @Field(() => ID, { description: 'Id.' })
  id!: number;

  @Field({ description: 'Email, lowercased: unique, and what the user signs in with.' })
  email!: string;

  @Field({ description: 'The name shown in the Studio.' })
  name!: string;

  @Field(() => TokenRole, { description: 'What the user may do.' })
  role!: TokenRole;

  @Field(() => UserStatus, { description: 'Invited, active or deactivated.' })
  status!: UserStatus;

  @Field({ description: 'When the account was made.' })
  createdAt!: Date;

  @Field({ description: 'When the account last changed (role, status, password).' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the user last signed in.' })
  lastSignInAt!: Date | null;
}

/** The signed-in user and the token their cookie-authenticated mutations carry. */
@ObjectType('Session', {
  simpleResolvers: true,
  description: 'The signed-in user, and the CSRF token for their changes.',
})
export class SessionType {
  @Field(() => UserType, { description: 'Who is signed in.' })
  user!: User;

  @Field({
    description:
      'Send it as the `x-csrf-token` header with every mutation made with the session cookie.',
  })
  csrfToken!: string;
}

/** A one-time link, as an admin hands it to the user. */
@ObjectType('AccountLink', {
  simpleResolvers: true,
  description: 'A one-time link to set a password (an invitation or a reset), and its user.',
})
export class AccountLinkType {
  @Field(() => UserType, { description: 'The user it is for.' })
  user!: User;

  @Field({ description: '`<SITE_URL>/studio/invite/<code>` or `<SITE_URL>/studio/reset/<code>`.' })
  url!: string;

  @Field({ description: 'When it stops working (it also stops once used).' })
  expiresAt!: Date;
}

export const UserConnection = connectionType(
  UserType as unknown as typeof User,
  'User',
  'users',
  'oldest first',
);

@ArgsType()
export class UsersArgs extends ConnectionArgs {}
