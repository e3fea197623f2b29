import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { PUBLIC_ACTOR } from '../auth/actor.js';
import { slug } from '../content/fields.js';
import type { Services } from '../content/services.js';
import { AuditService } from '../editorial/audit.service.js';
import { WebhookEvent } from '../webhooks/webhook.entity.js';
import { Enquiry } from './enquiry.entity.js';
import type { Limiter } from './rate-limit.js';
import { inTransaction } from '../db/transaction.js';
import { BadUserInputError, fromZod } from '../errors/index.js';
import {
  admit,
  consentTo,
  emailAddress,
  honeypot,
  personName,
  recordSubmission,
} from './public-form.js';

/** Personal mail providers: the form asks for a work address. */
const PERSONAL_MAIL = new Set([
  ...['gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'hotmail.com', 'hotmail.co.uk'],
  ...['outlook.com', 'live.com', 'msn.com', 'icloud.com', 'me.com', 'aol.com', 'proton.me'],
  ...['protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'yandex.ru', 'qq.com'],
]);

export const enquiryFields = z.strictObject({
  name: personName,
  email: emailAddress.refine(
    (email) => !PERSONAL_MAIL.has(email.split('@')[1]?.toLowerCase() ?? ''),
    { message: 'use your work email address, not a personal one' },
  ),
  company: z.string().trim().min(1, 'enter your company').max(200, 'use at most 200 characters'),
  specialism: slug,
  roles: z.array(slug).max(20, 'choose at most 20 roles').default([]),
  message: z
    .string()
    .trim()
    .min(10, 'tell us a little about your hiring plans (at least 10 characters)')
    .max(5000, 'use at most 5,000 characters'),
  consent: consentTo('enquiry'),
  website: honeypot,
});

export interface Receipt {
  id: number;
  receivedAt: Date;
}

/**
 * The hiring enquiry form: strict validation, a honeypot, and a per-client rate limit. A stored
 * enquiry is audited and fires an `enquiry.submitted` webhook in the same transaction.
 */
export class EnquiryService {
  /** The form is the public's, whoever sends it: a token holder's enquiry is audited as public. */
  private readonly audit: AuditService;

  constructor(
    private readonly em: EntityManager,
    private readonly services: Services,
    private readonly limiter: Limiter,
  ) {
    this.audit = new AuditService(em, PUBLIC_ACTOR);
  }

  async submit(input: Record<string, unknown>, clientKey: string): Promise<Receipt> {
    await admit(this.limiter, clientKey, input, 'enquiries');
    const parsed = enquiryFields.safeParse(input);
    if (!parsed.success) {
      throw fromZod(parsed.error.issues);
    }
    const data = parsed.data;
    const specialism = await this.services.specialisms.bySlug(data.specialism);
    if (!specialism) {
      throw new BadUserInputError(`input.specialism: no specialism "${data.specialism}"`, {
        field: 'input.specialism',
      });
    }
    const offered = new Set((await this.services.specialisms.roles(specialism)).map((r) => r.slug));
    const unknown = data.roles.filter((r) => !offered.has(r));
    if (unknown.length) {
      throw new BadUserInputError(
        `input.roles: not a role of ${specialism.name}: ${unknown.join(', ')}`,
        { field: 'input.roles' },
      );
    }
    return inTransaction(this.em, async (tx) => {
      const enquiry = tx.create(Enquiry, {
        name: data.name,
        email: data.email,
        company: data.company,
        specialism: specialism.slug,
        roles: [...new Set(data.roles)],
        message: data.message,
        consent: true,
      });
      await tx.flush();
      await recordSubmission(
        tx,
        this.audit,
        {
          operation: 'submitEnquiry',
          nodeType: 'specialism',
          nodeSlug: specialism.slug,
          details: { enquiry: enquiry.id },
        },
        WebhookEvent.ENQUIRY,
        {
          enquiry: {
            id: enquiry.id,
            name: enquiry.name,
            email: enquiry.email,
            company: enquiry.company,
            specialism: enquiry.specialism,
            roles: enquiry.roles,
            message: enquiry.message,
          },
        },
      );
      return { id: enquiry.id, receivedAt: enquiry.createdAt };
    });
  }
}
