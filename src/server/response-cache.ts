import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';

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

export const etagOf = (body: Buffer | string) =>
  `"${createHash('sha1').update(body).digest('base64url')}"`;

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

/** Sends a cached (or just stored) public response, or 304 when the client has it. */
export function sendCached(req: IncomingMessage, res: ServerResponse, entry: CachedResponse) {
  const headers = { ...entry.headers, etag: entry.etag };
  if (entry.status === 200 && isFresh(req, entry.etag)) {
    const cacheControl = entry.headers['cache-control'];
    res.writeHead(304, {
      etag: entry.etag,
      ...(cacheControl && { 'cache-control': cacheControl }),
    });
    res.end();
    return;
  }
  res.writeHead(entry.status, { ...headers, 'content-length': String(entry.body.length) });
  res.end(req.method === 'HEAD' ? undefined : entry.body);
}
