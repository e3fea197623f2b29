import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import {
  VacancyEmployer,
  VacancyHub,
  VacancyRole,
  VacancySkill,
  VacancyTechnology,
} from './vacancy-links.entity.js';

/** Where the work is done. Stored as the name, so feeds, the database and GraphQL agree. */
export enum Workplace {
  ONSITE = 'ONSITE',
  HYBRID = 'HYBRID',
  REMOTE = 'REMOTE',
}

export enum EmploymentType {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  CONTRACTOR = 'CONTRACTOR',
  TEMPORARY = 'TEMPORARY',
  INTERN = 'INTERN',
}

export enum SalaryPeriod {
  HOUR = 'HOUR',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** A vacancy's place in its life: live, past its end date, or closed on purpose. */
export enum VacancyStatus {
  LIVE = 'LIVE',
  EXPIRED = 'EXPIRED',
  CLOSED = 'CLOSED',
}

registerEnumType(Workplace, {
  name: 'Workplace',
  description: 'Where the work is done.',
  valuesConfig: {
    ONSITE: { description: 'At the employer’s site in the hub.' },
    HYBRID: { description: 'Partly on site in the hub, partly remote.' },
    REMOTE: { description: 'Fully remote, from the countries the vacancy accepts.' },
  },
});
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'The kind of contract (schema.org `employmentType`).',
  valuesConfig: {
    FULL_TIME: { description: 'Permanent, full time.' },
    PART_TIME: { description: 'Permanent, part time.' },
    CONTRACTOR: { description: 'A contract for a fixed engagement (freelance, day rate).' },
    TEMPORARY: { description: 'Employed for a limited period.' },
    INTERN: { description: 'An internship.' },
  },
});
registerEnumType(SalaryPeriod, {
  name: 'SalaryPeriod',
  description: 'What a salary amount pays for (schema.org `unitText`).',
  valuesConfig: {
    HOUR: { description: 'Per hour.' },
    DAY: { description: 'Per day (a day rate).' },
    WEEK: { description: 'Per week.' },
    MONTH: { description: 'Per month.' },
    YEAR: { description: 'Per year.' },
  },
});
registerEnumType(VacancyStatus, {
  name: 'VacancyStatus',
  description: 'Whether a vacancy takes applications.',
  valuesConfig: {
    LIVE: { description: 'Advertised: its page is indexable and carries JobPosting data.' },
    EXPIRED: { description: 'Its `validThrough` has passed: the page answers 410 Gone.' },
    CLOSED: { description: 'Closed by an editor or by a feed: the page answers 410 Gone.' },
  },
});

@ObjectType('SalaryRange', { description: 'An advertised pay range.' })
export class SalaryRange {
  @Field({ description: 'ISO 4217 currency code, e.g. "GBP".' })
  currency!: string;

  @Field(() => Float, { description: 'Lowest pay in the range.' })
  min!: number;

  @Field(() => Float, { description: 'Highest pay in the range.' })
  max!: number;

  @Field(() => SalaryPeriod, { description: 'What the amounts pay for.' })
  period!: SalaryPeriod;
}

/**
 * A live job: a role, hubs (or remote, with the countries it accepts applicants from), an
 * optional employer, pay, dates and the advertisement. Most come from an applicant-tracking
 * feed (`rolegraph vacancies import`), which is their source of truth; editors may also write
 * them. `status` is the publication status every node has; `state` is the vacancy's life.
 */
@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A job advertised on the site.',
})
export class Vacancy extends ContentNode {
  @Field(() => String, {
    nullable: true,
    description:
      "The applicant-tracking system's id (the feed's `id`); null if an editor wrote it.",
  })
  @Property({ type: 'text', nullable: true, unique: true })
  externalId: string | null = null;

  @Field({ description: 'Job title as advertised.' })
  @Property({ type: 'text' })
  title!: string;

  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Workplace, { description: 'Where the work is done.' })
  @Property({ type: 'text' })
  workplace!: Workplace;

  @Field(() => [String], {
    description: 'Countries (ISO codes) a remote vacancy accepts applicants from.',
  })
  @Property({ type: 'json' })
  remoteCountries: string[] = [];

  @Field(() => EmploymentType, { description: 'The kind of contract.' })
  @Property({ type: 'text' })
  employmentType!: EmploymentType;

  @Field(() => SalaryRange, { nullable: true, description: 'The advertised pay, if stated.' })
  @Property({ type: 'json', nullable: true })
  salary: SalaryRange | null = null;

  @Field({ description: 'When the job was first advertised (ISO 8601 date or date-time).' })
  @Property({ type: 'text' })
  datePosted!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'When the advertisement ends (ISO 8601; a date alone is the end of that day, UTC).',
  })
  @Property({ type: 'text', nullable: true })
  validThrough: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "Where to apply; null: the site's own application form takes applications.",
  })
  @Property({ type: 'text', nullable: true })
  applyUrl: string | null = null;

  /** LIVE or CLOSED as written; EXPIRED once the expiry sweep has seen `validThrough` pass. */
  @Property({ type: 'text', default: VacancyStatus.LIVE })
  state: VacancyStatus = VacancyStatus.LIVE;

  @OneToMany(() => VacancyRole, (l) => l.vacancy)
  roleLinks = new Collection<VacancyRole>(this);

  @OneToMany(() => VacancyHub, (l) => l.vacancy)
  hubLinks = new Collection<VacancyHub>(this);

  @OneToMany(() => VacancyEmployer, (l) => l.vacancy)
  employerLinks = new Collection<VacancyEmployer>(this);

  @OneToMany(() => VacancySkill, (l) => l.vacancy)
  skillLinks = new Collection<VacancySkill>(this);

  @OneToMany(() => VacancyTechnology, (l) => l.vacancy)
  technologyLinks = new Collection<VacancyTechnology>(this);
}
