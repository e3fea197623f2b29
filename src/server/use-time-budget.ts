import type { Context } from '../graphql/context.js';
import { TimeoutError } from '../errors/index.js';

export interface TimeBudgetOptions {
  /** Longest a request may take. */
  ms: number;
}

/**
 * One request's deadline. Its `AbortSignal` is made only when something asks for it (a request
 * that touches the database binds its EntityManager to it); most public reads never do, and an
 * AbortController per request was a measurable share of their CPU.
 */
export class Deadline {
  private controller?: AbortController;
  private reason?: Error;

  /** Fires when the budget runs out (already fired, if asked for after that). */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.reason) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  get expired(): boolean {
    return this.reason !== undefined;
  }

  /** Ends the budget: the signal fires with `reason`. */
  expire(reason: Error): void {
    if (this.reason) return;
    this.reason = reason;
    this.controller?.abort(reason);
  }
}

/**
 * Waits for `work` at most the time budget. Past it, `deadline` (if any) fires, and a read is
 * answered 503 TIMEOUT at once (its answer is dropped; a read changes nothing). A mutation is
 * not answered then: its transaction sees the signal and rolls back instead of committing, and
 * the client is told so by the mutation's own TIMEOUT error (or, if it had already committed,
 * gets its result). So a timeout answer always means nothing changed, and a retry is safe.
 */
export type WithinBudget = <T>(
  work: Promise<T>,
  deadline?: Deadline,
  outcome?: Context['outcome'],
) => Promise<T>;

interface Pending {
  /** When its budget ends (`performance.now()` time). */
  at: number;
  deadline: Deadline | undefined;
  outcome: Context['outcome'] | undefined;
  reject: (error: Error) => void;
}

/**
 * The time budget of every request in flight, watched by one timer rather than one per request:
 * requests are kept in the order they started, which (with one budget for all) is the order
 * their budgets end, so the timer is armed for the oldest one and, when it fires, ends exactly
 * those that ran out.
 */
export function useTimeBudget({ ms }: TimeBudgetOptions): WithinBudget {
  const pending = new Set<Pending>();
  let timer: NodeJS.Timeout | undefined;

  function arm(at: number) {
    timer = setTimeout(expireDue, Math.max(1, Math.ceil(at - performance.now())));
    // Requests in flight keep the process alive through their sockets, not through this timer.
    timer.unref();
  }

  function expireDue() {
    timer = undefined;
    const now = performance.now();
    for (const entry of pending) {
      if (entry.at > now) return arm(entry.at);
      pending.delete(entry);
      entry.deadline?.expire(
        new TimeoutError(
          `The change took longer than its ${ms} ms budget and was rolled back: nothing was changed, and it is safe to send it again`,
        ),
      );
      if (entry.outcome?.mutation) continue;
      entry.reject(
        new TimeoutError(
          `The request took longer than its ${ms} ms budget: its answer was dropped, and nothing was changed`,
        ),
      );
    }
  }

  return (work, deadline, outcome) =>
    new Promise((resolve, reject) => {
      const entry: Pending = { at: performance.now() + ms, deadline, outcome, reject };
      pending.add(entry);
      if (!timer) arm(entry.at);
      // Once the budget has answered (TIMEOUT), the work's own outcome is dropped.
      work.then(
        (value) => {
          pending.delete(entry);
          resolve(value);
        },
        (error: unknown) => {
          pending.delete(entry);
          reject(error as Error);
        },
      );
    });
}
