import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import {
  RoleFaq,
  RoleHub,
  RoleIndustry,
  RoleRelatedRole,
  RoleSkill,
  RoleTechnology,
} from './role-links.entity.js';
import { SpecialismRole } from '../specialism/specialism-links.entity.js';

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'A job that employers hire for, such as ML Infrastructure Engineer or MLOps Engineer.',
})
export class Role extends ContentNode {
  @Field({ description: 'Job title, e.g. "MLOps Engineer".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [String], {
    description:
      'Other names people search for it by (e.g. "K8s" for Kubernetes); the same in every locale.',
  })
  // A default, so the column could be added to tables that already hold rows.
  @Property({ type: 'json', default: '[]' })
  aliases: string[] = [];

  @Field({ description: 'One or two plain sentences saying what the role is.' })
  @Property({ type: 'text' })
  summary!: string;

  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text' })
  description!: string;

  @Field({
    description:
      'What the role concentrates on, in a few words (a column of the comparison table).',
  })
  @Property({ type: 'text' })
  primaryFocus!: string;

  @Field({
    description:
      'What sets the role apart from its neighbours, in a sentence (a comparison column).',
  })
  @Property({ type: 'text' })
  keyDifference!: string;

  @Field(() => [String], {
    description: 'What the role does day to day: typical areas of ownership.',
  })
  @Property({ type: 'json' })
  responsibilities: string[] = [];

  @Field(() => [String], { description: 'What the role typically produces.' })
  @Property({ type: 'json' })
  deliverables: string[] = [];

  @Field(() => [String], { description: 'Teams and functions where the role usually sits.' })
  @Property({ type: 'json' })
  teams: string[] = [];

  @Field(() => [String], { description: 'People and teams the role works with most.' })
  @Property({ type: 'json' })
  collaborators: string[] = [];

  @Field(() => [String], {
    description: 'Career backgrounds people in this role usually come from.',
  })
  @Property({ type: 'json' })
  backgrounds: string[] = [];

  /**
   * Text written for the role in one hub, by hub slug (Markdown). A role-in-hub page with a note
   * has something of its own and is indexable; exposed per hub by `Role.hubNote(hub)`.
   */
  @Property({ type: 'json', nullable: true })
  hubNotes: Record<string, string> | null = null;

  @OneToMany(() => RoleSkill, (l) => l.role)
  skillLinks = new Collection<RoleSkill>(this);

  @OneToMany(() => RoleTechnology, (l) => l.role)
  technologyLinks = new Collection<RoleTechnology>(this);

  @OneToMany(() => RoleIndustry, (l) => l.role)
  industryLinks = new Collection<RoleIndustry>(this);

  @OneToMany(() => RoleHub, (l) => l.role)
  hubLinks = new Collection<RoleHub>(this);

  @OneToMany(() => RoleRelatedRole, (l) => l.role)
  relatedRoleLinks = new Collection<RoleRelatedRole>(this);

  @OneToMany(() => RoleRelatedRole, (l) => l.relatedRole)
  relatedFromLinks = new Collection<RoleRelatedRole>(this);

  @OneToMany(() => RoleFaq, (l) => l.role)
  faqLinks = new Collection<RoleFaq>(this);

  @OneToMany(() => SpecialismRole, (l) => l.role)
  specialismLinks = new Collection<SpecialismRole>(this);
}
