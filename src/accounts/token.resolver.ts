import {
  Arg,
  Ctx,
  Directive,
  Field,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { requireRole, TokenRole } from '../auth/actor.js';
import { TokenService, type TokenInfo } from '../auth/token.service.js';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import type { Context } from '../graphql/context.js';

@ObjectType({ simpleResolvers: true, description: 'An API token, without its secret.' })
class ApiTokenType {
  @Field(() => ID, { description: 'Its id.' })
  id!: number;

  @Field({ description: 'Its name, unique: who or what uses it.' })
  name!: string;

  @Field(() => TokenRole, { description: 'What it may do.' })
  role!: TokenRole;

  @Field(() => Date, { description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while it works.' })
  revokedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: 'A new token, with its secret shown once.' })
class NewApiToken {
  @Field(() => ApiTokenType, { description: 'The token.' })
  info!: TokenInfo;

  @Field({
    description:
      'The token to send as `Authorization: Bearer <token>`. Only its hash is kept: it is never shown again.',
  })
  token!: string;
}

/** API tokens for admins, as `rolegraph token` manages them on the command line. Audited. */
@Resolver()
export class TokenResolver {
  @Directive(PRIVATE_HINT)
  @Query(() => [ApiTokenType], { description: 'Every API token, oldest first (admin).' })
  apiTokens(@Ctx() ctx: Context): Promise<TokenInfo[]> {
    requireRole(ctx.actor, TokenRole.ADMIN, 'apiTokens');
    return new TokenService(ctx.em).list();
  }

  @Mutation(() => NewApiToken, {
    description: 'Make an API token (admin); its secret is in the answer and never again.',
  })
  async createApiToken(
    @Arg('name', { description: 'A unique name: 1 to 64 letters, digits, spaces and . _ @ -.' })
    name: string,
    @Arg('role', () => TokenRole, { description: 'What it may do.' }) role: TokenRole,
    @Ctx() ctx: Context,
  ): Promise<NewApiToken> {
    requireRole(ctx.actor, TokenRole.ADMIN, 'createApiToken');
    const made = await new TokenService(ctx.em).create(name, role);
    await ctx.em.fork().transactional(async (tx) => {
      ctx.audit.record(tx, {
        operation: 'createApiToken',
        details: { name: made.info.name, role },
      });
    });
    return made;
  }

  @Mutation(() => ApiTokenType, { description: 'Revoke an API token by name (admin), at once.' })
  async revokeApiToken(
    @Arg('name', { description: 'Its name.' }) name: string,
    @Ctx() ctx: Context,
  ): Promise<TokenInfo> {
    requireRole(ctx.actor, TokenRole.ADMIN, 'revokeApiToken');
    const revoked = await new TokenService(ctx.em).revoke(name);
    await ctx.em.fork().transactional(async (tx) => {
      ctx.audit.record(tx, { operation: 'revokeApiToken', details: { name: revoked.name } });
    });
    return revoked;
  }
}
