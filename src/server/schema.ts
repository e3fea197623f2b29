import 'reflect-metadata';
import {
  DirectiveLocation,
  GraphQLBoolean,
  GraphQLDirective,
  GraphQLEnumType,
  GraphQLInt,
  GraphQLObjectType,
  GraphQLSchema,
  lexicographicSortSchema,
  printSchema,
  specifiedDirectives,
} from 'graphql';
import { buildSchema } from 'type-graphql';
import { bindDirectResolvers } from './direct-resolvers.js';
import { AccountResolver } from '../accounts/account.resolver.js';
import { TokenResolver } from '../accounts/token.resolver.js';
import { contentResolvers } from '../content/resolvers.js';
import { pageResolvers } from '../pages/page.resolver.js';
import { editorialResolvers } from '../editorial/editorial.resolver.js';
import { ApplicationResolver } from '../enquiries/application.resolver.js';
import { EnquiryResolver } from '../enquiries/enquiry.resolver.js';
import { WebhookResolver } from '../webhooks/webhook.resolver.js';
import { SearchResolver } from '../search/search.resolver.js';

const MUTATION_DESCRIPTION =
  'Change the content (editor and admin tokens or users), sign in and out, manage users (admin), and send a hiring enquiry or a job application (public).';

const QUERY_DESCRIPTION =
  'Read the content graph: one node by slug, Relay connections of nodes, comparisons, and the pages built from them.';

/**
 * Apollo's cache hints, declared so the schema can carry them: public content is cacheable
 * (the server's default max age); what needs a token is marked private with no max age.
 */
const cacheControlDirective = new GraphQLDirective({
  name: 'cacheControl',
  description: "How long, and by whom, a field's value may be cached (Apollo cache hints).",
  locations: [
    DirectiveLocation.FIELD_DEFINITION,
    DirectiveLocation.OBJECT,
    DirectiveLocation.INTERFACE,
    DirectiveLocation.UNION,
  ],
  args: {
    maxAge: { type: GraphQLInt },
    scope: {
      type: new GraphQLEnumType({
        name: 'CacheControlScope',
        description: 'Who may keep a cached value.',
        values: {
          PUBLIC: { description: 'Any cache, shared ones (CDNs) included.' },
          PRIVATE: { description: "Only the requester's own client." },
        },
      }),
    },
    inheritMaxAge: { type: GraphQLBoolean },
  },
});

/** The one place that lists every resolver and builds the executable schema. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      ...contentResolvers,
      ...pageResolvers,
      ...editorialResolvers,
      EnquiryResolver,
      ApplicationResolver,
      WebhookResolver,
      AccountResolver,
      TokenResolver,
      SearchResolver,
    ],
    validate: false,
    directives: [...specifiedDirectives, cacheControlDirective],
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
  const built = new GraphQLSchema({
    ...config,
    query,
    mutation,
    types: config.types.map((t) => replaced.get(t.name) ?? t),
  });
  bindDirectResolvers(built);
  return built;
}

/** The SDL committed as `schema/schema.graphql`: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
