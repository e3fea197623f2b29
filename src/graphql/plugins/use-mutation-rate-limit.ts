import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';

/**
 * Counts each token's (and each signed-in user's) mutations (the public's form mutations, the enquiry and the application, have their own limit): over
 * the limit, 429 with `Retry-After` and nothing runs.
 */
export function useMutationRateLimit(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          // The server's time budget treats changes apart (see `Context.outcome`).
          if (operation?.operation === 'mutation') contextValue.outcome.mutation = true;
          const limiter = contextValue.limits.mutation;
          if (!limiter || operation?.operation !== 'mutation') return;
          const { actor } = contextValue;
          if (actor.kind === 'public') return;
          // A user is counted apart from a token that happens to bear the same name.
          const key = actor.kind === 'user' ? `user:${actor.userId}` : actor.name;
          const { allowed, retryAfterSeconds } = await limiter.hit(key);
          if (allowed) return;
          throw new GraphQLError(
            `Too many changes from ${actor.kind} "${actor.name}": at most ${limiter.limit} mutations per ${limiter.windowMs / 1000} s; try again in ${retryAfterSeconds} s`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds,
                http: {
                  status: 429,
                  headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]),
                },
              },
            },
          );
        },
      };
    },
  };
}
