/**
 * What time it is, for everything that changes with time alone (a vacancy expires when its
 * `validThrough` passes). One clock for the process, so a test can move it and see every part
 * (the pages, the API, the expiry sweep) agree.
 */
export interface Clock {
  now(): Date;
}

class MovableClock implements Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Stops the clock at `at` (tests); `reset` lets it run with the system time again. */
  set(at: Date | string): void {
    this.fixed = new Date(at);
  }

  reset(): void {
    this.fixed = null;
  }
}

export const clock = new MovableClock();
