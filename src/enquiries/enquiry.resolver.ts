import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Directive,
} from 'type-graphql';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import { TokenRole, requireRole } from '../auth/actor.js';
import { ConnectionArgs, connectionType, paginate } from '../content/common/connection.js';
import type { Context } from '../graphql/context.js';
import { Enquiry } from './enquiry.entity.js';
import { EnquiryService } from './enquiry.service.js';

@InputType({ description: 'A hiring enquiry: the form on a specialism page.' })
export class EnquiryInput {
  @Field({ description: 'Your name.' })
  name!: string;

  @Field({ description: 'Your work email address (not a personal one).' })
  email!: string;

  @Field({ description: 'Your company.' })
  company!: string;

  @Field({ description: 'Slug of the specialism you are hiring in.' })
  specialism!: string;

  @Field(() => [String], { nullable: true, description: 'Slugs of the roles you want to hire.' })
  roles?: string[] | null;

  @Field({ description: 'Your hiring plans: 10 to 5,000 characters.' })
  message!: string;

  @Field({ description: 'That we may contact you about this enquiry: must be true.' })
  consent!: boolean;

  @Field(() => String, { nullable: true, description: 'Leave empty. (A field for bots to fill.)' })
  website?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'Confirmation that an enquiry was received.' })
export class EnquiryReceipt {
  @Field(() => ID, { description: 'Reference of the enquiry.' })
  id!: number;

  @Field({ description: 'When it was received.' })
  receivedAt!: Date;
}

@ObjectType('Enquiry', {
  simpleResolvers: true,
  description: 'A hiring enquiry received from the site (editors only).',
})
export class EnquiryType {
  @Field(() => ID, { description: 'Reference.' })
  id!: number;

  @Field({ description: 'Name.' })
  name!: string;

  @Field({ description: 'Work email address.' })
  email!: string;

  @Field({ description: 'Company.' })
  company!: string;

  @Field({ description: 'Slug of the specialism.' })
  specialism!: string;

  @Field(() => [String], { description: 'Slugs of the roles of interest.' })
  roles!: string[];

  @Field({ description: 'The message.' })
  message!: string;

  @Field({ description: 'When it was received.' })
  createdAt!: Date;
}

export const EnquiryConnection = connectionType(
  EnquiryType as unknown as typeof Enquiry,
  'Enquiry',
  'enquiries',
  'newest first',
);

@ArgsType()
export class EnquiryListArgs extends ConnectionArgs {}

@Resolver()
export class EnquiryResolver {
  @Mutation(() => EnquiryReceipt, {
    description:
      'Send a hiring enquiry (public; rate-limited per client). Fires an `enquiry.submitted` webhook.',
  })
  submitEnquiry(
    @Arg('input', () => EnquiryInput, { description: 'The enquiry.' }) input: EnquiryInput,
    @Ctx() ctx: Context,
  ) {
    const service = new EnquiryService(ctx.em, ctx.services, ctx.limits.enquiry);
    return service.submit(
      { ...input, roles: input.roles ?? [], website: input.website ?? undefined },
      ctx.clientKey,
    );
  }

  @Directive(PRIVATE_HINT)
  @Query(() => EnquiryConnection, { description: 'Enquiries received, newest first (editor).' })
  enquiries(@Args() args: EnquiryListArgs, @Ctx() ctx: Context) {
    requireRole(ctx.actor, TokenRole.EDITOR, 'enquiries');
    return paginate(ctx.em, Enquiry, EnquiryConnection, {}, args, {
      key: 'id',
      descending: true,
    });
  }
}
