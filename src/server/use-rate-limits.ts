import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  MemoryCounter,
  RateLimiter,
  type Limiter,
  type WindowCounter,
} from '../enquiries/rate-limit.js';
import { RedisCounter } from './counters.js';
import { clientKeyOf, sendError } from './http.js';
import type { Rate } from './options.js';
import type { SharedRedis } from './redis.js';

export interface RateLimitOptions {
  /** Enquiries per client. */
  enquiryRate: Rate;
  /** Public API requests per client; null: no limit. */
  apiRate: Rate | null;
  /** Mutations per token; null: no limit. */
  mutationRate: Rate | null;
  /** Proxies of ours in front, for the client's address (see `clientKeyOf`). */
  trustProxy: number;
  /** Where hits are counted. @default Redis when given, else this process's memory */
  counter?: WindowCounter;
  redis?: SharedRedis;
}

export interface RateLimits {
  /** The limits resolvers apply (through the request context). */
  limits: { enquiry: Limiter; mutation: Limiter | null };
  /** The client a request comes from, as the limits count it. */
  clientKey(req: IncomingMessage): string;
  /**
   * Counts a public API request (one without a token; token holders are counted per token on
   * mutations). Past the limit, answers 429 with `Retry-After` and returns false.
   */
  admitApi(
    req: IncomingMessage,
    res: ServerResponse,
    requestId: string,
    /** Sets the request's own headers, before a refusal is sent. */
    stamp?: () => void,
  ): Promise<boolean>;
}

/** The server's rate limits, all counted by one counter. */
export function useRateLimits(options: RateLimitOptions): RateLimits {
  const counter =
    options.counter ?? (options.redis ? new RedisCounter(options.redis) : new MemoryCounter());
  const limiter = (name: string, rate: Rate): Limiter =>
    new RateLimiter(name, rate.limit, rate.windowMs, counter);
  const api = options.apiRate && limiter('api', options.apiRate);
  const clientKey = (req: IncomingMessage) => clientKeyOf(req, options.trustProxy);
  return {
    limits: {
      enquiry: limiter('enquiry', options.enquiryRate),
      mutation: options.mutationRate && limiter('mutation', options.mutationRate),
    },
    clientKey,
    async admitApi(req, res, requestId, stamp) {
      if (!api || req.headers.authorization !== undefined) return true;
      const decided = api.hit(clientKey(req));
      const { allowed, retryAfterSeconds } = decided instanceof Promise ? await decided : decided;
      if (allowed) return true;
      stamp?.();
      res.setHeader('retry-after', String(retryAfterSeconds));
      sendError(
        res,
        429,
        'RATE_LIMITED',
        `Too many requests: at most ${api.limit} per ${api.windowMs / 1000} s from one client; try again in ${retryAfterSeconds} s`,
        requestId,
      );
      return false;
    },
  };
}
