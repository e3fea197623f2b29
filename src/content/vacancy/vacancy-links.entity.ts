import { Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { OrderedLink } from '../common/content-node.entity.js';
import { Employer } from '../employer/employer.entity.js';
import { Hub } from '../hub/hub.entity.js';
import { Role } from '../role/role.entity.js';
import { Skill } from '../skill/skill.entity.js';
import { Technology } from '../technology/technology.entity.js';
import type { Vacancy } from './vacancy.entity.js';

// The links of a vacancy are ordinary edges of the graph, so drafts, revisions, the published
// store and `pagesAffectedBy` treat them like every other link. Role and employer are lists of
// at most one (the importer and `publish` keep them so).

/** Vacancy → the role it hires for (exactly one once published). */
@Entity()
@Unique({ properties: ['vacancy', 'role'] })
export class VacancyRole extends OrderedLink {
  @ManyToOne('Vacancy', { deleteRule: 'cascade' })
  vacancy!: Rel<Vacancy>;

  @ManyToOne(() => Role, { deleteRule: 'cascade', index: true })
  role!: Rel<Role>;
}

/** Vacancy → the hubs it is in (none when fully remote). */
@Entity()
@Unique({ properties: ['vacancy', 'hub'] })
export class VacancyHub extends OrderedLink {
  @ManyToOne('Vacancy', { deleteRule: 'cascade' })
  vacancy!: Rel<Vacancy>;

  @ManyToOne(() => Hub, { deleteRule: 'cascade', index: true })
  hub!: Rel<Hub>;
}

/** Vacancy → the employer that hires (none: the recruiter advertises for a client in confidence). */
@Entity()
@Unique({ properties: ['vacancy', 'employer'] })
export class VacancyEmployer extends OrderedLink {
  @ManyToOne('Vacancy', { deleteRule: 'cascade' })
  vacancy!: Rel<Vacancy>;

  @ManyToOne(() => Employer, { deleteRule: 'cascade', index: true })
  employer!: Rel<Employer>;
}

/** Vacancy → skills it asks for. */
@Entity()
@Unique({ properties: ['vacancy', 'skill'] })
export class VacancySkill extends OrderedLink {
  @ManyToOne('Vacancy', { deleteRule: 'cascade' })
  vacancy!: Rel<Vacancy>;

  @ManyToOne(() => Skill, { deleteRule: 'cascade', index: true })
  skill!: Rel<Skill>;
}

/** Vacancy → technologies it uses. */
@Entity()
@Unique({ properties: ['vacancy', 'technology'] })
export class VacancyTechnology extends OrderedLink {
  @ManyToOne('Vacancy', { deleteRule: 'cascade' })
  vacancy!: Rel<Vacancy>;

  @ManyToOne(() => Technology, { deleteRule: 'cascade', index: true })
  technology!: Rel<Technology>;
}
