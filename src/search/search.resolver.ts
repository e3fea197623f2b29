import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { SearchArgs, SearchConnection } from './search.types.js';

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description:
      'Full-text search over every content type: typo-tolerant, as-you-type, in a locale. The public searches published content; preview searches the working versions.',
  })
  async search(@Args() { locale, ...args }: SearchArgs, @Ctx() ctx: Context) {
    return (await ctx.inLocale(locale)).search.search(args);
  }
}
