import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';
import { roleParts, roleWithHome } from './role-parts.js';

/**
 * `/roles/<role>/<hub>/`: a role in one of its hubs; only where the role links the hub. It is
 * indexable only with something of its own (a live vacancy there, or the role's note for the
 * hub); otherwise it is `noindex, follow` with its canonical on the role page, so near-identical
 * city pages never compete in search (doorway pages).
 */
export const buildRoleInHub: Builder<'roleInHub'> = async (draft, ref, context) => {
  const { services, site, text } = context;
  const found = await roleWithHome(services, ref.slug);
  if (!found) return null;
  const { role, home } = found;
  const hub = (await services.roles.hubs(role)).find((h) => h.slug === ref.hub);
  if (!hub) return null;
  const parts = await roleParts(draft, role, context);
  const employers = await services.hubs.employers(hub);
  const own = await services.vacancies.roleInHub(role, hub);
  const salaries = await services.vacancies.advertisedSalaries(role, hub);
  draft.uses('employer', ...employers);
  draft.uses('vacancy', ...own.vacancies);
  draft.link({ kind: 'role', slug: role.slug }, role.name);
  draft.link({ kind: 'hub', slug: hub.slug }, hub.city);
  for (const v of own.vacancies) draft.link({ kind: 'job', slug: v.slug }, v.title);
  for (const h of parts.hubs)
    if (h.slug === hub.slug || (await services.vacancies.roleInHub(role, h)).indexable)
      draft.link(
        { kind: 'roleInHub', slug: role.slug, hub: h.slug },
        text.roleInHubLink(role.name, h.city),
      );
  for (const t of parts.technologies) draft.link({ kind: 'technology', slug: t.slug }, t.name);
  const country = text.country(hub.country);
  const breadcrumbs = draft.crumbs(
    [home.name, { kind: 'specialism', slug: home.slug }],
    [role.name, { kind: 'role', slug: role.slug }],
    [hub.city, draft.ref],
  );
  return draft.finish({
    title: fitTitle(text.roleInHubTitles(role.name, hub.city), site.name),
    description: fit(
      text.roleInHubDescription(role.name, hub.city, country, role.summary),
      MAX_DESCRIPTION,
    ),
    breadcrumbs,
    alternates: [],
    ...(!own.indexable && { indexable: false, canonical: { kind: 'role', slug: role.slug } }),
    jsonLd: [
      ld.occupation({
        url: draft.url(draft.path),
        name: role.name,
        description: role.summary,
        skills: parts.skills.map((k) => k.name),
        responsibilities: role.responsibilities,
        hubs: [hub],
        categories: parts.specialisms.map((s) => s.name),
        locale: text.lang,
        salaries,
      }),
    ],
  });
};
