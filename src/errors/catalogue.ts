import { createError } from './app-error.js';

/** A bad argument or input field; say which in `argumentName` or `field` (see `badInput`). */
export const BadUserInputError = createError('BAD_USER_INPUT', 'BadUserInputError');
/** The request itself is malformed (not JSON or UTF-8, too deep, a batch). */
export const BadRequestError = createError('BAD_REQUEST', 'BadRequestError');
/** No credentials where they are needed, or bad, expired or revoked ones. */
export const UnauthenticatedError = createError('UNAUTHENTICATED', 'UnauthenticatedError');
/** Credentials whose role is too low for the operation. */
export const ForbiddenError = createError('FORBIDDEN', 'ForbiddenError');
/** The named node, revision, webhook or token does not exist. */
export const NotFoundError = createError('NOT_FOUND', 'NotFoundError');
/** A change that lost a race (an older `version`), or would break links others hold. */
export const ConflictError = createError('CONFLICT', 'ConflictError');
/** Over for good: an application to a job that expired or was closed. */
export const GoneError = createError('GONE', 'GoneError');
/** A body over `MAX_BODY_BYTES`. */
export const PayloadTooLargeError = createError('PAYLOAD_TOO_LARGE', 'PayloadTooLargeError');
/** Too many requests; `retryAfterSeconds` says when to try again. */
export const RateLimitedError = createError('RATE_LIMITED', 'RateLimitedError');
/** Sign-ins refused after repeated failures; `retryAfterSeconds` says for how long. */
export const TooManyRequestsError = createError('TOO_MANY_REQUESTS', 'TooManyRequestsError');
/** Past the request's time budget (a read's answer dropped, or a change rolled back). */
export const TimeoutError = createError('TIMEOUT', 'TimeoutError');

/** A bad argument; `argumentName` names it so a client can point at the field. */
export function badInput(argumentName: string, message: string) {
  return new BadUserInputError(`${argumentName}: ${message}`, { argumentName });
}
