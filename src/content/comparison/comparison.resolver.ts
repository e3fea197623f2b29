import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { RoleComparison } from './comparison.types.js';
import { MAX_COMPARED_ROLES } from './comparison.service.js';

@Resolver()
export class ComparisonResolver {
  @Query(() => RoleComparison, {
    description:
      'A comparison table of any roles, with the skills and technologies they share and do not.',
  })
  async compareRoles(
    @Arg('slugs', () => [String], {
      description: `Slugs of the roles to compare, in column order (1 to ${MAX_COMPARED_ROLES}, each once).`,
    })
    slugs: string[],
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.comparisons.compareSlugs(slugs);
  }
}
