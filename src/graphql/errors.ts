import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError } from '../errors/index.js';

/** Codes of errors about the request itself, safe to show a client as they are. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'RATE_LIMITED',
  'FORBIDDEN',
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * True for errors a client caused and may read: our own coded errors and GraphQL's request
 * errors. Everything else is a fault of ours and is masked.
 */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return true;
  if (!(original instanceof GraphQLError)) return false;
  const code = original.extensions?.code;
  return typeof code === 'string'
    ? CLIENT_ERROR_CODES.has(code)
    : original.originalError === undefined;
}

/**
 * Apollo's `formatError`: keeps expected errors (with their code) and replaces everything else by
 * a bare INTERNAL_SERVER_ERROR — no message, stack trace, SQL or path reaches the client. The
 * error-logging plugin logs the detail and adds the request id.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { locations, path } = formatted;
  if (original instanceof AppError) {
    return {
      message: original.message,
      locations,
      path,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (isExpectedError(error)) {
    // The code and what it says about the request (a limit's name and allowed value); never a
    // stack trace.
    const { stacktrace: _stack, http: _http, ...rest } = formatted.extensions ?? {};
    return {
      message: formatted.message,
      locations,
      path,
      // A request error graphql-js or Apollo raised without a code is still the client's.
      extensions: {
        ...rest,
        code: !rest.code || rest.code === 'INTERNAL_SERVER_ERROR' ? 'BAD_REQUEST' : rest.code,
      },
    };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
