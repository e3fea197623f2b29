import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { Hub, Industry, Specialism } from '../entities.js';
import { Employer } from './employer.entity.js';
import { EmployerConnection, EmployerListArgs } from './employer.args.js';

@Resolver(() => Employer)
export class EmployerResolver {
  @Query(() => Employer, { nullable: true, description: 'The employer with this slug, or null.' })
  async employer(
    @Arg('slug', { description: 'Slug of the employer, e.g. "databricks".' }) slug: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.employers.bySlug(slug);
  }

  @Query(() => EmployerConnection, {
    description: 'Employers, sorted by slug, filtered by kind, industry or hub.',
  })
  async employers(
    @Args() args: EmployerListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.employers.list(args);
  }

  @FieldResolver(() => [Industry], { description: 'Industries the employer works in, in order.' })
  industries(@Root() employer: Employer, @Ctx() ctx: Context) {
    return ctx.servicesOf(employer).employers.industries(employer);
  }

  @FieldResolver(() => [Hub], { description: 'Hubs where the employer hires, in order.' })
  hubs(@Root() employer: Employer, @Ctx() ctx: Context) {
    return ctx.servicesOf(employer).employers.hubs(employer);
  }

  @FieldResolver(() => [Specialism], { description: 'Specialisms that feature this employer.' })
  specialisms(@Root() employer: Employer, @Ctx() ctx: Context) {
    return ctx.servicesOf(employer).employers.specialisms(employer);
  }
}
