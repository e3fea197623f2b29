import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Float,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { localeArg } from '../common/locale-arg.js';
import { formatText, TextFormatArgs } from '../common/text-format.js';
import { Employer, Hub, Role, Skill, Specialism, Technology } from '../entities.js';
import { SalaryPeriod, Vacancy, VacancyStatus } from './vacancy.entity.js';
import { VacancyConnection, VacancyListArgs } from './vacancy.args.js';
import type { SalaryDistribution } from './salaries.js';

@ObjectType('AdvertisedSalaries', {
  description:
    'Percentiles of advertised pay, from live vacancies with a salary (each counted at the middle of its range), in one currency and period. Only given where at least three vacancies back it.',
})
export class AdvertisedSalaries implements SalaryDistribution {
  @Field({ description: 'ISO 4217 currency code.' })
  currency!: string;

  @Field(() => SalaryPeriod, { description: 'What the amounts pay for.' })
  period!: SalaryPeriod;

  @Field(() => Int, { description: 'How many live vacancies the figures come from (at least 3).' })
  count!: number;

  @Field(() => Float, { description: '10th percentile.' })
  p10!: number;

  @Field(() => Float, { description: '25th percentile.' })
  p25!: number;

  @Field(() => Float, { description: 'Median.' })
  p50!: number;

  @Field(() => Float, { description: '75th percentile.' })
  p75!: number;

  @Field(() => Float, { description: '90th percentile.' })
  p90!: number;
}

@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => Vacancy, {
    nullable: true,
    description: 'The vacancy with this slug (live, expired or closed), or null.',
  })
  async vacancy(
    @Arg('slug', { description: 'Slug of the vacancy.' }) slug: string,
    @Arg('locale', () => String, localeArg) locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.vacancies.bySlug(slug);
  }

  @Query(() => VacancyConnection, {
    description: 'Vacancies, newest first: live ones unless `status` says otherwise.',
  })
  async vacancies(
    @Args() args: VacancyListArgs,
    @Arg('locale', () => String, localeArg) locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.vacancies.list(args);
  }

  @FieldResolver(() => String, { description: 'The advertisement.' })
  description(@Root() vacancy: Vacancy, @Args() { format }: TextFormatArgs) {
    return formatText(vacancy.description, format);
  }

  @FieldResolver(() => VacancyStatus, {
    description:
      'Whether it takes applications: LIVE, EXPIRED (its `validThrough` has passed) or CLOSED. (`status` is the publication status every node has.)',
  })
  state(@Root() vacancy: Vacancy, @Ctx() ctx: Context) {
    return ctx.servicesOf(vacancy).vacancies.state(vacancy);
  }

  @FieldResolver(() => String, { description: 'Path of its page, e.g. "/jobs/<slug>/".' })
  path(@Root() vacancy: Vacancy) {
    return `/jobs/${vacancy.slug}/`;
  }

  @FieldResolver(() => Role, {
    nullable: true,
    description: 'The role it hires for (null only for an unfinished draft).',
  })
  role(@Root() vacancy: Vacancy, @Ctx() ctx: Context) {
    return ctx.servicesOf(vacancy).vacancies.role(vacancy);
  }

  @FieldResolver(() => [Hub], { description: 'Where it is; empty when fully remote.' })
  hubs(@Root() vacancy: Vacancy, @Ctx() ctx: Context) {
    return ctx.servicesOf(vacancy).vacancies.hubs(vacancy);
  }

  @FieldResolver(() => Employer, {
    nullable: true,
    description:
      'The employer; null when the recruiter advertises for a client in confidence (the recruiter is then the hiring organisation).',
  })
  employer(@Root() vacancy: Vacancy, @Ctx() ctx: Context) {
    return ctx.servicesOf(vacancy).vacancies.employer(vacancy);
  }

  @FieldResolver(() => [Skill], { description: 'Skills it asks for.' })
  skills(@Root() vacancy: Vacancy, @Ctx() ctx: Context) {
    return ctx.servicesOf(vacancy).vacancies.skills(vacancy);
  }

  @FieldResolver(() => [Technology], { description: 'Technologies it uses.' })
  technologies(@Root() vacancy: Vacancy, @Ctx() ctx: Context) {
    return ctx.servicesOf(vacancy).vacancies.technologies(vacancy);
  }
}

