import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { CompiledExecution } from '../graphql/compiled-execution.js';
import type { Context } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { queryProtection, type QueryLimits, type WalkSizes } from '../graphql/limits.js';
import { useCsrfToken } from '../graphql/plugins/use-csrf-token.js';
import { useCachePolicy } from '../graphql/plugins/use-cache-policy.js';
import { useErrorLogging } from '../graphql/plugins/use-error-logging.js';
import { useMutationRateLimit } from '../graphql/plugins/use-mutation-rate-limit.js';
import type { SharedRedis } from './redis.js';
import { SharedQueryStore } from './response-cache.js';

export interface ApolloOptions {
  schema: GraphQLSchema;
  logger: Logger;
  /** What one document may ask for. */
  limits: QueryLimits;
  /** The site's size, for the fields that walk all of it. */
  sizes: WalkSizes;
  /** Seconds the public may keep content (the cache hints' default). */
  cacheMaxAge: number;
  /** Answer introspection queries. */
  introspection: boolean;
  /** Persisted queries are shared through it when given. */
  redis?: SharedRedis;
}

/**
 * Apollo, started, with the project's limits and plugins; and the fast path for public queries
 * that applies the same checks once per document (see `CompiledExecution`).
 */
export async function useApollo(
  options: ApolloOptions,
): Promise<{ apollo: ApolloServer<Context>; compiled: CompiledExecution }> {
  const protection = queryProtection(options.limits, options.sizes);
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    ...(options.redis && { persistedQueries: { cache: new SharedQueryStore(options.redis) } }),
    plugins: [
      ...protection.plugins,
      useCsrfToken(),
      useMutationRateLimit(),
      // Public content may be kept for the max age; fields marked PRIVATE (token only) make the
      // whole response uncacheable. Our plugin reads the same hints once per document.
      ApolloServerPluginCacheControlDisabled(),
      useCachePolicy(options.cacheMaxAge),
      useErrorLogging(),
    ],
    logger: options.logger,
    // The CLI stops the server in order on SIGINT/SIGTERM; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const compiled = new CompiledExecution({
    schema: options.schema,
    validationRules: protection.validationRules,
    parseOptions: protection.parseOptions,
    cost: protection.cost,
    introspection: options.introspection,
    cacheMaxAge: options.cacheMaxAge,
  });
  return { apollo, compiled };
}
