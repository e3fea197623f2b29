import { request } from './client.js';
import {
  StudioNodesDocument,
  StudioSearchDocument,
  type ContentType,
  type StudioSearchQuery,
} from '../generated/graphql.js';

/** A node found by name: what pickers and the search box show. */
export interface Found {
  type: ContentType;
  slug: string;
  title: string;
}

type SearchNode = StudioSearchQuery['search']['edges'][number]['node'];

/** `Technology` → `TECHNOLOGY`: the GraphQL type's name as a ContentType. */
const typeOfNode = (node: SearchNode): ContentType => node.__typename.toUpperCase() as ContentType;

const titleOf = (node: SearchNode): string =>
  'name' in node ? node.name : 'city' in node ? node.city : 'question' in node ? node.question : '';

/**
 * Nodes matching what the editor typed, best first, through the search API (typo-tolerant, as
 * you type, drafts included); with nothing typed, the first of the type by name.
 */
export async function findNodes(
  text: string,
  types: ContentType[] | null,
  first = 10,
): Promise<Found[]> {
  const query = text.trim().slice(0, 200);
  if (!query) {
    if (!types || types.length !== 1) return [];
    const data = await request(StudioNodesDocument, { type: types[0]!, orderBy: 'NAME' });
    return data.editorNodes
      .slice(0, first)
      .map((n) => ({ type: types[0]!, slug: n.slug, title: n.title }));
  }
  const data = await request(StudioSearchDocument, { query, types, first });
  return data.search.edges.map(({ node }) => ({
    type: typeOfNode(node),
    slug: 'slug' in node ? node.slug : '',
    title: titleOf(node),
  }));
}
