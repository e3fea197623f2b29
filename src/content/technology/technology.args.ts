import { ArgsType, Field } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Technology } from './technology.entity.js';

export const TechnologyConnection = connectionType(Technology, 'Technology', 'technologies');

@ArgsType()
export class TechnologyListArgs extends ContentListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only technologies in this category, e.g. "orchestration" or "cloud-platform".',
  })
  category?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only technologies the role with this slug uses.',
  })
  role?: string | null;
}
