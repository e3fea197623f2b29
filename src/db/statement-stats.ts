import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/** What a process writes for `STATEMENT_STATS`: the SQL statements it has sent since its start. */
export interface StatementStats {
  pid: number;
  statements: number;
  /** When it was written (ms since the epoch). */
  at: number;
}

/** The file process `pid` writes its count to, in `folder`. */
export function statementStatsFile(folder: string, pid: number): string {
  return join(folder, `statements-${pid}.json`);
}

/**
 * `STATEMENT_STATS=<folder>` (for `npm run bench`): counts every SQL statement this process
 * sends (knex's `query` event, as `countStatements` does), and on `SIGUSR2` writes the count to
 * `<folder>/statements-<pid>.json` (whole: written aside, then renamed). Nothing of it is served
 * over HTTP; unset, nothing is counted and the signal is not handled.
 */
export function startStatementStats(
  orm: MikroORM,
  folder: string,
  onError: (error: unknown) => void,
): void {
  let statements = 0;
  (orm.em as SqlEntityManager)
    .getConnection()
    .getKnex()
    .on('query', () => void statements++);
  process.on('SIGUSR2', () => {
    const file = statementStatsFile(folder, process.pid);
    const stats: StatementStats = { pid: process.pid, statements, at: Date.now() };
    try {
      writeFileSync(`${file}.part`, JSON.stringify(stats));
      renameSync(`${file}.part`, file);
    } catch (error) {
      onError(error);
    }
  });
}
