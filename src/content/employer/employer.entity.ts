import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import { EmployerHub, EmployerIndustry } from './employer-links.entity.js';
import { SpecialismEmployer } from '../specialism/specialism-links.entity.js';

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A named organisation that hires for roles, such as Databricks or Wayve.',
})
export class Employer extends ContentNode {
  @Field({ description: 'Display name, e.g. "Google DeepMind".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({
    description:
      'Kind of organisation, as a slug: e.g. `ai-native`, `big-tech`, `cloud-provider`, `data-platform`.',
  })
  @Property({ type: 'text', index: true })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'Official website URL.' })
  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'What the organisation does, in a sentence.',
  })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @OneToMany(() => EmployerIndustry, (l) => l.employer)
  industryLinks = new Collection<EmployerIndustry>(this);

  @OneToMany(() => EmployerHub, (l) => l.employer)
  hubLinks = new Collection<EmployerHub>(this);

  @OneToMany(() => SpecialismEmployer, (l) => l.employer)
  specialismLinks = new Collection<SpecialismEmployer>(this);
}
