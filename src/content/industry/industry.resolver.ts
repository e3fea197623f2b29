import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { SpecialismNote } from '../specialism/specialism-note.types.js';
import { Employer, Role } from '../entities.js';
import { Industry } from './industry.entity.js';
import { IndustryConnection, IndustryListArgs } from './industry.args.js';

@Resolver(() => Industry)
export class IndustryResolver {
  @Query(() => Industry, { nullable: true, description: 'The industry with this slug, or null.' })
  async industry(
    @Arg('slug', { description: 'Slug of the industry, e.g. "financial-services".' }) slug: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.industries.bySlug(slug);
  }

  @Query(() => IndustryConnection, { description: 'Industries, sorted by slug, filtered by role.' })
  async industries(
    @Args() args: IndustryListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.industries.list(args);
  }

  @FieldResolver(() => [Role], { description: 'Roles this industry hires, sorted by slug.' })
  roles(@Root() industry: Industry, @Ctx() ctx: Context) {
    return ctx.servicesOf(industry).industries.roles(industry);
  }

  @FieldResolver(() => [Employer], { description: 'Employers in this industry, sorted by slug.' })
  employers(@Root() industry: Industry, @Ctx() ctx: Context) {
    return ctx.servicesOf(industry).industries.employers(industry);
  }

  @FieldResolver(() => [SpecialismNote], {
    description:
      "Specialisms' views of this industry, each written on the specialism's side, sorted by specialism slug.",
  })
  specialismNotes(@Root() industry: Industry, @Ctx() ctx: Context) {
    return ctx.servicesOf(industry).specialisms.notesOn('industries', industry.slug);
  }
}
