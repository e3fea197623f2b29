import type { Builder } from './builder.js';
import { rolePage, taxonomyPage } from './taxonomy.js';

/** `/industries/<industry>/`: an industry and the roles it hires. */
export const buildIndustry: Builder<'industry'> = async (draft, ref, context) => {
  const { industries } = context.services;
  const industry = await industries.bySlug(ref.slug);
  if (!industry) return null;
  const name = industry.name;
  return taxonomyPage(draft, context, {
    node: industry,
    name,
    titles: context.text.industryTitles(name),
    about: industry.description ?? `${name}.`,
    roles: industries.roles(industry),
    listName: context.text.rolesFor(name),
    target: rolePage,
    notes: context.services.specialisms.notesOn('industries', industry.slug),
  });
};
