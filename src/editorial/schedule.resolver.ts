import { Arg, Args, Ctx, Directive, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { NodeType } from '../content/model.js';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import type { Context } from '../graphql/context.js';
import { ContentType } from '../pages/page.types.js';
import { ScheduledActionKind } from './scheduled-action.entity.js';
import {
  ScheduledActionArgs,
  ScheduledActionConnection,
  ScheduledActionType,
} from './schedule.types.js';

@Resolver()
export class ScheduleResolver {
  @Mutation(() => ScheduledActionType, {
    description:
      'Publish a node at a time (editor), as `publish` would then; a time already past runs within seconds. On a specialism, `withLinked` also publishes every draft node it reaches, in every locale, in one transaction.',
  })
  schedulePublish(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Arg('at', () => Date, { description: 'When to publish it.' }) at: Date,
    @Arg('withLinked', {
      defaultValue: false,
      description: 'For a specialism: also publish every draft node it reaches.',
    })
    withLinked: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.schedule({
      action: ScheduledActionKind.PUBLISH,
      type: type as NodeType,
      slug,
      at,
      withLinked,
    });
  }

  @Mutation(() => ScheduledActionType, {
    description: 'Take a node off the public API and pages at a time (editor).',
  })
  scheduleUnpublish(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Arg('at', () => Date, { description: 'When to unpublish it.' }) at: Date,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.schedule({
      action: ScheduledActionKind.UNPUBLISH,
      type: type as NodeType,
      slug,
      at,
      withLinked: false,
    });
  }

  @Mutation(() => ScheduledActionType, {
    description:
      'Cancel a pending scheduled action (editor); one that already ran is refused with CONFLICT.',
  })
  cancelScheduled(
    @Arg('id', () => Int, { description: 'Id of the scheduled action.' }) id: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.cancelScheduled(id);
  }

  @Directive(PRIVATE_HINT)
  @Query(() => ScheduledActionConnection, {
    description: 'Scheduled publishes and unpublishes, newest first (viewer).',
  })
  scheduledActions(@Args() args: ScheduledActionArgs, @Ctx() ctx: Context) {
    return ctx.editor.scheduledActions(args);
  }
}
