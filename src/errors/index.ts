/**
 * The error catalogue: every code a client may see (`codes.ts`), one class per kind
 * (`catalogue.ts`), and the zod mapping (`from-zod.ts`). Imports nothing of the project.
 */
export { ERROR_STATUS, type ErrorCode } from './codes.js';
export { AppError, createError } from './app-error.js';
export * from './catalogue.js';
export { fromZod, type ZodIssueLike } from './from-zod.js';
