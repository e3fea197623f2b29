import type { Builder } from './builder.js';
import { taxonomyPage } from './taxonomy.js';

/** `/hubs/<hub>/`: a hub, its employers, and the roles hired there. */
export const buildHub: Builder<'hub'> = async (draft, ref, context) => {
  const { hubs } = context.services;
  const text = context.text;
  const hub = await hubs.bySlug(ref.slug);
  if (!hub) return null;
  const city = hub.city;
  const country = text.country(hub.country);
  const roles = hubs.roles(hub);
  draft.uses('employer', ...(await hubs.employers(hub)));
  // A role's link goes to its page in this hub only where that page has something of its own.
  const own = new Set<string>();
  for (const role of await roles)
    if ((await context.services.vacancies.roleInHub(role, hub)).indexable) own.add(role.slug);
  const vacancies = await context.services.vacancies.forHub(hub);
  draft.uses('vacancy', ...vacancies);
  for (const v of vacancies) draft.link({ kind: 'job', slug: v.slug }, v.title);
  return taxonomyPage(draft, context, {
    node: hub,
    name: city,
    titles: text.hubTitles(city, country),
    about: `${text.hubAbout(city, country)}${hub.remoteNotes ? ` ${hub.remoteNotes}` : ''}`,
    roles,
    listName: text.rolesHiredIn(city),
    // A hub's roles link to their pages in this hub, where those are indexable.
    target: (role) =>
      own.has(role.slug)
        ? { kind: 'roleInHub', slug: role.slug, hub: ref.slug }
        : { kind: 'role', slug: role.slug },
  });
};
