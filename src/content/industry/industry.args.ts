import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../common/connection.js';
import { Industry } from './industry.entity.js';

export const IndustryConnection = connectionType(Industry, 'Industry', 'industries');

@ArgsType()
export class IndustryListArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only industries that hire the role with this slug.',
  })
  role?: string | null;
}
