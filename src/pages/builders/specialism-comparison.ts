import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';

/** `/<specialism>/compare/`: the specialism's roles side by side, with their skills and tools. */
export const buildSpecialismComparison: Builder<'specialismComparison'> = async (
  draft,
  ref,
  { services, site, text },
) => {
  const s = await services.specialisms.bySlug(ref.slug);
  if (!s) return null;
  const roles = await services.specialisms.roles(s);
  const [skills, technologies] = await Promise.all([
    Promise.all(roles.map((r) => services.roles.skills(r))),
    Promise.all(roles.map((r) => services.roles.technologies(r))),
  ]);
  draft.uses('specialism', s);
  draft.uses('role', ...roles);
  skills.forEach((list) => draft.uses('skill', ...list));
  technologies.forEach((list) => draft.uses('technology', ...list));
  draft.link({ kind: 'specialism', slug: s.slug }, s.name);
  for (const role of roles) draft.link({ kind: 'role', slug: role.slug }, role.name);
  draft.link({ kind: 'specialismFaq', slug: s.slug }, text.faqsLink(s.name));
  const names = roles.map((r) => r.name);
  const breadcrumbs = draft.crumbs(
    [s.name, { kind: 'specialism', slug: s.slug }],
    [text.compareCrumb, draft.ref],
  );
  return draft.finish({
    title: fitTitle(text.comparisonTitles(names[0] ?? s.name, s.name), site.name),
    description: fit(text.comparisonDescription(text.list(names)), MAX_DESCRIPTION),
    breadcrumbs,
    alternates: [],
    jsonLd: [
      ld.itemList(
        text.comparedList(s.name),
        roles.map((r) => ({
          name: r.name,
          url: draft.url(draft.pathTo({ kind: 'role', slug: r.slug })),
        })),
      ),
    ],
  });
};
