import { Arg, Ctx, Directive, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import type { Context } from '../graphql/context.js';
import { DeliveryStatus } from './webhook.entity.js';
import { WebhookDeliveryType, WebhookInput, WebhookType } from './webhook.types.js';

/** Webhook endpoints and their delivery log (admin); see `WebhookService`. */
@Resolver()
export class WebhookResolver {
  @Mutation(() => WebhookType, { description: 'Register a webhook endpoint (admin).' })
  createWebhook(
    @Arg('input', () => WebhookInput, { description: 'The endpoint.' }) input: WebhookInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.webhooks.create(input);
  }

  @Mutation(() => Boolean, {
    description: 'Remove a webhook endpoint and its delivery log (admin).',
  })
  deleteWebhook(
    @Arg('id', () => ID, { description: 'Id of the webhook.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.webhooks.remove(id);
  }

  @Mutation(() => WebhookDeliveryType, {
    description:
      'Send a delivery again (admin): a new delivery of the same event and body, due at once.',
  })
  resendWebhookDelivery(
    @Arg('id', () => ID, { description: 'Id of the delivery to send again.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.webhooks.resend(id);
  }

  @Directive(PRIVATE_HINT)
  @Query(() => [WebhookType], { description: 'Registered webhook endpoints (admin).' })
  webhooks(@Ctx() ctx: Context) {
    return ctx.webhooks.list();
  }

  @Directive(PRIVATE_HINT)
  @Query(() => [WebhookDeliveryType], { description: 'The delivery log, newest first (admin).' })
  webhookDeliveries(
    @Arg('webhook', () => ID, { nullable: true, description: 'Only this webhook.' })
    webhook: string | null,
    @Arg('status', () => DeliveryStatus, {
      nullable: true,
      description: 'Only deliveries in this state.',
    })
    status: DeliveryStatus | null,
    @Arg('limit', () => Int, { defaultValue: 50, description: 'At most this many (1 to 500).' })
    limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.webhooks.deliveries({ webhook, status, limit });
  }
}
