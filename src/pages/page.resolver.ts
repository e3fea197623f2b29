import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../content/common/locale-arg.js';
import type { Context } from '../graphql/context.js';
import { formatText, TextFormatArgs } from '../content/common/text-format.js';
import { Specialism } from '../content/entities.js';
import { ContentType, GeneratedFaq, Page } from './page.types.js';
import { splitLocale } from './paths.js';

@Resolver(() => Page)
export class PageResolver {
  @Query(() => Page, {
    nullable: true,
    description:
      'The page at this path (e.g. "/roles/mlops-engineer/", or "/de-DE/roles/mlops-engineer/" in another locale than the default), or null if the site has none.',
  })
  async page(
    @Arg('path', { description: 'Page path; the trailing slash is optional.' }) path: string,
    @Ctx() ctx: Context,
  ) {
    const { locale, rest } = splitLocale(path);
    if (locale) {
      const config = await ctx.locales();
      // The default locale has no prefix; an unknown prefix names no page.
      if (locale === config.default || !config.locales.some((l) => l.code === locale)) return null;
    }
    return (await ctx.inLocale(locale)).pages.page(rest);
  }

  @Query(() => [Page], {
    description:
      'Every page of the site in one locale (default: the default locale): its sitemap, with SEO data.',
  })
  async pages(
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).pages.pages();
  }

  @Query(() => [String], {
    description:
      'Paths of the pages that show a node, to revalidate after it changes (e.g. renaming a technology).',
  })
  async pagesAffectedBy(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Arg('inLocale', () => String, {
      nullable: true,
      description:
        'Only the pages in this locale (after a change to its text); absent, the pages in every locale (a change to the default text or the links reaches them all).',
    })
    inLocale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.pages.pagesAffectedBy(type, slug, inLocale ?? undefined);
  }
}

@Resolver(() => Specialism)
export class SpecialismFaqPageResolver {
  @FieldResolver(() => [GeneratedFaq], {
    description:
      'FAQs answered from the links (roles, technologies, industries, hubs): they change when the graph does.',
  })
  generatedFaqs(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.pagesOf(specialism).generatedFaqs(specialism);
  }
}

@Resolver(() => GeneratedFaq)
export class GeneratedFaqResolver {
  @FieldResolver(() => String, { description: 'The answer.' })
  answer(@Root() faq: GeneratedFaq, @Args() { format }: TextFormatArgs) {
    return formatText(faq.answer, format);
  }
}

export const pageResolvers = [
  PageResolver,
  SpecialismFaqPageResolver,
  GeneratedFaqResolver,
] as const;