/** Live vacancies and advertised pay on the role. */
@Resolver(() => Role)
export class RoleVacanciesResolver {
  @FieldResolver(() => [Vacancy], {
    description: 'Live vacancies for the role (in one hub, given `hub`), newest first.',
  })
  async vacancies(
    @Root() role: Role,
    @Arg('hub', () => String, { nullable: true, description: 'Slug of a hub.' })
    hub: string | null,
    @Ctx() ctx: Context,
  ) {
    const services = ctx.servicesOf(role);
    const where = hub == null ? undefined : await services.hubs.bySlug(hub);
    if (hub != null && !where) return [];
    return services.vacancies.forRole(role, where ?? undefined);
  }

  @FieldResolver(() => [AdvertisedSalaries], {
    description:
      'What live vacancies for the role advertise, per currency and period (in one hub, given `hub`; the role-in-hub view). Empty unless at least three vacancies back a figure.',
  })
  async advertisedSalaries(
    @Root() role: Role,
    @Arg('hub', () => String, { nullable: true, description: 'Slug of a hub.' })
    hub: string | null,
    @Ctx() ctx: Context,
  ) {
    const services = ctx.servicesOf(role);
    const where = hub == null ? undefined : await services.hubs.bySlug(hub);
    if (hub != null && !where) return [];
    return services.vacancies.advertisedSalaries(role, where ?? undefined);
  }

  @FieldResolver(() => [Hub], {
    description:
      'The hubs where the role has a page of its own (`/roles/<role>/<hub>/` with a live vacancy or a note): the indexable ones.',
  })
  async hubPages(@Root() role: Role, @Ctx() ctx: Context) {
    const services = ctx.servicesOf(role);
    const hubs = await services.roles.hubs(role);
    const own = await Promise.all(hubs.map((h) => services.vacancies.roleInHub(role, h)));
    return hubs.filter((_, i) => own[i].indexable);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Text written for the role in one of its hubs (Markdown), or null.',
  })
  hubNote(
    @Root() role: Role,
    @Arg('hub', { description: 'Slug of the hub.' }) hub: string,
    @Args() { format }: TextFormatArgs,
  ) {
    const note = role.hubNotes?.[hub.trim().toLowerCase()] ?? null;
    return formatText(note, format);
  }
}

@Resolver(() => Hub)
export class HubVacanciesResolver {
  @FieldResolver(() => [Vacancy], { description: 'Live vacancies in the hub, newest first.' })
  vacancies(@Root() hub: Hub, @Ctx() ctx: Context) {
    return ctx.servicesOf(hub).vacancies.forHub(hub);
  }
}

@Resolver(() => Employer)
export class EmployerVacanciesResolver {
  @FieldResolver(() => [Vacancy], { description: "The employer's live vacancies, newest first." })
  vacancies(@Root() employer: Employer, @Ctx() ctx: Context) {
    return ctx.servicesOf(employer).vacancies.forEmployer(employer);
  }
}

@Resolver(() => Specialism)
export class SpecialismVacanciesResolver {
  @FieldResolver(() => [Vacancy], {
    description: "Live vacancies for the specialism's roles, newest first.",
  })
  async vacancies(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    const services = ctx.servicesOf(specialism);
    const roles = await services.specialisms.roles(specialism);
    const lists = await Promise.all(roles.map((r) => services.vacancies.forRole(r)));
    const seen = new Set<string>();
    return lists
      .flat()
      .filter((v) => !seen.has(v.slug) && seen.add(v.slug))
      .sort((a, b) => Date.parse(b.datePosted) - Date.parse(a.datePosted));
  }
}
