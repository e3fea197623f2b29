import type { Worker } from 'node:cluster';
import { MemoryCounter, type WindowCount, type WindowCounter } from '../enquiries/rate-limit.js';
import type { SharedRedis } from './redis.js';

/**
 * Counts in Redis, so a limit holds across every instance: one counter per key and window
 * (aligned to the clock), which expires with its window. While Redis is away each process counts
 * on its own (the limit then holds per process).
 */
export class RedisCounter implements WindowCounter {
  private readonly local = new MemoryCounter();

  constructor(
    private readonly redis: SharedRedis,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const window = Math.floor(this.now() / windowMs);
    const counter = this.redis.key(`rate:${window}:${key}`);
    const hits = await this.redis.attempt(async (c) => {
      const [[, count]] = (await c.multi().incr(counter).pexpire(counter, windowMs).exec()) as [
        [Error | null, number],
      ];
      return count;
    }, null);
    if (hits === null) return this.local.hit(key, windowMs);
    return { hits, resetAt: (window + 1) * windowMs };
  }
}

const ASK = 'rolegraph:count';
const ANSWER = 'rolegraph:counted';

interface Ask {
  type: typeof ASK;
  id: number;
  key: string;
  windowMs: number;
}
interface Answer {
  type: typeof ANSWER;
  id: number;
  count: WindowCount;
}

/**
 * A worker's counts, kept by the cluster's primary: under `serve --workers N` without Redis,
 * every worker counts the same hits, so a limit is the limit and not N times it. One message
 * each way per hit, over the IPC channel node:cluster already keeps open.
 */
export class PrimaryCounter implements WindowCounter {
  private next = 0;
  private readonly waiting = new Map<number, (count: WindowCount) => void>();
  /** Used if the channel to the primary is gone (the primary is stopping). */
  private readonly local = new MemoryCounter();

  constructor() {
    process.on('message', (message: unknown) => {
      const answer = message as Answer;
      if (answer?.type !== ANSWER) return;
      this.waiting.get(answer.id)?.(answer.count);
      this.waiting.delete(answer.id);
    });
  }

  hit(key: string, windowMs: number): WindowCount | Promise<WindowCount> {
    if (!process.send || !process.connected) return this.local.hit(key, windowMs);
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      process.send!({ type: ASK, id, key, windowMs } satisfies Ask);
    });
  }
}

/** In the primary: answers the workers' `PrimaryCounter`s from one memory counter. */
export function serveCounts(worker: Worker, counter: MemoryCounter): void {
  worker.on('message', (message: unknown) => {
    const ask = message as Ask;
    if (ask?.type !== ASK) return;
    const answer: Answer = { type: ANSWER, id: ask.id, count: counter.hit(ask.key, ask.windowMs) };
    if (worker.isConnected()) worker.send(answer);
  });
}
