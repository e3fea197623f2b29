import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';

/** `/<specialism>/`: the landing page, linking to its roles and everything they use. */
export const buildSpecialism: Builder<'specialism'> = async (draft, ref, context) => {
  const { services, site, text } = context;
  const s = await services.specialisms.bySlug(ref.slug);
  if (!s) return null;
  const facts = await context.specialismFacts(s);
  const employers = await services.specialisms.featuredEmployers(s);
  draft.uses('specialism', s);
  draft.uses('role', ...facts.roles);
  draft.uses('technology', ...facts.technologies);
  draft.uses('industry', ...facts.industries);
  draft.uses('hub', ...facts.hubs);
  draft.uses('employer', ...employers);
  draft.link({ kind: 'specialismComparison', slug: s.slug }, text.compareLink(s.name));
  draft.link({ kind: 'specialismFaq', slug: s.slug }, text.faqsLink(s.name));
  for (const role of facts.roles) draft.link({ kind: 'role', slug: role.slug }, role.name);
  for (const t of facts.technologies) draft.link({ kind: 'technology', slug: t.slug }, t.name);
  for (const i of facts.industries) draft.link({ kind: 'industry', slug: i.slug }, i.name);
  for (const h of facts.hubs) draft.link({ kind: 'hub', slug: h.slug }, h.city);
  // Its roles' live jobs.
  const jobs = new Map<string, { slug: string; title: string; updatedAt: Date }>();
  for (const role of facts.roles)
    for (const v of await services.vacancies.forRole(role)) jobs.set(v.slug, v);
  draft.uses('vacancy', ...jobs.values());
  for (const v of jobs.values()) draft.link({ kind: 'job', slug: v.slug }, v.title);
  const breadcrumbs = draft.crumbs([s.name, draft.ref]);
  return draft.finish({
    title: fitTitle(text.specialismTitles(s.name), site.name),
    description: fit(s.headline, MAX_DESCRIPTION),
    breadcrumbs,
    alternates: [],
    jsonLd: [
      ld.itemList(
        text.rolesOf(s.name),
        facts.roles.map((r) => ({
          name: r.name,
          url: draft.url(draft.pathTo({ kind: 'role', slug: r.slug })),
        })),
      ),
    ],
  });
};
