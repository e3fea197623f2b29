import type { EntityManager } from '@mikro-orm/core';
import { readLocaleConfig } from '../content/read/content-state.entity.js';
import { localizedPath, pathOf, type PageRef } from '../pages/paths.js';
import { enqueueEvent } from '../webhooks/outbox.js';
import { WebhookEvent } from '../webhooks/webhook.entity.js';

/** What a vacancy is linked to, by slug: enough to name the pages that show it. */
export interface VacancyPlace {
  slug: string;
  externalId: string | null;
  state: string;
  version: number;
  role: string | null;
  hubs: string[];
  employer: string | null;
}

/** The pages that show a vacancy, in the default locale (`/jobs/`, its page, role, hubs, …). */
export function vacancyRefs(v: VacancyPlace): PageRef[] {
  const refs: PageRef[] = [{ kind: 'jobs' }, { kind: 'job', slug: v.slug }];
  if (v.role) {
    refs.push({ kind: 'role', slug: v.role });
    for (const hub of v.hubs) refs.push({ kind: 'roleInHub', slug: v.role, hub });
  }
  for (const hub of v.hubs) refs.push({ kind: 'hub', slug: hub });
  return refs;
}

/**
 * Queues a vacancy's webhook event: `node.published` when it is (again) live, `node.unpublished`
 * when it closed or expired (its page now answers 410 and left the sitemap). The body carries
 * the paths, their absolute URLs and the sitemaps, so a receiver can tell search engines.
 */
export async function notifyVacancy(
  tx: EntityManager,
  actor: string,
  siteUrl: string,
  v: VacancyPlace,
  reason: 'published' | 'closed' | 'expired' | 'reopened',
): Promise<void> {
  const config = await readLocaleConfig(tx);
  const prefixes = config.locales.map((l) => (l.code === config.default ? undefined : l.code));
  const paths = vacancyRefs(v).flatMap((ref) =>
    prefixes.map((prefix) => localizedPath(pathOf(ref), prefix)),
  );
  const sitemaps = prefixes.map((p) => `${siteUrl}${p ? `/${p}` : ''}/sitemap.xml`);
  const gone = reason === 'closed' || reason === 'expired';
  await enqueueEvent(tx, gone ? WebhookEvent.UNPUBLISHED : WebhookEvent.PUBLISHED, {
    actor,
    data: {
      node: {
        type: 'vacancy',
        slug: v.slug,
        externalId: v.externalId,
        version: v.version,
        state: v.state,
      },
      reason,
      affectedPaths: [...new Set(paths)].sort(),
      urls: [...new Set(paths)].sort().map((p) => `${siteUrl}${p}`),
      sitemaps,
    },
  });
}
