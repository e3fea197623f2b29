import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { localeArg } from '../common/locale-arg.js';
import { Node } from '../common/node.interface.js';
import { nodeById, nodesByIds } from './node.service.js';

/** Relay's root fields for global object identification. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'The node with this global id (any content type), or null when it names none the reader may see.',
  })
  async node(
    @Arg('id', () => ID, { description: "A global id, as a node's `id` gave it." }) id: string,
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return nodeById((await ctx.inLocale(locale)).services, id);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'The nodes with these global ids, in the same order; null for an id that names none. At most 100 ids.',
  })
  async nodes(
    @Arg('ids', () => [ID], { description: "Global ids, as nodes' `id` gave them." })
    ids: string[],
    @Arg('locale', () => String, localeArg)
    locale: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return nodesByIds((await ctx.inLocale(locale)).services, ids);
  }
}
