import { hash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { SharedRedis } from './redis.js';

/** A response the public got, kept with the content it read. */
export interface CachedResponse {
  status: number;
  /** Including its `cache-control`. */
  headers: Record<string, string>;
  body: Buffer;
  etag: string;
  /** What it read: `type:slug` and `list:type` (see `Reader`). */
  tags: ReadonlySet<string>;
}

export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  dropped: number;
}

/** A response's ETag: its SHA-1, hashed in one call (no Hash object per response). */
export const etagOf = (body: Buffer | string) => `"${hash('sha1', body, 'base64url')}"`;

/**
 * Public responses (GraphQL queries and pages), by request, bounded in bytes and dropped
 * least-recently-used first. Each entry carries the tags of the content it read; when the
 * published content changes, exactly the entries that read a changed node or list are dropped,
 * so a hit is always what a fresh render would give.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedResponse>;
  /** tag → keys of the entries that read it. */
  private readonly byTag = new Map<string, Set<string>>();
  private hits = 0;
  private misses = 0;
  private dropped = 0;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length + 256,
      dispose: (entry, key) => {
        for (const tag of entry.tags) {
          const keys = this.byTag.get(tag);
          keys?.delete(key);
          if (keys?.size === 0) this.byTag.delete(tag);
        }
      },
    });
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) this.hits++;
    else this.misses++;
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    this.entries.set(key, entry);
    if (!this.entries.has(key)) return; // larger than the whole cache
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  /** Drops every entry that read one of `changed`; returns how many. */
  invalidate(changed: Iterable<string>): number {
    const keys = new Set<string>();
    for (const tag of changed) for (const key of this.byTag.get(tag) ?? []) keys.add(key);
    for (const key of keys) this.entries.delete(key);
    this.dropped += keys.size;
    return keys.size;
  }

  clear(): void {
    this.entries.clear();
  }

  stats(): CacheStats {
    return {
      entries: this.entries.size,
      bytes: this.entries.calculatedSize,
      hits: this.hits,
      misses: this.misses,
      dropped: this.dropped,
    };
  }
}

/** Whether the request's `If-None-Match` names this ETag. */
export function isFresh(req: IncomingMessage, etag: string): boolean {
  const given = req.headers['if-none-match'];
  if (!given) return false;
  return given === '*' || given.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** A public response as sent: a cached entry, or one just made (its body still a string). */
export type SentResponse = Omit<CachedResponse, 'body' | 'tags'> & { body: Buffer | string };

/**
 * Sends a cached (or just made) public response, or 304 when the client has it. `head`: headers
 * of this request's own (its id, the security headers) not set on `res` yet, as name, value, …:
 * with them, a cache hit is written with one `writeHead` and no `setHeader` before it.
 */
export function sendCached(
  req: IncomingMessage,
  res: ServerResponse,
  entry: SentResponse,
  head: readonly string[] = [],
) {
  if (entry.status === 200 && isFresh(req, entry.etag)) {
    const cacheControl = entry.headers['cache-control'];
    res.writeHead(304, [
      ...head,
      'etag',
      entry.etag,
      ...(cacheControl ? ['cache-control', cacheControl] : []),
    ]);
    res.end();
    return;
  }
  const { body } = entry;
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
  const headers = [...head];
  for (const name in entry.headers) headers.push(name, entry.headers[name]);
  headers.push('etag', entry.etag, 'content-length', String(length));
  res.writeHead(entry.status, headers);
  // A string body goes out in one write with the head.
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * The second level of the response cache, in the Redis that every instance shares: an entry one
 * instance rendered is a hit for all of them. Keys carry the published-content version the entry
 * was read from, so no instance can get an answer older than the content it serves, and a change
 * leaves the old entries to expire unread (the first level drops exactly the affected entries).
 */
export class SharedResponses {
  constructor(
    private readonly redis: SharedRedis,
    /** How long an entry lives in Redis. */
    private readonly ttlMs: number,
  ) {}

  private key(version: number, key: string) {
    return this.redis.key(`response:${version}:${hash('sha1', key, 'base64url')}`);
  }

  async get(version: number, key: string): Promise<CachedResponse | undefined> {
    const raw = await this.redis.attempt((c) => c.getBuffer(this.key(version, key)), null);
    if (!raw || raw.length < 4) return undefined;
    const headLength = raw.readUInt32BE(0);
    const head = JSON.parse(raw.subarray(4, 4 + headLength).toString('utf8')) as Omit<
      CachedResponse,
      'body' | 'tags'
    > & { tags: string[] };
    return { ...head, tags: new Set(head.tags), body: raw.subarray(4 + headLength) };
  }

  set(version: number, key: string, entry: CachedResponse): void {
    const head = Buffer.from(
      JSON.stringify({
        status: entry.status,
        headers: entry.headers,
        etag: entry.etag,
        tags: [...entry.tags],
      }),
    );
    const length = Buffer.alloc(4);
    length.writeUInt32BE(head.length);
    void this.redis.attempt(
      (c) =>
        c.set(this.key(version, key), Buffer.concat([length, head, entry.body]), 'PX', this.ttlMs),
      null,
    );
  }
}

/**
 * Apollo's persisted-query store (automatic persisted queries), shared through Redis so a hash
 * registered on one instance is known to all; a bounded memory copy answers repeats and carries
 * on while Redis is away. (Apollo's `KeyValueCache` interface.)
 */
export class SharedQueryStore {
  private readonly local = new LRUCache<string, string>({
    maxSize: 16 * 1024 * 1024,
    sizeCalculation: (value, key) => value.length + key.length,
  });

  constructor(
    private readonly redis: SharedRedis,
    private readonly ttlSeconds = 7 * 24 * 3600,
  ) {}

  private key(key: string) {
    return this.redis.key(`apq:${key}`);
  }

  async get(key: string): Promise<string | undefined> {
    const held = this.local.get(key);
    if (held !== undefined) return held;
    const shared = await this.redis.attempt((c) => c.get(this.key(key)), null);
    if (shared === null) return undefined;
    this.local.set(key, shared);
    return shared;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    this.local.set(key, value);
    const ttl = options?.ttl ?? this.ttlSeconds;
    await this.redis.attempt((c) => c.set(this.key(key), value, 'EX', ttl), null);
  }

  async delete(key: string): Promise<boolean | void> {
    this.local.delete(key);
    await this.redis.attempt((c) => c.del(this.key(key)), null);
  }
}
