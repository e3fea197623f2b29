import { ArgsType, Field } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Employer } from './employer.entity.js';

export const EmployerConnection = connectionType(Employer, 'Employer', 'employers');

@ArgsType()
export class EmployerListArgs extends ContentListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only employers of this kind, e.g. "ai-native".',
  })
  kind?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only employers in the industry with this slug.',
  })
  industry?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only employers hiring in the hub with this slug.',
  })
  hub?: string | null;
}
