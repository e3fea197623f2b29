import type { SourceRef } from './content-set.js';

export type Severity = 'error' | 'warning';

/** One thing wrong with the seed files, placed at a file, line and column. */
export interface Problem extends SourceRef {
  severity: Severity;
  message: string;
  /**
   * A warning while drafting that is an error when loading: text left to fill in (`TODO`) may be
   * checked, never published.
   */
  refusedBySeed?: true;
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

/** What `rolegraph check` prints: every problem, then a one-line verdict. */
export function describeProblems(problems: Problem[], strict = false): string[] {
  const sorted = sortProblems(problems).map((p) =>
    strict && p.severity === 'warning' ? { ...p, severity: 'error' as const } : p,
  );
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  const files = new Set(sorted.map((p) => p.file)).size;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const verdict =
    sorted.length === 0
      ? 'No problems.'
      : `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}.`;
  return [...sorted.map(formatProblem), verdict];
}

/**
 * The problems as `seed` judges them: what only drafting allows (placeholders) is an error, and
 * with `strict` every warning is.
 */
export function forLoading(problems: Problem[], strict = false): Problem[] {
  return problems.map((p) =>
    p.severity === 'warning' && (strict || p.refusedBySeed)
      ? {
          ...p,
          severity: 'error' as const,
          message: p.refusedBySeed ? `${p.message} (seed publishes no placeholder)` : p.message,
        }
      : p,
  );
}

/** True when these problems fail a check. */
export function failsCheck(problems: Problem[], strict = false): boolean {
  return problems.some((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
}

/** Raised when seed files have errors; nothing has been written. Its message is the check report. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';

  constructor(readonly problems: Problem[]) {
    super(describeProblems(problems).join('\n'));
  }
}
