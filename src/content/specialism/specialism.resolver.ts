import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { Employer, Faq, Hub, Industry, Role, Technology } from '../entities.js';
import { RoleComparison } from '../comparison/comparison.types.js';
import { formatText, TextFormatArgs } from '../common/text-format.js';
import { Specialism } from './specialism.entity.js';
import { SpecialismConnection, SpecialismListArgs } from './specialism.args.js';

@Resolver(() => Specialism)
export class SpecialismResolver {
  @Query(() => Specialism, {
    nullable: true,
    description: 'The specialism with this slug, or null.',
  })
  async specialism(
    @Arg('slug', { description: 'Slug of the specialism, e.g. "ml-infrastructure".' }) slug: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.specialisms.bySlug(slug);
  }

  @Query(() => SpecialismConnection, { description: 'Every specialism, sorted by slug.' })
  async specialisms(
    @Args() args: SpecialismListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.specialisms.list(args);
  }

  @FieldResolver(() => String, { description: 'Opening paragraphs.' })
  intro(@Root() specialism: Specialism, @Args() { format }: TextFormatArgs) {
    return formatText(specialism.intro, format);
  }

  @FieldResolver(() => String, { description: 'Who hires in this specialism, where and why.' })
  marketOverview(@Root() specialism: Specialism, @Args() { format }: TextFormatArgs) {
    return formatText(specialism.marketOverview, format);
  }

  @FieldResolver(() => String, { description: 'Closing call to action for hiring managers.' })
  callToAction(@Root() specialism: Specialism, @Args() { format }: TextFormatArgs) {
    return formatText(specialism.callToAction, format);
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description: 'The role the specialism is named after; first row of the comparison.',
  })
  primaryRole(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.primaryRole(specialism);
  }

  @FieldResolver(() => [Role], {
    description: 'The primary role, then the related roles, in order.',
  })
  roles(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.roles(specialism);
  }

  @FieldResolver(() => [Role], { description: 'Roles compared with the primary role, in order.' })
  relatedRoles(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.relatedRoles(specialism);
  }

  @FieldResolver(() => RoleComparison, {
    description: 'The role-comparison table: the primary role and its related roles.',
  })
  async roleComparison(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    const services = ctx.servicesOf(specialism);
    const links = await services.specialisms.roleLinks(specialism);
    return services.comparisons.compare(
      links.map((l) => l.role),
      links,
    );
  }

  @FieldResolver(() => [Faq], { description: 'Authored questions and answers, in page order.' })
  faqs(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.faqs(specialism);
  }

  @FieldResolver(() => [Technology], { description: 'Technologies of its roles, most used first.' })
  technologies(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.technologies(specialism);
  }

  @FieldResolver(() => [Industry], {
    description: 'Industries that hire its roles, most frequent first.',
  })
  industries(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.industries(specialism);
  }

  @FieldResolver(() => [Hub], {
    description: 'Hubs where its roles are hired, most frequent first.',
  })
  hubs(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.hubs(specialism);
  }

  @FieldResolver(() => [Employer], {
    description: 'Example employers featured on the page, in order.',
  })
  featuredEmployers(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.servicesOf(specialism).specialisms.featuredEmployers(specialism);
  }
}
