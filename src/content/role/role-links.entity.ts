import { Entity, Enum, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { OrderedLink } from '../common/content-node.entity.js';
import { Role } from './role.entity.js';
import { Skill } from '../skill/skill.entity.js';
import { Technology } from '../technology/technology.entity.js';
import { Industry } from '../industry/industry.entity.js';
import { Hub } from '../hub/hub.entity.js';
import { Faq } from '../faq/faq.entity.js';

export enum SkillLevel {
  CORE = 'core',
  SUPPORTING = 'supporting',
}

registerEnumType(SkillLevel, {
  name: 'SkillLevel',
  description: 'How central a skill is to a role.',
  valuesConfig: {
    CORE: { description: 'Needed from day one; candidates are assessed on it.' },
    SUPPORTING: { description: 'Valuable, often learnt on the job.' },
  },
});

/** Role → skill, with how central the skill is. */
@Entity()
@Unique({ properties: ['role', 'skill'] })
@ObjectType('RoleSkill', {
  simpleResolvers: true,
  description: 'A skill a role needs, with how central it is.',
})
export class RoleSkill extends OrderedLink {
  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Rel<Role>;

  @Field(() => Skill, { description: 'The skill.' })
  @ManyToOne(() => Skill, { deleteRule: 'cascade', index: true })
  skill!: Rel<Skill>;

  @Field(() => SkillLevel, { description: 'Whether the skill is core or supporting for the role.' })
  @Enum({ items: () => SkillLevel })
  level!: SkillLevel;

  /** The level in the owner's working version, when an edit changed it. */
  @Enum({ items: () => SkillLevel, nullable: true })
  draftLevel: SkillLevel | null = null;
}

/** Role → technology, ordered. */
@Entity()
@Unique({ properties: ['role', 'technology'] })
export class RoleTechnology extends OrderedLink {
  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Rel<Role>;

  @ManyToOne(() => Technology, { deleteRule: 'cascade', index: true })
  technology!: Rel<Technology>;
}

/** Role → industry that hires it, ordered. */
@Entity()
@Unique({ properties: ['role', 'industry'] })
export class RoleIndustry extends OrderedLink {
  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Rel<Role>;

  @ManyToOne(() => Industry, { deleteRule: 'cascade', index: true })
  industry!: Rel<Industry>;
}

/** Role → hub where it is hired, ordered. */
@Entity()
@Unique({ properties: ['role', 'hub'] })
export class RoleHub extends OrderedLink {
  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Rel<Role>;

  @ManyToOne(() => Hub, { deleteRule: 'cascade', index: true })
  hub!: Rel<Hub>;
}

/** Role → a role it is often confused or compared with, ordered. Directed. */
@Entity()
@Unique({ properties: ['role', 'relatedRole'] })
export class RoleRelatedRole extends OrderedLink {
  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Rel<Role>;

  @ManyToOne(() => Role, { deleteRule: 'cascade', index: true })
  relatedRole!: Rel<Role>;
}

/** Role → FAQ, ordered. */
@Entity()
@Unique({ properties: ['role', 'faq'] })
export class RoleFaq extends OrderedLink {
  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Rel<Role>;

  @ManyToOne(() => Faq, { deleteRule: 'cascade', index: true })
  faq!: Rel<Faq>;
}
