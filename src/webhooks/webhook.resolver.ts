import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  registerEnumType,
  Directive,
} from 'type-graphql';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import { GraphQLJSON } from 'graphql-scalars';
import { z } from 'zod';
import { actorName, TokenRole, requireRole } from '../auth/actor.js';
import { AuditEntry } from '../editorial/audit-entry.entity.js';
import type { Context } from '../graphql/context.js';
import { DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent } from './webhook.entity.js';
import { inTransaction } from '../db/transaction.js';
import { BadUserInputError, NotFoundError, fromZod } from '../errors/index.js';

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'What a webhook can be told about.',
  valuesConfig: {
    PUBLISHED: {
      description: '`node.published`: a node was published (with the page paths it affects).',
    },
    UNPUBLISHED: { description: '`node.unpublished`: a node was taken off the public site.' },
    DELETED: { description: '`node.deleted`: a node was deleted.' },
    ENQUIRY: { description: '`enquiry.submitted`: a hiring enquiry arrived.' },
  },
});

registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where a webhook delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its (next) attempt.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed; no more retries.' },
  },
});

@InputType({ description: 'A webhook endpoint to register.' })
export class WebhookInput {
  @Field({ description: 'Where to POST events: an http(s) URL.' })
  url!: string;

  @Field({ description: 'Shared secret (at least 16 characters) for the HMAC-SHA256 signature.' })
  secret!: string;

  @Field(() => [WebhookEvent], { description: 'The events to send.' })
  events!: WebhookEvent[];
}

@ObjectType('Webhook', {
  simpleResolvers: true,
  description: 'A registered webhook endpoint (admin).',
})
export class WebhookType {
  @Field(() => ID, { description: 'Id.' })
  id!: number;

  @Field({ description: 'The endpoint.' })
  url!: string;

  @Field(() => [WebhookEvent], { description: 'The events it gets.' })
  events!: WebhookEvent[];

  @Field({ description: 'Whether it gets events.' })
  active!: boolean;

  @Field({ description: 'When it was registered.' })
  createdAt!: Date;
}

@ObjectType('WebhookDelivery', {
  simpleResolvers: true,
  description: 'One event sent (or to send) to one webhook.',
})
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'Id; also sent as `X-Rolegraph-Delivery`.' })
  id!: number;

  @Field({ description: 'Id of the event; the same for every webhook it went to.' })
  eventId!: string;

  @Field(() => WebhookEvent, { description: 'The event.' })
  event!: WebhookEvent;

  @Field(() => DeliveryStatus, { description: 'Where it stands.' })
  status!: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made.' })
  attempts!: number;

  @Field({ description: 'When the next attempt is due (pending deliveries).' })
  nextAttemptAt!: Date;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt.' })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong the last time.' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was delivered.' })
  deliveredAt!: Date | null;

  @Field(() => GraphQLJSON, { description: 'The JSON body sent.' })
  payload!: unknown;
}

const webhookInput = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  secret: z.string().min(16, 'use at least 16 characters').max(200),
  events: z.array(z.enum(WebhookEvent)).min(1, 'choose at least one event'),
});

/** An `ID` argument as the row id it must be; anything else is the client's mistake. */
function idNumber(argumentName: string, id: string): number {
  const n = Number(id);
  if (!/^\d{1,15}$/.test(id) || !Number.isSafeInteger(n))
    throw new BadUserInputError(`${argumentName}: not a webhook id (got "${id.slice(0, 40)}")`, {
      argumentName,
    });
  return n;
}

@Resolver()
export class WebhookResolver {
  @Mutation(() => WebhookType, { description: 'Register a webhook endpoint (admin).' })
  async createWebhook(
    @Arg('input', () => WebhookInput, { description: 'The endpoint.' }) input: WebhookInput,
    @Ctx() ctx: Context,
  ) {
    requireRole(ctx.actor, TokenRole.ADMIN, 'createWebhook');
    const parsed = webhookInput.safeParse({ ...input });
    if (!parsed.success) {
      throw fromZod(parsed.error.issues);
    }
    return inTransaction(ctx.em, async (tx) => {
      const hook = tx.create(Webhook, { ...parsed.data, events: [...new Set(parsed.data.events)] });
      await tx.flush();
      tx.create(AuditEntry, {
        actor: actorName(ctx.actor),
        operation: 'createWebhook',
        details: { id: hook.id, url: hook.url },
      });
      return hook;
    });
  }

  @Mutation(() => Boolean, {
    description: 'Remove a webhook endpoint and its delivery log (admin).',
  })
  async deleteWebhook(
    @Arg('id', () => ID, { description: 'Id of the webhook.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    requireRole(ctx.actor, TokenRole.ADMIN, 'deleteWebhook');
    return inTransaction(ctx.em, async (tx) => {
      const hook = await tx.findOne(Webhook, idNumber('id', id));
      if (!hook) throw new NotFoundError(`no webhook ${id}`);
      tx.remove(hook);
      tx.create(AuditEntry, {
        actor: actorName(ctx.actor),
        operation: 'deleteWebhook',
        details: { id: Number(id) },
      });
      return true;
    });
  }

  @Directive(PRIVATE_HINT)
  @Query(() => [WebhookType], { description: 'Registered webhook endpoints (admin).' })
  webhooks(@Ctx() ctx: Context) {
    requireRole(ctx.actor, TokenRole.ADMIN, 'webhooks');
    return ctx.em.find(Webhook, {}, { orderBy: { id: 'asc' } });
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
    requireRole(ctx.actor, TokenRole.ADMIN, 'webhookDeliveries');
    if (limit < 1 || limit > 500)
      throw new BadUserInputError(`limit: must be between 1 and 500 (got ${limit})`, {
        argumentName: 'limit',
      });
    const where = {
      ...(webhook ? { webhook: idNumber('webhook', webhook) } : {}),
      ...(status ? { status } : {}),
    };
    return ctx.em.find(WebhookDelivery, where, { orderBy: { id: 'desc' }, limit });
  }
}
