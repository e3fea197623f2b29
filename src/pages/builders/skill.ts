import type { Builder } from './builder.js';
import { rolePage, taxonomyPage } from './taxonomy.js';

/** `/skills/<skill>/`: a skill and the roles that need it. */
export const buildSkill: Builder<'skill'> = async (draft, ref, context) => {
  const { skills } = context.services;
  const skill = await skills.bySlug(ref.slug);
  if (!skill) return null;
  const name = skill.name;
  return taxonomyPage(draft, context, {
    node: skill,
    name,
    titles: context.text.skillTitles(name),
    about: `${name}${skill.description ? `: ${skill.description}` : '.'}`,
    roles: skills.roles(skill),
    listName: context.text.rolesFor(name),
    target: rolePage,
    notes: context.services.specialisms.notesOn('skills', skill.slug),
  });
};
