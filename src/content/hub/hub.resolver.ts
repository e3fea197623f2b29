import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { localeArg } from '../common/locale-arg.js';
import type { Context } from '../../graphql/context.js';
import { Employer, Role } from '../entities.js';
import { Hub } from './hub.entity.js';
import { HubConnection, HubListArgs } from './hub.args.js';

@Resolver(() => Hub)
export class HubResolver {
  @Query(() => Hub, { nullable: true, description: 'The hub with this slug, or null.' })
  async hub(
    @Arg('slug', { description: 'Slug of the hub, e.g. "san-francisco".' }) slug: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.hubs.bySlug(slug);
  }

  @Query(() => HubConnection, {
    description: 'Hubs, sorted by slug, filtered by role, country or region.',
  })
  async hubs(
    @Args() args: HubListArgs,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return (await ctx.inLocale(locale)).services.hubs.list(args);
  }

  @FieldResolver(() => String, { description: 'Display name of the hub: its city.' })
  name(@Root() hub: Hub) {
    return hub.city;
  }

  @FieldResolver(() => [Role], { description: 'Roles hired in this hub, sorted by slug.' })
  roles(@Root() hub: Hub, @Ctx() ctx: Context) {
    return ctx.servicesOf(hub).hubs.roles(hub);
  }

  @FieldResolver(() => [Employer], {
    description: 'Employers that hire in this hub, sorted by slug.',
  })
  employers(@Root() hub: Hub, @Ctx() ctx: Context) {
    return ctx.servicesOf(hub).hubs.employers(hub);
  }
}
