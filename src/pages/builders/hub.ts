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
  return taxonomyPage(draft, context, {
    node: hub,
    name: city,
    titles: text.hubTitles(city, country),
    about: `${text.hubAbout(city, country)}${hub.remoteNotes ? ` ${hub.remoteNotes}` : ''}`,
    roles,
    listName: text.rolesHiredIn(city),
    // A hub's roles link to their pages in this hub.
    target: (role) => ({ kind: 'roleInHub', slug: role.slug, hub: ref.slug }),
  });
};
