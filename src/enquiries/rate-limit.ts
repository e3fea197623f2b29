/**
 * Counts hits per key in fixed windows, in memory. Good for one process; a shared store takes
 * its place when several instances serve one site.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; hits: number }>();

  constructor(
    /** Hits allowed per window. */
    readonly limit: number,
    /** Window length in milliseconds. */
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit; says whether it is allowed and, if not, how many seconds to wait. */
  hit(key: string): { allowed: boolean; retryAfterSeconds: number } {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, hits: 0 };
      this.windows.set(key, window);
      if (this.windows.size > 10_000) this.sweep(now);
    }
    window.hits++;
    const retryAfterSeconds = Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000));
    return { allowed: window.hits <= this.limit, retryAfterSeconds };
  }

  /** Forgets finished windows, so memory stays bounded by the number of active clients. */
  private sweep(now: number) {
    for (const [key, w] of this.windows)
      if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}

/** Parses "5/600" (5 hits per 600 seconds). */
export function parseRate(value: string): { limit: number; windowMs: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(`a rate must look like "<hits>/<seconds>", e.g. "5/600" (got "${value}")`);
  }
  return { limit: Number(match[1]), windowMs: Number(match[2]) * 1000 };
}
