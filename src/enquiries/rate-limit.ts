import type { SharedRedis } from '../server/redis.js';

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends (at least 1). */
  retryAfterSeconds: number;
}

/** Counts hits per key; in memory (`RateLimiter`) or shared by every instance (`SharedRateLimiter`). */
export interface Limiter {
  /** Hits allowed per window. */
  readonly limit: number;
  /** Window length in milliseconds. */
  readonly windowMs: number;
  hit(key: string): RateDecision | Promise<RateDecision>;
}

/**
 * Counts hits per key in fixed windows, in memory. Good for one process; `SharedRateLimiter`
 * takes its place when several instances share a Redis.
 */
export class RateLimiter implements Limiter {
  private readonly windows = new Map<string, { start: number; hits: number }>();

  constructor(
    /** Hits allowed per window. */
    readonly limit: number,
    /** Window length in milliseconds. */
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a hit; says whether it is allowed and, if not, how many seconds to wait. */
  hit(key: string): RateDecision {
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

/**
 * Counts hits per key in Redis, so the limit holds across every instance: one counter per key
 * and fixed window (aligned to the clock), which expires with its window. While Redis is away,
 * each instance counts on its own (the limit then holds per instance).
 */
export class SharedRateLimiter implements Limiter {
  private readonly local: RateLimiter;

  constructor(
    private readonly redis: SharedRedis,
    /** Names the counters: `enquiry`, `api`, `mutation`. */
    private readonly name: string,
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.local = new RateLimiter(limit, windowMs, now);
  }

  async hit(key: string): Promise<RateDecision> {
    const now = this.now();
    const window = Math.floor(now / this.windowMs);
    const counter = this.redis.key(`rate:${this.name}:${window}:${key}`);
    const hits = await this.redis.attempt(async (c) => {
      const [[, count]] = (await c
        .multi()
        .incr(counter)
        .pexpire(counter, this.windowMs)
        .exec()) as [[Error | null, number]];
      return count;
    }, null);
    if (hits === null) return this.local.hit(key);
    const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * this.windowMs - now) / 1000));
    return { allowed: hits <= this.limit, retryAfterSeconds };
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
