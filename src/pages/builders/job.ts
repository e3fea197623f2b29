import { markdownToHtml } from '../../content/common/markdown.js';
import { VacancyStatus } from '../../content/vacancy/vacancy.entity.js';
import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';

/**
 * `/jobs/<slug>/`: one vacancy. Live, it carries `JobPosting` JSON-LD (the only page that
 * does). Expired or closed, the page answers 410 Gone with the role and live jobs like it, no
 * `JobPosting`, and `noindex`; it is not in the sitemap.
 */
export const buildJob: Builder<'job'> = async (draft, ref, context) => {
  const { services, site, text } = context;
  const vacancy = await services.vacancies.bySlug(ref.slug);
  if (!vacancy) return null;
  const [role, hubs, employer] = await Promise.all([
    services.vacancies.role(vacancy),
    services.vacancies.hubs(vacancy),
    services.vacancies.employer(vacancy),
  ]);
  if (!role) return null;
  draft.uses('vacancy', vacancy);
  draft.uses('role', role);
  draft.uses('hub', ...hubs);
  if (employer) draft.uses('employer', employer);
  const live = services.vacancies.state(vacancy) === VacancyStatus.LIVE;
  const place = hubs.length ? text.list(hubs.map((h) => h.city)) : text.remote;
  const rolePage = { kind: 'role', slug: role.slug } as const;
  draft.link(rolePage, role.name);
  for (const h of hubs) draft.link({ kind: 'hub', slug: h.slug }, h.city);
  if (!live) {
    // What the reader can use instead: live jobs for the same role.
    for (const v of (await services.vacancies.forRole(role)).slice(0, 10))
      draft.link({ kind: 'job', slug: v.slug }, v.title);
  }
  const breadcrumbs = draft.crumbs([text.jobsCrumb, { kind: 'jobs' }], [vacancy.title, draft.ref]);
  return draft.finish({
    title: fitTitle(
      live ? text.jobTitles(vacancy.title, place) : text.jobGoneTitles(vacancy.title),
      site.name,
    ),
    description: fit(text.jobDescription(vacancy.title, place, role.name), MAX_DESCRIPTION),
    breadcrumbs,
    alternates: [],
    ...(!live && { indexable: false, httpStatus: 410 }),
    jsonLd: live
      ? [
          ld.jobPosting({
            url: draft.url(draft.path),
            title: vacancy.title,
            descriptionHtml: markdownToHtml(vacancy.description),
            datePosted: vacancy.datePosted,
            validThrough: vacancy.validThrough,
            employmentType: vacancy.employmentType,
            hiringOrganization: employer
              ? { name: employer.name, url: employer.website }
              : { name: site.name, url: `${site.url}/` },
            workplace: vacancy.workplace,
            hubs,
            remoteCountries: vacancy.remoteCountries,
            salary: vacancy.salary,
            identifier: { name: site.name, value: vacancy.externalId ?? vacancy.slug },
            // Google reads `directApply` as "apply on this page": true exactly when the page
            // carries the site's own application form (no `applyUrl`), false when it links out.
            directApply: !vacancy.applyUrl,
            occupation: { url: draft.url(draft.pathTo(rolePage)), name: role.name },
            locale: text.lang,
          }),
        ]
      : [],
  });
};
