import type { SourceRef } from './content-set.js';

export type Severity = 'error' | 'warning';

/** One thing wrong with the seed files, placed at a file, line and column. */
export interface Problem extends SourceRef {
  severity: Severity;
  message: string;
}

/** `file:line:column: severity: message` — the form editors' tools link to. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}

/** Sorts problems by file, then line, then column, so reports read top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

/** Raised when seed files have errors; nothing has been written. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';

  constructor(readonly problems: Problem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The seed files have ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        sortProblems(errors).map(formatProblem).join('\n'),
    );
  }
}
