import type { Specialism } from '../../content/entities.js';
import * as ld from '../json-ld.js';
import { fit, fitTitle, MAX_DESCRIPTION } from '../seo.js';
import type { Builder } from './builder.js';

/** `/`: every specialism the locale publishes, with its roles. */
export const buildHome: Builder<'home'> = async (
  draft,
  _ref,
  { services, site, text, publishes },
) => {
  const specialisms: Specialism[] = [];
  // A locale's home page shows the specialisms it publishes.
  for (const s of await services.specialisms.all())
    if (await publishes({ kind: 'specialism', slug: s.slug })) specialisms.push(s);
  const roles = await Promise.all(specialisms.map((s) => services.specialisms.roles(s)));
  draft.uses('specialism', ...specialisms);
  roles.forEach((list) => draft.uses('role', ...list));
  for (const s of specialisms) draft.link({ kind: 'specialism', slug: s.slug }, s.name);
  draft.link({ kind: 'jobs' }, text.jobsList);
  const names = text.list(specialisms.map((s) => s.name));
  const breadcrumbs = draft.crumbs();
  return draft.finish({
    title: fitTitle(text.homeTitles(names), site.name),
    description: fit(text.homeDescription(site.name, names), MAX_DESCRIPTION),
    breadcrumbs,
    ogType: 'website',
    alternates: [],
    jsonLd: [
      ld.organization(site),
      ld.webSite(site),
      ld.itemList(
        text.specialismsList,
        specialisms.map((s) => ({
          name: s.name,
          url: draft.url(draft.pathTo({ kind: 'specialism', slug: s.slug })),
        })),
      ),
    ],
  });
};
