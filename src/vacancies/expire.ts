import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { Vacancy } from '../content/entities.js';
import { bumpContentVersion } from '../content/read/content-state.entity.js';
import { VacancyStatus } from '../content/vacancy/vacancy.entity.js';
import { endOf } from '../content/vacancy/vacancy.service.js';
import { inTransaction } from '../db/transaction.js';
import { AuditEntry } from '../editorial/audit-entry.entity.js';
import { notifyVacancy } from '../editorial/vacancy-events.js';

/**
 * Marks live vacancies whose `validThrough` has passed by `now` (the app's clock) EXPIRED, in one
 * transaction: each gets a `node.unpublished` webhook event with the URLs to tell search engines
 * about, and the content version goes up so every server drops the page from its sitemap and
 * cache. Pages already answer 410 from the moment `validThrough` passes; this makes it known.
 * Returns the slugs it expired.
 */
export async function expireVacancies(
  em: EntityManager,
  options: { siteUrl: string; now: Date },
): Promise<string[]> {
  const now = options.now.getTime();
  // Look first, without a transaction: an idle sweep writes nothing. (A flush switches on
  // MikroORM's AsyncLocalStorage, which then costs every request of this process.)
  const dates = await em
    .fork()
    .find(
      Vacancy,
      { state: VacancyStatus.LIVE, validThrough: { $ne: null } },
      { fields: ['validThrough'] },
    );
  if (!dates.some((v) => endOf(v.validThrough!) < now)) return [];
  return inTransaction(em, async (tx) => {
    const live = await tx.find(
      Vacancy,
      { state: VacancyStatus.LIVE, validThrough: { $ne: null } },
      { populate: ['roleLinks.role', 'hubLinks.hub', 'employerLinks.employer'] },
    );
    const due = live.filter((v) => endOf(v.validThrough!) < now);
    if (due.length === 0) return [];
    for (const vacancy of due) vacancy.state = VacancyStatus.EXPIRED;
    await tx.flush();
    for (const v of due) {
      const published = <T extends { inPublished: boolean; position: number }>(rows: Iterable<T>) =>
        [...rows].filter((r) => r.inPublished).sort((a, b) => a.position - b.position);
      await notifyVacancy(
        tx,
        'clock',
        options.siteUrl,
        {
          slug: v.slug,
          externalId: v.externalId,
          state: v.state,
          version: v.version,
          role: published(v.roleLinks)[0]?.role.slug ?? null,
          hubs: published(v.hubLinks).map((l) => l.hub.slug),
          employer: published(v.employerLinks)[0]?.employer.slug ?? null,
        },
        'expired',
      );
    }
    await bumpContentVersion(tx);
    tx.create(AuditEntry, {
      actor: 'clock',
      operation: 'expireVacancies',
      nodeType: 'vacancy',
      nodeSlug: null,
      details: { expired: due.map((v) => v.slug) },
    });
    return due.map((v) => v.slug);
  });
}

/** Runs `expireVacancies` now and every `intervalMs` until stopped (the serving process). */
export function startExpirySweep(
  em: EntityManager,
  logger: Logger,
  options: {
    siteUrl: string;
    intervalMs: number;
    /** The clock the app serving the pages reads (its `now` option). @default the system clock */
    now?: () => Date;
  },
): { stop(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = expireVacancies(em.fork(), { siteUrl: options.siteUrl, now: now() })
      .then((expired) => {
        if (expired.length) logger.info({ expired }, `${expired.length} vacancies expired`);
      })
      .catch((error: unknown) => logger.error({ err: error }, 'vacancy expiry sweep failed'));
  };
  sweep();
  const timer = setInterval(sweep, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
