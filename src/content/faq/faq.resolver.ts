import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { Role, Specialism } from '../entities.js';
import { Faq } from './faq.entity.js';
import { formatText, TextFormatArgs } from '../common/text-format.js';
import { FaqConnection, FaqListArgs } from './faq.args.js';

@Resolver(() => Faq)
export class FaqResolver {
  @Query(() => Faq, { nullable: true, description: 'The FAQ with this slug, or null.' })
  async faq(
    @Arg('slug', { description: 'Slug of the FAQ.' }) slug: string,
    @Arg('locale', () => String, localeArg) locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.faqs.bySlug(slug);
  }

  @Query(() => FaqConnection, {
    description: 'FAQs, sorted by slug, filtered by specialism or role.',
  })
  async faqs(
    @Args() args: FaqListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.faqs.list(args);
  }

  @FieldResolver(() => String, { description: 'The answer.' })
  answer(@Root() faq: Faq, @Args() { format }: TextFormatArgs) {
    return formatText(faq.answer, format);
  }

  @FieldResolver(() => [Specialism], {
    description: 'Specialisms whose FAQ page shows this question.',
  })
  specialisms(@Root() faq: Faq, @Ctx() ctx: Context) {
    return ctx.servicesOf(faq).faqs.specialisms(faq);
  }

  @FieldResolver(() => [Role], { description: 'Roles this question is about.' })
  roles(@Root() faq: Faq, @Ctx() ctx: Context) {
    return ctx.servicesOf(faq).faqs.roles(faq);
  }
}
