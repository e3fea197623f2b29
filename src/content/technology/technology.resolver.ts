import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { SpecialismNote } from '../specialism/specialism-note.types.js';
import { Role } from '../role/role.entity.js';
import { Technology } from './technology.entity.js';
import { TechnologyConnection, TechnologyListArgs } from './technology.args.js';

@Resolver(() => Technology)
export class TechnologyResolver {
  @Query(() => Technology, {
    nullable: true,
    description: 'The technology with this slug, or null.',
  })
  async technology(
    @Arg('slug', { description: 'Slug of the technology, e.g. "kubernetes".' }) slug: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.technologies.bySlug(slug);
  }

  @Query(() => TechnologyConnection, {
    description: 'Technologies, sorted by slug, filtered by category or role.',
  })
  async technologies(
    @Args() args: TechnologyListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.technologies.list(args);
  }

  @FieldResolver(() => [Role], { description: 'Roles that use this technology, sorted by slug.' })
  roles(@Root() technology: Technology, @Ctx() ctx: Context) {
    return ctx.servicesOf(technology).technologies.roles(technology);
  }

  @FieldResolver(() => [SpecialismNote], {
    description:
      "Specialisms' views of this technology, each written on the specialism's side, sorted by specialism slug.",
  })
  specialismNotes(@Root() technology: Technology, @Ctx() ctx: Context) {
    return ctx.servicesOf(technology).specialisms.notesOn('technologies', technology.slug);
  }
}
