import { ArgsType, Field } from 'type-graphql';
import { connectionType } from '../common/connection.js';
import { ContentListArgs } from '../common/content-list.js';
import { Faq } from './faq.entity.js';

export const FaqConnection = connectionType(Faq, 'Faq', 'FAQs');

@ArgsType()
export class FaqListArgs extends ContentListArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Only FAQs of the specialism with this slug.',
  })
  specialism?: string | null;

  @Field(() => String, { nullable: true, description: 'Only FAQs of the role with this slug.' })
  role?: string | null;
}
