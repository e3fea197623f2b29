import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { contentResolvers } from '../content/resolvers.js';
import { pageResolvers } from '../pages/page.resolver.js';
import { editorialResolvers } from '../editorial/editorial.resolver.js';
import { EnquiryResolver } from '../enquiries/enquiry.resolver.js';
import { WebhookResolver } from '../webhooks/webhook.resolver.js';

const MUTATION_DESCRIPTION =
  'Change the content (editor and admin tokens), and send a hiring enquiry (public).';

const QUERY_DESCRIPTION =
  'Read the content graph: one node by slug, Relay connections of nodes, comparisons, and the pages built from them.';

/** The one place that lists every resolver and builds the executable schema. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ...contentResolvers,
      ...pageResolvers,
      ...editorialResolvers,
      EnquiryResolver,
      WebhookResolver,
    ],
    validate: false,
  });
  // type-graphql has no option for the root types' descriptions; the schema is the API's docs.
  const config = schema.toConfig();
  const describe = (type: GraphQLObjectType | null | undefined, description: string) =>
    type ? new GraphQLObjectType({ ...type.toConfig(), description }) : undefined;
  const query = describe(schema.getQueryType(), QUERY_DESCRIPTION);
  const mutation = describe(schema.getMutationType(), MUTATION_DESCRIPTION);
  if (!query) throw new Error('schema has no Query type');
  const replaced = new Map<string, GraphQLObjectType>([[query.name, query]]);
  if (mutation) replaced.set(mutation.name, mutation);
  return new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.map((t) => replaced.get(t.name) ?? t),
  });
}

/** The SDL committed as `schema/schema.graphql`: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
