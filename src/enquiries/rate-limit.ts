export interface RateDecision {
  allowed: boolean;
  /** Seconds until the window ends (at least 1). */
  retryAfterSeconds: number;
}

/** Counts hits per key against a limit per window (the enquiry form, the API, mutations). */
export interface Limiter {
  /** Hits allowed per window. */
  readonly limit: number;
  /** Window length in milliseconds. */
  readonly windowMs: number;
  hit(key: string): RateDecision | Promise<RateDecision>;
}

/** The hits so far in a key's current window, and when that window ends (epoch ms). */
export interface WindowCount {
  hits: number;
  resetAt: number;
}

/**
 * Where fixed-window counts live: this process's memory, the cluster's primary (so every worker
 * counts the same hits), or Redis (so every instance does). The server picks one.
 */
export interface WindowCounter {
  /** Adds one hit to `key`'s current window of `windowMs`, and returns the count after it. */
  hit(key: string, windowMs: number): WindowCount | Promise<WindowCount>;
}

/** A limit counted by a `WindowCounter`, its keys prefixed with the limit's name. */
export class RateLimiter implements Limiter {
  constructor(
    /** Names the counters: `enquiry`, `api`, `mutation`. */
    private readonly name: string,
    /** Hits allowed per window. */
    readonly limit: number,
    /** Window length in milliseconds. */
    readonly windowMs: number,
    private readonly counter: WindowCounter,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): RateDecision | Promise<RateDecision> {
    const counted = this.counter.hit(`${this.name}:${key}`, this.windowMs);
    return counted instanceof Promise ? counted.then((c) => this.decide(c)) : this.decide(counted);
  }

  private decide({ hits, resetAt }: WindowCount): RateDecision {
    const retryAfterSeconds = Math.max(1, Math.ceil((resetAt - this.now()) / 1000));
    return { allowed: hits <= this.limit, retryAfterSeconds };
  }
}

/** Most keys a memory counter holds: a flood of distinct keys cannot grow it past this. */
export const MAX_COUNTED_KEYS = 50_000;

/**
 * Fixed windows counted in this process's memory, at most `maxKeys` of them: when full, finished
 * windows go first, then the oldest ones (forgetting a count lets that client start afresh, which
 * is the price of bounded memory under a flood of new addresses).
 */
export class MemoryCounter implements WindowCounter {
  private readonly windows = new Map<string, WindowCount>();

  constructor(
    private readonly maxKeys = MAX_COUNTED_KEYS,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string, windowMs: number): WindowCount {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || now >= window.resetAt) {
      // Re-inserted, so the map's order stays the order in which windows started.
      this.windows.delete(key);
      if (this.windows.size >= this.maxKeys) this.makeRoom(now);
      window = { hits: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.hits++;
    return { ...window };
  }

  /** Keys held now (for tests and the memory bound). */
  get size(): number {
    return this.windows.size;
  }

  private makeRoom(now: number) {
    for (const [key, w] of this.windows) if (now >= w.resetAt) this.windows.delete(key);
    // Still full: the oldest windows go, a tenth at a time so a flood does not sweep on every hit.
    if (this.windows.size >= this.maxKeys) {
      let drop = Math.max(1, Math.floor(this.maxKeys / 10));
      for (const key of this.windows.keys()) {
        if (drop-- <= 0) break;
        this.windows.delete(key);
      }
    }
  }
}
