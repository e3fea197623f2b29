import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { SpecialismNote } from '../specialism/specialism-note.types.js';
import { Role } from '../role/role.entity.js';
import { Skill } from './skill.entity.js';
import { SkillConnection, SkillListArgs } from './skill.args.js';

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => Skill, { nullable: true, description: 'The skill with this slug, or null.' })
  async skill(
    @Arg('slug', { description: 'Slug of the skill, e.g. "distributed-systems".' }) slug: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.skills.bySlug(slug);
  }

  @Query(() => SkillConnection, {
    description: 'Skills, sorted by slug, filtered by category or role.',
  })
  async skills(
    @Args() args: SkillListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.skills.list(args);
  }

  @FieldResolver(() => [Role], { description: 'Roles that need this skill, sorted by slug.' })
  roles(@Root() skill: Skill, @Ctx() ctx: Context) {
    return ctx.servicesOf(skill).skills.roles(skill);
  }

  @FieldResolver(() => [SpecialismNote], {
    description:
      "Specialisms' views of this skill, each written on the specialism's side, sorted by specialism slug.",
  })
  specialismNotes(@Root() skill: Skill, @Ctx() ctx: Context) {
    return ctx.servicesOf(skill).specialisms.notesOn('skills', skill.slug);
  }
}
