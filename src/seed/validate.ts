import type { z } from 'zod';
import type { SourceRef } from './content-set.js';
import { describeIssue, type IssueReport } from './messages.js';
import type { Problem } from './problems.js';
import type { Path, SourceFile } from './source-file.js';

/**
 * Where a report points in its file: at the key itself for an unknown field, else at the value
 * (or its nearest written parent, for a missing field). `base` is where the validated value sits
 * in the file, when it is not the whole file.
 */
export function placeReport(source: SourceFile, report: IssueReport, base: Path = []): SourceRef {
  const path = [...base, ...report.path];
  return report.key === undefined ? source.at(path) : source.keyAt(path, report.key);
}

/**
 * Checks a file's data against its format (a zod schema). Every issue becomes an error in plain
 * words, placed at its file, line and column.
 */
export function validateFormat<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: SourceFile,
  problems: Problem[],
): z.ZodSafeParseResult<z.output<S>> {
  const result = schema.safeParse(data);
  if (!result.success)
    for (const issue of result.error.issues)
      for (const report of describeIssue(issue, schema, data))
        problems.push({
          ...placeReport(source, report),
          severity: 'error',
          message: report.message,
        });
  return result;
}
