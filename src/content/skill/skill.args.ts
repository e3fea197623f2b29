import { ArgsType, Field } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Skill } from './skill.entity.js';

export const SkillConnection = connectionType(Skill, 'Skill', 'skills');

@ArgsType()
export class SkillListArgs extends ContentListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only skills in this category, e.g. "core-technical".',
  })
  category?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only skills the role with this slug needs.',
  })
  role?: string | null;
}
