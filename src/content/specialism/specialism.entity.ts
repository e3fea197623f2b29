import { Collection, Embeddable, Embedded, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ContentNode } from '../common/content-node.entity.js';
import { Node } from '../common/node.interface.js';
import { SpecialismEmployer, SpecialismFaq, SpecialismRole } from './specialism-links.entity.js';

@Embeddable()
@ObjectType({
  simpleResolvers: true,
  description: 'When a company should make its first (or next) hire in a specialism.',
})
export class HiringTiming {
  @Field(() => [String], { description: 'Signs that the organisation needs the hire.' })
  @Property({ type: 'json' })
  indicators: string[] = [];

  @Field(() => [String], { description: 'Typical situations in which companies hire.' })
  @Property({ type: 'json' })
  scenarios: string[] = [];

  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text', nullable: true })
  advice: string | null = null;
}

@Embeddable()
@ObjectType({
  simpleResolvers: true,
  description: 'How to interview and assess candidates in a specialism.',
})
export class InterviewGuide {
  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text', nullable: true })
  overview: string | null = null;

  @Field(() => [String], { description: 'Assessment methods that work.' })
  @Property({ type: 'json' })
  methods: string[] = [];

  @Field(() => [String], { description: 'What to probe for in interviews.' })
  @Property({ type: 'json' })
  probes: string[] = [];

  @Field(() => [String], { description: 'Mistakes hiring teams commonly make.' })
  @Property({ type: 'json' })
  commonMistakes: string[] = [];
}

@Embeddable()
@ObjectType({
  simpleResolvers: true,
  description: 'How pay moves in a specialism. Trends only: no invented salary figures.',
})
export class CompensationTrends {
  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => [String], { description: 'What pushes compensation up or down.' })
  @Property({ type: 'json' })
  factors: string[] = [];
}

@Entity()
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description:
    'A hiring specialism, such as ML Infrastructure: a landing page built from its roles, FAQs and links.',
})
export class Specialism extends ContentNode {
  @Field({ description: 'Display name, e.g. "ML Infrastructure".' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'One-line headline for the landing page.' })
  @Property({ type: 'text' })
  headline!: string;

  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text' })
  intro!: string;

  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text' })
  marketOverview!: string;

  @Field(() => [String], { description: 'Reasons hiring in this specialism is hard.' })
  @Property({ type: 'json' })
  hiringChallenges: string[] = [];

  @Field(() => HiringTiming, { description: 'When to hire: indicators and scenarios.' })
  @Embedded(() => HiringTiming)
  whenToHire: HiringTiming = new HiringTiming();

  @Field(() => InterviewGuide, {
    description: 'Interviewing: methods, what to probe, common mistakes.',
  })
  @Embedded(() => InterviewGuide)
  interviewing: InterviewGuide = new InterviewGuide();

  @Field(() => CompensationTrends, {
    description: 'Compensation trends and the factors behind them.',
  })
  @Embedded(() => CompensationTrends)
  compensation!: CompensationTrends;

  /** Markdown; exposed by a field resolver that can render it (`format: HTML`). */
  @Property({ type: 'text' })
  callToAction!: string;

  @OneToMany(() => SpecialismRole, (l) => l.specialism)
  roleLinks = new Collection<SpecialismRole>(this);

  @OneToMany(() => SpecialismFaq, (l) => l.specialism)
  faqLinks = new Collection<SpecialismFaq>(this);

  @OneToMany(() => SpecialismEmployer, (l) => l.specialism)
  employerLinks = new Collection<SpecialismEmployer>(this);
}
