import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';
import { roleParts, roleWithHome } from './role-parts.js';

/** `/roles/<role>/`: a role, linking to its specialisms, skills, tools, hubs and related roles. */
export const buildRole: Builder<'role'> = async (draft, ref, context) => {
  const { site, text } = context;
  const found = await roleWithHome(context.services, ref.slug);
  if (!found) return null;
  const { role, home } = found;
  const parts = await roleParts(draft, role, context);
  for (const s of parts.specialisms) draft.link({ kind: 'specialism', slug: s.slug }, s.name);
  for (const k of parts.skills) draft.link({ kind: 'skill', slug: k.slug }, k.name);
  for (const t of parts.technologies) draft.link({ kind: 'technology', slug: t.slug }, t.name);
  for (const i of parts.industries) draft.link({ kind: 'industry', slug: i.slug }, i.name);
  // Only role-in-hub pages with something of their own are pages worth linking to.
  for (const h of parts.hubs)
    if ((await context.services.vacancies.roleInHub(role, h)).indexable)
      draft.link(
        { kind: 'roleInHub', slug: role.slug, hub: h.slug },
        text.roleInHubLink(role.name, h.city),
      );
  const vacancies = await context.services.vacancies.forRole(role);
  const salaries = await context.services.vacancies.advertisedSalaries(role);
  draft.uses('vacancy', ...vacancies);
  for (const v of vacancies) draft.link({ kind: 'job', slug: v.slug }, v.title);
  for (const rel of parts.related) draft.link({ kind: 'role', slug: rel.slug }, rel.name);
  const breadcrumbs = draft.crumbs(
    [home.name, { kind: 'specialism', slug: home.slug }],
    [role.name, draft.ref],
  );
  const description = role.summary.includes(role.name)
    ? role.summary
    : `${role.name}: ${role.summary}`;
  return draft.finish({
    title: fitTitle(text.roleTitles(role.name), site.name),
    description: fit(description, MAX_DESCRIPTION),
    breadcrumbs,
    alternates: [],
    jsonLd: [
      ld.occupation({
        url: draft.url(draft.path),
        name: role.name,
        description: role.summary,
        skills: parts.skills.map((k) => k.name),
        responsibilities: role.responsibilities,
        hubs: parts.hubs,
        categories: parts.specialisms.map((s) => s.name),
        locale: text.lang,
        salaries,
      }),
    ],
  });
};
