import { ArgsType, Field } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Industry } from './industry.entity.js';

export const IndustryConnection = connectionType(Industry, 'Industry', 'industries');

@ArgsType()
export class IndustryListArgs extends ContentListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only industries that hire the role with this slug.',
  })
  role?: string | null;
}
