import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { contentResolvers } from '../content/resolvers.js';
import { pageResolvers } from '../pages/page.resolver.js';

const QUERY_DESCRIPTION =
  'Read the content graph: one node by slug, Relay connections of nodes, comparisons, and the pages built from them.';

/** The one place that lists every resolver and builds the executable schema. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...contentResolvers, ...pageResolvers],
    validate: false,
  });
  // type-graphql has no option for the root types' descriptions; the schema is the API's docs.
  const config = schema.toConfig();
  const query = schema.getQueryType();
  if (!query) throw new Error('schema has no Query type');
  const described = new GraphQLObjectType({ ...query.toConfig(), description: QUERY_DESCRIPTION });
  return new GraphQLSchema({
    ...config,
    query: described,
    types: config.types.map((t) => (t === query ? described : t)),
  });
}

/** The SDL committed as `schema/schema.graphql`: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
