import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import { RoleTechnology } from '../role/role-links.entity.js';

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'A tool, framework, cloud platform or programming language, such as Kubernetes, AWS or Python.',
})
export class Technology extends ContentNode {
  @Field({ description: 'Display name, e.g. "Argo Workflows".' })
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
      'Category slug, e.g. `orchestration`, `infrastructure-as-code`, `cloud-platform`, `programming-language`.',
  })
  @Property({ type: 'text', index: true })
  category!: string;

  @Field(() => String, { nullable: true, description: 'Official website URL.' })
  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  @Field(() => String, { nullable: true, description: 'What it is and what it is used for.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @OneToMany(() => RoleTechnology, (l) => l.technology)
  roleLinks = new Collection<RoleTechnology>(this);
}
