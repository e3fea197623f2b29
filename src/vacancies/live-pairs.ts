import type { EntityManager } from '@mikro-orm/core';
import { PublicationStatus } from '../content/common/content-node.entity.js';
import { Vacancy } from '../content/entities.js';
import { vacancyState } from '../content/vacancy/vacancy.service.js';
import { VacancyStatus } from '../content/vacancy/vacancy.entity.js';

/**
 * `role/hub` for every role and hub a live, published vacancy links (what makes a page
 * indexable), live as of `now`.
 */
export async function liveRoleHubPairs(
  em: EntityManager,
  now: Date = new Date(),
): Promise<Set<string>> {
  const vacancies = await em.find(
    Vacancy,
    { status: PublicationStatus.PUBLISHED, state: VacancyStatus.LIVE },
    { populate: ['roleLinks.role', 'hubLinks.hub'] },
  );
  const pairs = new Set<string>();
  for (const v of vacancies) {
    if (vacancyState(v, now) !== VacancyStatus.LIVE) continue;
    for (const r of v.roleLinks) {
      if (!r.inPublished) continue;
      for (const h of v.hubLinks) if (h.inPublished) pairs.add(`${r.role.slug}/${h.hub.slug}`);
    }
  }
  return pairs;
}
