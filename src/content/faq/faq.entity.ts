import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import type { FaqTopic } from '../fields.js';
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

  @Field(() => String, {
    nullable: true,
    description:
      'The generated question this FAQ answers instead (roles, technologies, industries or hubs), so the FAQ page leaves that one out; null when none.',
  })
  @Property({ type: 'text', nullable: true })
  answers: FaqTopic | null = null;

  @OneToMany(() => SpecialismFaq, (l) => l.faq)
  specialismLinks = new Collection<SpecialismFaq>(this);

  @OneToMany(() => RoleFaq, (l) => l.faq)
  roleLinks = new Collection<RoleFaq>(this);
}
