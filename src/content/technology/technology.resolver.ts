import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Role } from '../role/role.entity.js';
import { Technology } from './technology.entity.js';
import { TechnologyConnection, TechnologyListArgs } from './technology.args.js';

@Resolver(() => Technology)
export class TechnologyResolver {
  @Query(() => Technology, {
    nullable: true,
    description: 'The technology with this slug, or null.',
  })
  technology(
    @Arg('slug', { description: 'Slug of the technology, e.g. "kubernetes".' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.technologies.bySlug(slug);
  }

  @Query(() => TechnologyConnection, {
    description: 'Technologies, sorted by slug, filtered by category or role.',
  })
  technologies(@Args() args: TechnologyListArgs, @Ctx() ctx: Context) {
    return ctx.services.technologies.list(args);
  }

  @FieldResolver(() => [Role], { description: 'Roles that use this technology, sorted by slug.' })
  roles(@Root() technology: Technology, @Ctx() ctx: Context) {
    return ctx.services.technologies.roles(technology);
  }
}
