import type { HubViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import type { Data } from '../components.js';
import type { UiText } from '../ui-text/index.js';
import { useJobsText } from '../ui-text/jobs.js';
import { JobsSection } from './job-parts.js';
import { TaxonomyView } from './taxonomy.js';

/** `/hubs/<hub>/`: a hub, its employers, and the roles hired there. */
export function HubView({
  node,
  slug,
  text,
}: {
  node: Data<HubViewQuery, 'node'>;
  /** The hub's slug, as the page's path names it. */
  slug: string;
  /** The catalog of the locale the page's path names. */
  text: UiText;
}) {
  const remote = node.remoteNotes ? ` ${node.remoteNotes}` : '';
  const j = useJobsText();
  // A role's card goes to its page in this hub only where that page has something of its own.
  const own = new Set(
    node.roles.filter((r) => r.hubPages.some((h) => h.slug === slug)).map((r) => r.slug),
  );
  return (
    <TaxonomyView
      node={node}
      heading={text.taxonomy.hub.heading(node.city)}
      lede={`${node.city}, ${text.countryName(node.country)} (${node.region}).${remote}`}
      rolesTitle={text.taxonomy.hub.rolesTitle(node.city)}
      pathFor={(role) =>
        own.has(role)
          ? pathOf({ kind: 'roleInHub', slug: role, hub: slug })
          : pathOf({ kind: 'role', slug: role })
      }
    >
      <JobsSection title={j.jobsFor(node.city)} jobs={node.vacancies} />
    </TaxonomyView>
  );
}
