/**
 * Errors the content services raise on purpose. Each carries a code that every transport keeps:
 * GraphQL puts it in `extensions.code`, the CLI prints it. Anything else thrown is unexpected and
 * is masked before it reaches a client.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TIMEOUT';

export class ContentError extends Error {
  override name = 'ContentError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra facts a client may act on, e.g. `{ argumentName: 'first' }`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A bad argument; `argumentName` names it so a client can point at the field. */
export function badInput(argumentName: string, message: string): ContentError {
  return new ContentError('BAD_USER_INPUT', `${argumentName}: ${message}`, { argumentName });
}
