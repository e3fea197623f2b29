import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PublishedContent } from '../content/read/published-content.js';
import { PREVIEW_COOKIE, SESSION_COOKIE } from './auth.js';
import { withinCsrfRules } from './graphql-request.js';
import { readBody } from './http.js';
import type { SharedRedis } from './redis.js';
import {
  etagOf,
  sendCached,
  SharedResponses,
  type CachedResponse,
  type ResponseCache,
} from './response-cache.js';
import type { AccessLog } from './use-access-log.js';

/** The key a GraphQL POST is also kept under: its exact body, answered before any parsing. */
export const rawPostKey = (text: string, accept: string | undefined) =>
  `post:${accept ?? ''}\n${text}`;

export interface ResponseCacheOptions {
  /** This process's cache (null: off). */
  cache: ResponseCache | null;
  /** Entries are kept only while the content they were read from is current. */
  content: PublishedContent | null;
  /** A second level every instance shares. */
  redis?: SharedRedis;
  /** How long an entry lives in the shared level. */
  sharedTtlMs: number;
  /** Largest body read on the fast path. */
  maxBodyBytes: number;
  /** Where hits are noted for the access log. */
  log: AccessLog;
}

export interface ResponseCacheLayer {
  /** A public response from this process's cache, else from the shared one (kept here too). */
  lookup(key: string): Promise<CachedResponse | undefined>;
  /** Sends a cached response (or 304), noting the hit; `head` as for `sendCached`. */
  sendHit(
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    head?: readonly string[],
  ): void;
  /**
   * Sends a public response with its ETag, and stores it under `keys` when the store it was read
   * from is still current (a change that landed meanwhile has already invalidated the cache,
   * and must not be undone). With the cache off it is only sent, ETag and all.
   */
  sendAndStore(
    req: IncomingMessage,
    res: ServerResponse,
    keys: string[],
    response: Omit<CachedResponse, 'etag' | 'body'> & { body: string },
    readFrom: unknown,
  ): void;
  /**
   * The public's cache hits, answered before any parsing: a page by its exact path, a GraphQL
   * POST by its exact body. Anything else (a token, preview, a query string, a miss) goes the
   * whole way; a POST's body, once read, is passed on. `head`: the request's own headers, sent
   * with a hit (a miss leaves `res` untouched).
   */
  answerFromCache(
    req: IncomingMessage,
    res: ServerResponse,
    head: () => readonly string[],
  ): Promise<{ answered: boolean; preread?: string }>;
}

/** The two-level response cache in front of GraphQL and the pages. */
export function useResponseCache(options: ResponseCacheOptions): ResponseCacheLayer {
  const { cache, content, log } = options;
  const shared =
    options.redis && cache && content
      ? new SharedResponses(options.redis, options.sharedTtlMs)
      : null;

  async function lookup(key: string) {
    const found = cache?.get(key);
    if (found || !shared || !content) return found;
    const version = content.contentVersion;
    const fromShared = await shared.get(version, key);
    if (fromShared && content.contentVersion === version) cache!.set(key, fromShared);
    return fromShared;
  }
  const sendHit = (
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    head?: readonly string[],
  ) => {
    log.note(res, { cache: 'hit' });
    sendCached(req, res, entry, head);
  };

  return {
    lookup,
    sendHit,
    sendAndStore(req, res, keys, response, readFrom) {
      const etag = etagOf(response.body);
      if (!cache || !content || !keys.length || content.current() !== readFrom)
        return sendCached(req, res, { ...response, etag });
      const entry: CachedResponse = { ...response, body: Buffer.from(response.body), etag };
      for (const key of keys) {
        cache.set(key, entry);
        shared?.set(content.contentVersion, key, entry);
      }
      sendCached(req, res, entry);
    },
    async answerFromCache(req, res, head) {
      const raw = req.url ?? '/';
      const h = req.headers;
      if (
        !cache ||
        raw.includes('?') ||
        h.authorization !== undefined ||
        h['x-preview'] !== undefined ||
        h.cookie?.includes(PREVIEW_COOKIE) ||
        // A signed-in user's API answers are theirs (`me`, preview): never from the shared
        // cache. Pages ignore the session cookie, so they may come from it.
        (raw.startsWith('/graphql') && h.cookie?.includes(SESSION_COOKIE))
      )
        return { answered: false };
      const method = req.method;
      if ((method === 'GET' || method === 'HEAD') && !raw.startsWith('/graphql')) {
        const found = await lookup(`page:${raw}`);
        if (found) sendHit(req, res, found, head());
        return { answered: Boolean(found) };
      }
      if (method === 'POST' && raw === '/graphql' && withinCsrfRules(req)) {
        const text = await readBody(req, options.maxBodyBytes);
        const found = await lookup(rawPostKey(text, h.accept));
        if (found) sendHit(req, res, found, head());
        return { answered: Boolean(found), preread: text };
      }
      return { answered: false };
    },
  };
}
