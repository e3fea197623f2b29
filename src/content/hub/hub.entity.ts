import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import { RoleHub } from '../role/role-links.entity.js';
import { EmployerHub } from '../employer/employer-links.entity.js';

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: 'A city where roles are hired, such as London or San Francisco.',
})
export class Hub extends ContentNode {
  @Field({ description: 'City name, e.g. "Zurich".' })
  @Property({ type: 'text' })
  city!: string;

  @Field(() => [String], {
    description:
      'Other names people search for it by (e.g. "K8s" for Kubernetes); the same in every locale.',
  })
  // A default, so the column could be added to tables that already hold rows.
  @Property({ type: 'json', default: '[]' })
  aliases: string[] = [];

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "CH".' })
  @Property({ type: 'text', length: 2 })
  country!: string;

  @Field({ description: 'Wider region, e.g. "Europe" or "North America".' })
  @Property({ type: 'text' })
  region!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How remote and hybrid hiring works around this hub.',
  })
  @Property({ type: 'text', nullable: true })
  remoteNotes: string | null = null;

  @OneToMany(() => RoleHub, (l) => l.hub)
  roleLinks = new Collection<RoleHub>(this);

  @OneToMany(() => EmployerHub, (l) => l.hub)
  employerLinks = new Collection<EmployerHub>(this);
}
