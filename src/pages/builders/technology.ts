import type { Builder } from './builder.js';
import { rolePage, taxonomyPage } from './taxonomy.js';

/** `/technologies/<technology>/`: a technology and the roles that use it. */
export const buildTechnology: Builder<'technology'> = async (draft, ref, context) => {
  const { technologies } = context.services;
  const tech = await technologies.bySlug(ref.slug);
  if (!tech) return null;
  const name = tech.name;
  return taxonomyPage(draft, context, {
    node: tech,
    name,
    titles: context.text.technologyTitles(name),
    about: `${name}${tech.description ? `: ${tech.description}` : '.'}`,
    roles: technologies.roles(tech),
    listName: context.text.rolesFor(name),
    target: rolePage,
    notes: context.services.specialisms.notesOn('technologies', tech.slug),
  });
};
