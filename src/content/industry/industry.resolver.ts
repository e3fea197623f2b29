import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Employer, Role } from '../entities.js';
import { Industry } from './industry.entity.js';
import { IndustryConnection, IndustryListArgs } from './industry.args.js';

@Resolver(() => Industry)
export class IndustryResolver {
  @Query(() => Industry, { nullable: true, description: 'The industry with this slug, or null.' })
  industry(
    @Arg('slug', { description: 'Slug of the industry, e.g. "financial-services".' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.industries.bySlug(slug);
  }

  @Query(() => IndustryConnection, { description: 'Industries, sorted by slug, filtered by role.' })
  industries(@Args() args: IndustryListArgs, @Ctx() ctx: Context) {
    return ctx.services.industries.list(args);
  }

  @FieldResolver(() => [Role], { description: 'Roles this industry hires, sorted by slug.' })
  roles(@Root() industry: Industry, @Ctx() ctx: Context) {
    return ctx.services.industries.roles(industry);
  }

  @FieldResolver(() => [Employer], { description: 'Employers in this industry, sorted by slug.' })
  employers(@Root() industry: Industry, @Ctx() ctx: Context) {
    return ctx.services.industries.employers(industry);
  }
}
