import { ERROR_STATUS, type ErrorCode } from './codes.js';

/**
 * An error raised on purpose, which a client may read: its code and message are kept by every
 * transport. Anything else thrown is unexpected, and is masked before it reaches a client.
 */
export class AppError extends Error {
  override name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra facts a client may act on, e.g. `{ argumentName: 'first' }`. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The HTTP status this error is answered with outside GraphQL's own rules. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A class of `AppError` for one code, as Directus's `createError` makes them. */
export function createError(code: ErrorCode, name: string) {
  return class extends AppError {
    override name = name;
    constructor(message: string, details: Record<string, unknown> = {}) {
      super(code, message, details);
    }
  };
}
