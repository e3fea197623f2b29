import { badInput } from '../../errors/index.js';
import type { ContentNode } from '../common/content-node.entity.js';
import { fromGlobalId } from '../common/global-id.js';
import { capitalize } from '../common/names.js';
import { nodeTypes, type NodeType } from '../model.js';
import type { Services } from '../services.js';

/** Most ids one `nodes` call takes: a page's worth, as connections allow. */
export const MAX_NODE_IDS = 100;

/** Each node type's service in `Services`. */
const SERVICE_OF: Record<NodeType, keyof Services> = {
  specialism: 'specialisms',
  role: 'roles',
  skill: 'skills',
  technology: 'technologies',
  industry: 'industries',
  hub: 'hubs',
  employer: 'employers',
  faq: 'faqs',
  vacancy: 'vacancies',
};

/** GraphQL type name → node type: `Technology` → `technology`. */
const TYPE_OF = new Map<string, NodeType>(nodeTypes.map((type) => [capitalize(type), type]));

/**
 * The node a global id names, as `services` may see it (published, or the working version in
 * preview; in the services' locale), or null when it names none, as an unknown slug gives null.
 */
export function nodeById(services: Services, id: string): Promise<ContentNode | null> {
  const named = fromGlobalId(id);
  const type = named && TYPE_OF.get(named.typeName);
  if (!named || !type) return Promise.resolve(null);
  return nodeBySlug(services, type, named.slug);
}

/** The node of `type` with `slug`, or null; lookups in one tick share a read per type. */
export function nodeBySlug(
  services: Services,
  type: NodeType,
  slug: string,
): Promise<ContentNode | null> {
  const service = services[SERVICE_OF[type]] as {
    bySlug(slug: string): Promise<ContentNode | null>;
  };
  return service.bySlug(slug);
}

/** The nodes `ids` name, in order, null where one names none; lookups of a type are batched. */
export function nodesByIds(
  services: Services,
  ids: readonly string[],
): Promise<(ContentNode | null)[]> {
  if (ids.length > MAX_NODE_IDS)
    throw badInput('ids', `at most ${MAX_NODE_IDS} ids (got ${ids.length})`);
  return Promise.all(ids.map((id) => nodeById(services, id)));
}
