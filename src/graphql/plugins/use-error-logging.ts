import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { isExpectedError } from '../errors.js';

/**
 * Logs every unexpected error in full (with the request id and the operation), and puts the
 * request id on the masked errors the client gets, so a report can be matched to the log.
 * Client errors (bad queries, bad arguments) are logged at debug level only.
 */
export function useErrorLogging(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            if (isExpectedError(error)) {
              contextValue.logger.debug({ err: error, operationName }, 'client error');
            } else {
              contextValue.logger.error(
                { err: error.originalError ?? error, path: error.path, operationName },
                'unexpected error',
              );
            }
          }
        },
        async willSendResponse({ response, contextValue, operationName }) {
          // For the access log.
          if (operationName) contextValue.outcome.operation = operationName;
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}
