import { BadUserInputError } from './catalogue.js';

/** What zod says of one problem: where (`path`) and what. */
export interface ZodIssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * One BAD_USER_INPUT for zod's issues: the message names the first field (`input.summary: …`),
 * `field` its path and `fields` every problem, so a form can show each beside its field.
 */
export function fromZod(issues: readonly ZodIssueLike[], under = 'input') {
  const fields = issues.map((issue) => ({
    field: [under, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
  const [first] = fields;
  return new BadUserInputError(`${first.field}: ${first.message}`, { field: first.field, fields });
}
