import type { Role, Specialism } from '../../content/entities.js';
import type { Services } from '../../content/services.js';
import type { PageDraft } from '../page-draft.js';
import type { BuildContext } from './builder.js';

/** The role named by a page, with its home specialism; null when either is missing. */
export async function roleWithHome(
  services: Services,
  slug: string,
): Promise<{ role: Role; home: Specialism } | null> {
  const role = await services.roles.bySlug(slug);
  const home = role && (await services.roles.homeSpecialism(role));
  return role && home ? { role, home } : null;
}

/** What a role page and a role-in-hub page both show, recorded as the draft's dependencies. */
export async function roleParts(draft: PageDraft, role: Role, { services, listed }: BuildContext) {
  const r = services.roles;
  const [skills, technologies, industries, hubs, related, faqs, specialisms] = await Promise.all([
    r.skills(role),
    r.technologies(role),
    r.industries(role),
    r.hubs(role),
    listed(r.relatedRoles(role)),
    r.faqs(role),
    r.specialisms(role),
  ]);
  draft.uses('role', role, ...related);
  draft.uses('skill', ...skills);
  draft.uses('technology', ...technologies);
  draft.uses('industry', ...industries);
  draft.uses('hub', ...hubs);
  draft.uses('faq', ...faqs);
  draft.uses('specialism', ...specialisms);
  return { skills, technologies, industries, hubs, related, faqs, specialisms };
}
