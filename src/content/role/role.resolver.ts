import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { Faq, Hub, Industry, Skill, Specialism, Technology } from '../entities.js';
import { Role } from './role.entity.js';
import { formatText, TextFormatArgs } from '../common/text-format.js';
import { RoleSkill } from './role-links.entity.js';
import { RoleConnection, RoleListArgs, SkillLevelArgs } from './role.args.js';

@Resolver(() => Role)
export class RoleResolver {
  @Query(() => Role, { nullable: true, description: 'The role with this slug, or null.' })
  async role(
    @Arg('slug', { description: 'Slug of the role, e.g. "mlops-engineer".' }) slug: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.roles.bySlug(slug);
  }

  @Query(() => RoleConnection, { description: 'Roles, sorted by slug, filtered by linked slugs.' })
  async roles(
    @Args() args: RoleListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.roles.list(args);
  }

  @FieldResolver(() => String, {
    description: 'The role in depth: definition, scope and what it is not.',
  })
  description(@Root() role: Role, @Args() { format }: TextFormatArgs) {
    return formatText(role.description, format);
  }

  @FieldResolver(() => [Skill], {
    description: 'Skills the role needs, core first as the editor ordered them.',
  })
  skills(@Root() role: Role, @Args() { level }: SkillLevelArgs, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.skills(role, level);
  }

  @FieldResolver(() => [RoleSkill], { description: 'Skills the role needs, each with its level.' })
  skillLinks(@Root() role: Role, @Args() { level }: SkillLevelArgs, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.skillLinks(role, level);
  }

  @FieldResolver(() => [Technology], {
    description: 'Tools, platforms and languages the role uses.',
  })
  technologies(@Root() role: Role, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.technologies(role);
  }

  @FieldResolver(() => [Industry], { description: 'Industries that hire for the role.' })
  industries(@Root() role: Role, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.industries(role);
  }

  @FieldResolver(() => [Hub], { description: 'Cities where the role is hired.' })
  hubs(@Root() role: Role, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.hubs(role);
  }

  @FieldResolver(() => [Role], { description: 'Roles often compared or confused with this one.' })
  relatedRoles(@Root() role: Role, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.relatedRoles(role);
  }

  @FieldResolver(() => [Specialism], { description: 'Specialisms this role belongs to.' })
  specialisms(@Root() role: Role, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.specialisms(role);
  }

  @FieldResolver(() => [Faq], { description: 'Questions and answers about this role, in order.' })
  faqs(@Root() role: Role, @Ctx() ctx: Context) {
    return ctx.servicesOf(role).roles.faqs(role);
  }
}
