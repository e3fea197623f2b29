import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';

/** The header a cookie-authenticated mutation carries its session's CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Refuses a mutation authenticated by the session cookie unless it carries the session's CSRF
 * token in `x-csrf-token` (403 FORBIDDEN, before anything runs). A cookie rides along with any
 * request the browser sends; the token proves the page sending it read `me` or `signIn` from our
 * origin. Bearer tokens carry no ambient credential and need none.
 */
export function useCsrfToken(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const { session } = contextValue;
          if (!session || session.csrfOk) return;
          throw new GraphQLError(
            `A change made with the session cookie needs the session's CSRF token in the ${CSRF_HEADER} header (from \`me\` or \`signIn\`)`,
            { extensions: { code: 'FORBIDDEN', http: { status: 403, headers: new HeaderMap() } } },
          );
        },
      };
    },
  };
}
