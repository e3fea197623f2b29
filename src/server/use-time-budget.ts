import type { Context } from '../graphql/context.js';
import { TimeoutError } from '../errors/index.js';

export interface TimeBudgetOptions {
  /** Longest a request may take. */
  ms: number;
}

/**
 * Waits for `work` at most the time budget. Past it, `controller` (if any) fires, and a read is
 * answered 503 TIMEOUT at once (its answer is dropped; a read changes nothing). A mutation is
 * not answered then: its transaction sees the signal and rolls back instead of committing, and
 * the client is told so by the mutation's own TIMEOUT error (or, if it had already committed,
 * gets its result). So a timeout answer always means nothing changed, and a retry is safe.
 */
export type WithinBudget = <T>(
  work: Promise<T>,
  controller?: AbortController,
  outcome?: Context['outcome'],
) => Promise<T>;

export function useTimeBudget({ ms }: TimeBudgetOptions): WithinBudget {
  return (work, controller, outcome) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller?.abort(
          new TimeoutError(
            `The change took longer than its ${ms} ms budget and was rolled back: nothing was changed, and it is safe to send it again`,
          ),
        );
        if (outcome?.mutation) return;
        reject(
          new TimeoutError(
            `The request took longer than its ${ms} ms budget: its answer was dropped, and nothing was changed`,
          ),
        );
      }, ms);
    });
    work.catch(() => undefined);
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  };
}
