import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Role } from '../role/role.entity.js';
import { Skill } from './skill.entity.js';
import { SkillConnection, SkillListArgs } from './skill.args.js';

@Resolver(() => Skill)
export class SkillResolver {
  @Query(() => Skill, { nullable: true, description: 'The skill with this slug, or null.' })
  skill(
    @Arg('slug', { description: 'Slug of the skill, e.g. "distributed-systems".' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.skills.bySlug(slug);
  }

  @Query(() => SkillConnection, {
    description: 'Skills, sorted by slug, filtered by category or role.',
  })
  skills(@Args() args: SkillListArgs, @Ctx() ctx: Context) {
    return ctx.services.skills.list(args);
  }

  @FieldResolver(() => [Role], { description: 'Roles that need this skill, sorted by slug.' })
  roles(@Root() skill: Skill, @Ctx() ctx: Context) {
    return ctx.services.skills.roles(skill);
  }
}
