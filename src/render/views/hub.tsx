import type { HubViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import type { Data } from '../components.js';
import type { UiText } from '../ui-text/index.js';
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
  return (
    <TaxonomyView
      node={node}
      heading={text.taxonomy.hub.heading(node.city)}
      lede={`${node.city}, ${text.countryName(node.country)} (${node.region}).${remote}`}
      rolesTitle={text.taxonomy.hub.rolesTitle(node.city)}
      // A hub's roles link to their pages in this hub.
      pathFor={(role) => pathOf({ kind: 'roleInHub', slug: role, hub: slug })}
    />
  );
}
