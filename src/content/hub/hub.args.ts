import { ArgsType, Field } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Hub } from './hub.entity.js';

export const HubConnection = connectionType(Hub, 'Hub', 'hubs');

@ArgsType()
export class HubListArgs extends ContentListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only hubs where the role with this slug is hired.',
  })
  role?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only hubs in this country (ISO code, e.g. "GB").',
  })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'Only hubs in this region, e.g. "Europe".' })
  region?: string | null;
}
