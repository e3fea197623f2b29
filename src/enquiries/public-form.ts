import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { actorName, PUBLIC_ACTOR } from '../auth/actor.js';
import type { AuditRecord, AuditService } from '../editorial/audit.service.js';
import { enqueueEvent } from '../webhooks/outbox.js';
import type { WebhookEvent } from '../webhooks/webhook.entity.js';
import { BadUserInputError, RateLimitedError } from '../errors/index.js';
import type { Limiter } from './rate-limit.js';

/*
 * What the site's public forms share (the hiring enquiry on a specialism page, the application on
 * a job page): the same fields where they ask the same thing, the honeypot, and the per-client
 * rate limit, checked in that order before a form's own validation.
 */

export const personName = z
  .string()
  .trim()
  .min(1, 'enter your name')
  .max(200, 'use at most 200 characters');

export const emailAddress = z
  .email('enter a valid email address, e.g. jo@company.com')
  .max(254, 'use at most 254 characters');

/** The consent box: it must be ticked. */
export const consentTo = (what: string) =>
  z.literal(true, `tick the box to agree that we may contact you about this ${what}`);

/** The honeypot: hidden from people, filled in by bots. */
export const honeypot = z.string().optional();

/**
 * Lets a form's input through to its own validation, or refuses it: RATE_LIMITED when the
 * client has sent too many `what` (counted per form under `form:client`), BAD_USER_INPUT when the
 * honeypot is filled in.
 */
export async function admit(
  limiter: Limiter,
  key: string,
  input: Record<string, unknown>,
  what: string,
): Promise<void> {
  const rate = await limiter.hit(key);
  if (!rate.allowed) {
    throw new RateLimitedError(
      `too many ${what} from this address: try again in ${rate.retryAfterSeconds} seconds`,
      { retryAfter: rate.retryAfterSeconds },
    );
  }
  if (typeof input.website === 'string' && input.website.trim() !== '') {
    throw new BadUserInputError('input.website: this field must be left empty', {
      field: 'input.website',
    });
  }
}

/**
 * The last step of a public submission, in its transaction once the row is flushed: its audit
 * entry and its webhook event, both as the public.
 */
export async function recordSubmission(
  tx: EntityManager,
  audit: AuditService,
  entry: AuditRecord,
  event: WebhookEvent,
  data: Record<string, unknown>,
): Promise<void> {
  audit.record(tx, entry);
  await enqueueEvent(tx, event, { actor: actorName(PUBLIC_ACTOR), data });
}
