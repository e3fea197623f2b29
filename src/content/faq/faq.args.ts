import { ArgsType, Field } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../common/connection.js';
import { Faq } from './faq.entity.js';

export const FaqConnection = connectionType(Faq, 'Faq', 'FAQs');

@ArgsType()
export class FaqListArgs extends ConnectionArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only FAQs of the specialism with this slug.',
  })
  specialism?: string | null;

  @Field(() => String, { nullable: true, description: 'Only FAQs of the role with this slug.' })
  role?: string | null;
}
