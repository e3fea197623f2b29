import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import { RoleFaq } from '../role/role-links.entity.js';
import { SpecialismFaq } from '../specialism/specialism-links.entity.js';

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'A question a hiring manager asks, with its answer. Belongs to specialisms and/or roles.',
})
export class Faq extends ContentNode {
  @Field({ description: 'The question, as a reader would ask it.' })
  @Property({ type: 'text' })
  question!: string;

  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text' })
  answer!: string;

  @OneToMany(() => SpecialismFaq, (l) => l.faq)
  specialismLinks = new Collection<SpecialismFaq>(this);

  @OneToMany(() => RoleFaq, (l) => l.faq)
  roleLinks = new Collection<RoleFaq>(this);
}
