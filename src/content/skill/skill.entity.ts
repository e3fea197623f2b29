import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import { RoleSkill } from '../role/role-links.entity.js';

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'An ability a role needs, such as distributed systems or systems design. Tools and languages are Technologies.',
})
export class Skill extends ContentNode {
  @Field({ description: 'Display name, e.g. "Distributed systems".' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [String], {
    description:
      'Other names people search for it by (e.g. "K8s" for Kubernetes); the same in every locale.',
  })
  // A default, so the column could be added to tables that already hold rows.
  @Property({ type: 'json', default: '[]' })
  aliases: string[] = [];

  @Field({
    description:
      'Category slug, e.g. `core-technical`, `cloud-infrastructure`, `ml-infrastructure`, `communication`.',
  })
  @Property({ type: 'text', index: true })
  category!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the skill covers, in a sentence or two.',
  })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @OneToMany(() => RoleSkill, (l) => l.skill)
  roleLinks = new Collection<RoleSkill>(this);
}
