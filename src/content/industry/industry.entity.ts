import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import { RoleIndustry } from '../role/role-links.entity.js';
import { EmployerIndustry } from '../employer/employer-links.entity.js';

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A sector that hires for roles, such as financial services or robotics.',
})
export class Industry extends ContentNode {
  @Field({ description: 'Display name, e.g. "Financial services".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why and how this sector hires for these roles.',
  })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @OneToMany(() => RoleIndustry, (l) => l.industry)
  roleLinks = new Collection<RoleIndustry>(this);

  @OneToMany(() => EmployerIndustry, (l) => l.industry)
  employerLinks = new Collection<EmployerIndustry>(this);
}
