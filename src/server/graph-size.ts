import type { ContentStore } from '../content/read/store.js';
import type { GraphSize } from '../pages/paths.js';

/** The published graph's size, as `pageCountBound` needs it. */
export function graphSizeOf(store: ContentStore): GraphSize {
  const count = (type: keyof GraphSize['nodes']) => store.nodes[type].sorted.length;
  let roleHubLinks = 0;
  for (const list of store.forward.roleHub.values()) roleHubLinks += list.length;
  return {
    nodes: {
      specialism: count('specialism'),
      role: count('role'),
      skill: count('skill'),
      technology: count('technology'),
      industry: count('industry'),
      hub: count('hub'),
    },
    roleHubLinks,
  };
}
