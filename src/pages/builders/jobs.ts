import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';

/**
 * `/jobs/`: live vacancies, newest first. Filtered views (`?role=…&hub=…`) are the same page
 * to search engines: one canonical, the unfiltered list.
 */
export const buildJobs: Builder<'jobs'> = async (draft, _ref, context) => {
  const { services, site, text } = context;
  const vacancies = await services.vacancies.inState();
  draft.uses('vacancy', ...vacancies);
  for (const v of vacancies) draft.link({ kind: 'job', slug: v.slug }, v.title);
  return draft.finish({
    title: fitTitle(text.jobsTitles(site.name), site.name),
    description: fit(text.jobsDescription(site.name), MAX_DESCRIPTION),
    breadcrumbs: draft.crumbs([text.jobsCrumb, draft.ref]),
    alternates: [],
    jsonLd: [
      ld.itemList(
        text.jobsList,
        vacancies.map((v) => ({
          name: v.title,
          url: draft.url(draft.pathTo({ kind: 'job', slug: v.slug })),
        })),
      ),
    ],
  });
};
