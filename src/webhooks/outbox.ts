import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Webhook, WebhookDelivery, WebhookEvent } from './webhook.entity.js';

export interface EventBody {
  /** What happened, e.g. the node and the page paths it affects. */
  data: Record<string, unknown>;
  /** Who did it: a token name, or "public". */
  actor: string;
}

/**
 * Queues an event for every active webhook that wants it, in the caller's transaction: the
 * event is stored if and only if the change is, and is delivered later by the dispatcher.
 */
export async function enqueueEvent(
  em: EntityManager,
  event: WebhookEvent,
  body: EventBody,
): Promise<number> {
  const hooks = await em.find(Webhook, { active: true });
  const id = randomUUID();
  const payload = {
    id,
    type: event,
    occurredAt: new Date().toISOString(),
    actor: body.actor,
    ...body.data,
  };
  let queued = 0;
  for (const webhook of hooks) {
    if (!webhook.events.includes(event)) continue;
    em.create(WebhookDelivery, { webhook, eventId: id, event, payload });
    queued++;
  }
  return queued;
}
