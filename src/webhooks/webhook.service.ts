import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { requireRole, TokenRole, type Actor } from '../auth/actor.js';
import { inTransaction } from '../db/transaction.js';
import type { AuditService } from '../editorial/audit.service.js';
import { BadUserInputError, NotFoundError, fromZod } from '../errors/index.js';
import { DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent } from './webhook.entity.js';

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

/** Which deliveries to list. */
export interface DeliveryFilter {
  /** Only this webhook's (its id, as the client gave it). */
  webhook: string | null;
  status: DeliveryStatus | null;
  /** At most this many, 1 to 500. */
  limit: number;
}

/**
 * Webhook endpoints and their delivery log, for admins: registering and removing an endpoint
 * is audited in its own transaction. (Events are queued by the changes themselves, see
 * `outbox.ts`, and sent by the dispatcher.)
 */
export class WebhookService {
  constructor(
    private readonly em: EntityManager,
    private readonly actor: Actor,
    private readonly audit: AuditService,
  ) {}

  /** Registers an endpoint for the events given (each once). */
  async create(input: { url: string; secret: string; events: WebhookEvent[] }): Promise<Webhook> {
    requireRole(this.actor, TokenRole.ADMIN, 'createWebhook');
    const parsed = webhookInput.safeParse({ ...input });
    if (!parsed.success) {
      throw fromZod(parsed.error.issues);
    }
    return inTransaction(this.em, async (tx) => {
      const hook = tx.create(Webhook, { ...parsed.data, events: [...new Set(parsed.data.events)] });
      // The entry names the new id, which the insert gives.
      await tx.flush();
      this.audit.record(tx, {
        operation: 'createWebhook',
        details: { id: hook.id, url: hook.url },
      });
      return hook;
    });
  }

  /** Removes an endpoint and its delivery log; NOT_FOUND for an unknown id. */
  async remove(id: string): Promise<boolean> {
    requireRole(this.actor, TokenRole.ADMIN, 'deleteWebhook');
    return inTransaction(this.em, async (tx) => {
      const hook = await tx.findOne(Webhook, idNumber('id', id));
      if (!hook) throw new NotFoundError(`no webhook ${id}`);
      tx.remove(hook);
      this.audit.record(tx, { operation: 'deleteWebhook', details: { id: Number(id) } });
      return true;
    });
  }

  /**
   * Sends a delivery again (a receiver that was down, or fixed since): a new delivery of the
   * same event and body, due now; the old one stays in the log as it ended.
   */
  async resend(id: string): Promise<WebhookDelivery> {
    requireRole(this.actor, TokenRole.ADMIN, 'resendWebhookDelivery');
    return inTransaction(this.em, async (tx) => {
      const old = await tx.findOne(WebhookDelivery, idNumber('id', id), { populate: ['webhook'] });
      if (!old) throw new NotFoundError(`no webhook delivery ${id}`);
      const delivery = tx.create(WebhookDelivery, {
        webhook: old.webhook,
        eventId: old.eventId,
        event: old.event,
        payload: old.payload,
      });
      await tx.flush();
      this.audit.record(tx, {
        operation: 'resendWebhookDelivery',
        details: { id: Number(id), delivery: delivery.id },
      });
      return delivery;
    });
  }

  /** Every registered endpoint, oldest first. */
  list(): Promise<Webhook[]> {
    requireRole(this.actor, TokenRole.ADMIN, 'webhooks');
    return this.em.find(Webhook, {}, { orderBy: { id: 'asc' } });
  }

  /** The delivery log, newest first. */
  deliveries({ webhook, status, limit }: DeliveryFilter): Promise<WebhookDelivery[]> {
    requireRole(this.actor, TokenRole.ADMIN, 'webhookDeliveries');
    if (limit < 1 || limit > 500)
      throw new BadUserInputError(`limit: must be between 1 and 500 (got ${limit})`, {
        argumentName: 'limit',
      });
    const where = {
      ...(webhook ? { webhook: idNumber('webhook', webhook) } : {}),
      ...(status ? { status } : {}),
    };
    return this.em.find(WebhookDelivery, where, { orderBy: { id: 'desc' }, limit });
  }
}
