import type { EntityManager } from '@mikro-orm/core';
import { z } from 'zod';
import { PUBLIC_ACTOR } from '../auth/actor.js';
import { slug } from '../content/fields.js';
import type { Services } from '../content/services.js';
import { Vacancy, VacancyStatus } from '../content/vacancy/vacancy.entity.js';
import { inTransaction } from '../db/transaction.js';
import { AuditService } from '../editorial/audit.service.js';
import { BadUserInputError, GoneError, fromZod } from '../errors/index.js';
import { WebhookEvent } from '../webhooks/webhook.entity.js';
import { Application } from './application.entity.js';
import type { Receipt } from './enquiry.service.js';
import {
  admit,
  consentTo,
  emailAddress,
  honeypot,
  personName,
  recordSubmission,
} from './public-form.js';
import type { Limiter } from './rate-limit.js';

/** Longest CV pasted as text (or link) the form takes. */
export const MAX_CV = 20_000;

export const applicationFields = z.strictObject({
  vacancy: slug,
  name: personName,
  email: emailAddress,
  message: z
    .string()
    .trim()
    .min(10, 'tell us a little about yourself and this job (at least 10 characters)')
    .max(5000, 'use at most 5,000 characters'),
  cv: z
    .string()
    .trim()
    .max(MAX_CV, 'use at most 20,000 characters')
    .optional()
    .transform((cv) => (cv ? cv : null)),
  locale: z.string().max(35).optional(),
  consent: consentTo('application'),
  website: honeypot,
});

/**
 * The application form on a job page: the enquiry form's protections (the per-client rate limit,
 * counted apart from enquiries; the honeypot; strict validation), for a live, published job
 * that takes applications here (no `applyUrl`). An application to a job that expired or closed
 * is refused (GONE) and nothing is stored. A stored application is audited and fires an
 * `application.submitted` webhook in the same transaction.
 */
export class ApplicationService {
  private readonly audit: AuditService;

  constructor(
    private readonly em: EntityManager,
    private readonly services: Services,
    private readonly limiter: Limiter,
  ) {
    this.audit = new AuditService(em, PUBLIC_ACTOR);
  }

  async submit(input: Record<string, unknown>, clientKey: string): Promise<Receipt> {
    await admit(this.limiter, `application:${clientKey}`, input, 'applications');
    // The job first: no one should correct their fields for a job that has gone.
    const job = await this.job(input.vacancy);
    const parsed = applicationFields.safeParse(input);
    if (!parsed.success) throw fromZod(parsed.error.issues);
    const data = parsed.data;
    return inTransaction(this.em, async (tx) => {
      const application = tx.create(Application, {
        vacancy: tx.getReference(Vacancy, job.id),
        vacancySlug: job.slug,
        vacancyTitle: job.title,
        name: data.name,
        email: data.email,
        message: data.message,
        cv: data.cv,
        locale: data.locale ?? null,
        consent: true,
      });
      await tx.flush();
      await recordSubmission(
        tx,
        this.audit,
        {
          operation: 'submitApplication',
          nodeType: 'vacancy',
          nodeSlug: job.slug,
          details: { application: application.id },
        },
        WebhookEvent.APPLICATION,
        {
          application: {
            id: application.id,
            vacancy: { slug: job.slug, externalId: job.externalId, title: job.title },
            name: application.name,
            email: application.email,
            message: application.message,
            cv: application.cv,
            locale: application.locale,
          },
        },
      );
      return { id: application.id, receivedAt: application.createdAt };
    });
  }

  /** The published job applied for, if it takes applications here now. */
  private async job(value: unknown): Promise<Vacancy> {
    const wanted = slug.safeParse(value);
    const job = wanted.success ? await this.services.vacancies.bySlug(wanted.data) : null;
    if (!job) {
      throw new BadUserInputError(`input.vacancy: no job "${String(value ?? '')}"`, {
        field: 'input.vacancy',
      });
    }
    const state = this.services.vacancies.state(job);
    if (state !== VacancyStatus.LIVE) {
      throw new GoneError(
        state === VacancyStatus.EXPIRED
          ? `"${job.title}" is no longer open for applications: its closing date has passed`
          : `"${job.title}" is no longer open for applications: it has been closed`,
        { field: 'input.vacancy' },
      );
    }
    if (job.applyUrl) {
      throw new BadUserInputError(
        `input.vacancy: "${job.title}" takes applications on the employer’s site, not here`,
        { field: 'input.vacancy' },
      );
    }
    return job;
  }
}
