import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { formatText, TextFormatArgs } from '../content/common/text-format.js';
import { Specialism } from '../content/entities.js';
import { ContentType, GeneratedFaq, Page } from './page.types.js';

@Resolver(() => Page)
export class PageResolver {
  @Query(() => Page, {
    nullable: true,
    description:
      'The page at this path (e.g. "/roles/mlops-engineer/"), or null if the site has none.',
  })
  page(
    @Arg('path', { description: 'Page path; the trailing slash is optional.' }) path: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.pages.page(path);
  }

  @Query(() => [Page], { description: 'Every page of the site: the sitemap, with SEO data.' })
  pages(@Ctx() ctx: Context) {
    return ctx.pages.pages();
  }

  @Query(() => [String], {
    description:
      'Paths of the pages that show a node, to revalidate after it changes (e.g. renaming a technology).',
  })
  pagesAffectedBy(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.pages.pagesAffectedBy(type, slug);
  }
}

@Resolver(() => Specialism)
export class SpecialismFaqPageResolver {
  @FieldResolver(() => [GeneratedFaq], {
    description:
      'FAQs answered from the links (roles, technologies, industries, hubs): they change when the graph does.',
  })
  generatedFaqs(@Root() specialism: Specialism, @Ctx() ctx: Context) {
    return ctx.pages.generatedFaqs(specialism);
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
