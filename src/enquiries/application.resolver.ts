import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { TokenRole, requireRole } from '../auth/actor.js';
import { ConnectionArgs, connectionType, paginate } from '../content/common/connection.js';
import { normalizeSlug } from '../content/common/node.service.js';
import { PUBLIC } from '../content/common/visibility.js';
import { createServices } from '../content/services.js';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import type { Context } from '../graphql/context.js';
import { Application } from './application.entity.js';
import { ApplicationService } from './application.service.js';
import { EnquiryReceipt } from './enquiry.resolver.js';

@InputType({ description: 'An application for a job: the form on a job page without `applyUrl`.' })
export class ApplicationInput {
  @Field({ description: 'Slug of the job (a live one that takes applications on this site).' })
  vacancy!: string;

  @Field({ description: 'Your name.' })
  name!: string;

  @Field({ description: 'Your email address.' })
  email!: string;

  @Field({ description: 'Your cover note: 10 to 5,000 characters.' })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A link to your CV, or your CV as text (optional; at most 20,000 characters).',
  })
  cv?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The language of the page the form was on (a locale code), if not the default.',
  })
  locale?: string | null;

  @Field({ description: 'That we may contact you about this application: must be true.' })
  consent!: boolean;

  @Field(() => String, { nullable: true, description: 'Leave empty. (A field for bots to fill.)' })
  website?: string | null;
}

@ObjectType('Application', {
  simpleResolvers: true,
  description: 'An application received through a job page (editors only).',
})
export class ApplicationType {
  @Field(() => ID, { description: 'Reference.' })
  id!: number;

  @Field({ description: 'Slug of the job applied for (as it was then).' })
  vacancySlug!: string;

  @Field({ description: 'Title of the job applied for (as it was then).' })
  vacancyTitle!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field({ description: 'Email address.' })
  email!: string;

  @Field({ description: 'The cover note.' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'A link to a CV, or a CV as text.' })
  cv!: string | null;

  @Field(() => String, { nullable: true, description: 'The language of the page applied from.' })
  locale!: string | null;

  @Field({ description: 'When it was received.' })
  createdAt!: Date;
}

export const ApplicationConnection = connectionType(
  ApplicationType as unknown as typeof Application,
  'Application',
  'applications',
  'newest first',
);

@ArgsType()
export class ApplicationListArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only the applications for this job.' })
  vacancy?: string | null;
}

@Resolver()
export class ApplicationResolver {
  @Mutation(() => EnquiryReceipt, {
    description:
      'Apply for a job that takes applications on this site (public; rate-limited per client, like enquiries). Refused with GONE once the job has expired or closed. Fires an `application.submitted` webhook.',
  })
  submitApplication(
    @Arg('input', () => ApplicationInput, { description: 'The application.' })
    input: ApplicationInput,
    @Ctx() ctx: Context,
  ) {
    // Applications are for the public's jobs: a preview reader's drafts are not among them.
    const services = ctx.services.visibility.preview
      ? createServices(ctx.em.fork(), PUBLIC, { now: ctx.now })
      : ctx.services;
    const service = new ApplicationService(ctx.em, services, ctx.limits.enquiry);
    return service.submit(
      {
        ...input,
        cv: input.cv ?? undefined,
        locale: input.locale ?? undefined,
        website: input.website ?? undefined,
      },
      ctx.clientKey,
    );
  }

  @Directive(PRIVATE_HINT)
  @Query(() => ApplicationConnection, {
    description: 'Applications received through job pages, newest first (editor).',
  })
  applications(@Args() args: ApplicationListArgs, @Ctx() ctx: Context) {
    requireRole(ctx.actor, TokenRole.EDITOR, 'applications');
    const where = args.vacancy ? { vacancySlug: normalizeSlug(args.vacancy) } : {};
    return paginate(ctx.em, Application, ApplicationConnection, where, args, {
      key: 'id',
      descending: true,
    });
  }
}
