// The GraphQL face of webhooks, what admins send and read; the logic is in `webhook.service.ts`.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DeliveryStatus, WebhookEvent } from './webhook.entity.js';

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
    APPLICATION: {
      description: '`application.submitted`: an application arrived through a job page’s form.',
    },
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

/** A webhook endpoint to register. */
@InputType({ description: 'A webhook endpoint to register.' })
export class WebhookInput {
  @Field({ description: 'Where to POST events: an http(s) URL.' })
  url!: string;

  @Field({ description: 'Shared secret (at least 16 characters) for the HMAC-SHA256 signature.' })
  secret!: string;

  @Field(() => [WebhookEvent], { description: 'The events to send.' })
  events!: WebhookEvent[];
}

/** A registered endpoint, as admins read it (never its secret). */
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

/** One event sent (or to send) to one webhook. */
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
