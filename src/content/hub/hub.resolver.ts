import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Employer, Role } from '../entities.js';
import { Hub } from './hub.entity.js';
import { HubConnection, HubListArgs } from './hub.args.js';

@Resolver(() => Hub)
export class HubResolver {
  @Query(() => Hub, { nullable: true, description: 'The hub with this slug, or null.' })
  hub(
    @Arg('slug', { description: 'Slug of the hub, e.g. "san-francisco".' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hubs.bySlug(slug);
  }

  @Query(() => HubConnection, {
    description: 'Hubs, sorted by slug, filtered by role, country or region.',
  })
  hubs(@Args() args: HubListArgs, @Ctx() ctx: Context) {
    return ctx.services.hubs.list(args);
  }

  @FieldResolver(() => String, { description: 'Display name of the hub: its city.' })
  name(@Root() hub: Hub) {
    return hub.city;
  }

  @FieldResolver(() => [Role], { description: 'Roles hired in this hub, sorted by slug.' })
  roles(@Root() hub: Hub, @Ctx() ctx: Context) {
    return ctx.services.hubs.roles(hub);
  }

  @FieldResolver(() => [Employer], {
    description: 'Employers that hire in this hub, sorted by slug.',
  })
  employers(@Root() hub: Hub, @Ctx() ctx: Context) {
    return ctx.services.hubs.employers(hub);
  }
}
