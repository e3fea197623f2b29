/** A failure the user can act on: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {}
