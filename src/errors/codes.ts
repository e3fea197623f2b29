/**
 * Every error code a client can see, with the HTTP status it is answered with. GraphQL puts the
 * code in `extensions.code`, the site and HTTP layer in their JSON error, the CLI in its message.
 */
export const ERROR_STATUS = {
  /** A bad argument or input field; `argumentName` or `field` names it. */
  BAD_USER_INPUT: 400,
  /** The request itself is malformed: not JSON, not UTF-8, nested too deep, a batch. */
  BAD_REQUEST: 400,
  /** No credentials where they are needed, or bad ones. */
  UNAUTHENTICATED: 401,
  /** Credentials whose role is too low. */
  FORBIDDEN: 403,
  /** A node, revision, webhook or token that does not exist. */
  NOT_FOUND: 404,
  /** Someone else changed it meanwhile, or others still link to it. */
  CONFLICT: 409,
  /** What was asked for is over for good: an application to a job that expired or closed. */
  GONE: 410,
  /** A body over the size limit. */
  PAYLOAD_TOO_LARGE: 413,
  /** Too many requests from one client or token. */
  RATE_LIMITED: 429,
  /** Sign-ins refused for a while after repeated failures (for one account, or one client). */
  TOO_MANY_REQUESTS: 429,
  /** Past the request's time budget. */
  TIMEOUT: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
