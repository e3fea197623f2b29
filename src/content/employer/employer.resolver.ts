import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Hub, Industry, Specialism } from '../entities.js';
import { Employer } from './employer.entity.js';
import { EmployerConnection, EmployerListArgs } from './employer.args.js';

@Resolver(() => Employer)
export class EmployerResolver {
  @Query(() => Employer, { nullable: true, description: 'The employer with this slug, or null.' })
  employer(
    @Arg('slug', { description: 'Slug of the employer, e.g. "databricks".' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.employers.bySlug(slug);
  }

  @Query(() => EmployerConnection, {
    description: 'Employers, sorted by slug, filtered by kind, industry or hub.',
  })
  employers(@Args() args: EmployerListArgs, @Ctx() ctx: Context) {
    return ctx.services.employers.list(args);
  }

  @FieldResolver(() => [Industry], { description: 'Industries the employer works in, in order.' })
  industries(@Root() employer: Employer, @Ctx() ctx: Context) {
    return ctx.services.employers.industries(employer);
  }

  @FieldResolver(() => [Hub], { description: 'Hubs where the employer hires, in order.' })
  hubs(@Root() employer: Employer, @Ctx() ctx: Context) {
    return ctx.services.employers.hubs(employer);
  }

  @FieldResolver(() => [Specialism], { description: 'Specialisms that feature this employer.' })
  specialisms(@Root() employer: Employer, @Ctx() ctx: Context) {
    return ctx.services.employers.specialisms(employer);
  }
}
