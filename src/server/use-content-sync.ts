import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { PublishedContent } from '../content/read/published-content.js';
import { CONTENT_CHANNEL, type SharedRedis } from './redis.js';
import type { ResponseCache } from './response-cache.js';

export interface ContentSyncOptions {
  orm: MikroORM;
  logger: Logger;
  /** Keep the published graph in memory at all (off: every read goes to the database). */
  enabled: boolean;
  /** How often to look for changes other processes made. */
  pollMs: number;
  /** The cache whose entries a change drops (exactly those that read what changed). */
  cache: ResponseCache | null;
  /** When shared, every instance is told of a change at once (else they notice by polling). */
  redis?: SharedRedis;
  /** Told after this process changed the published content (to tell the other workers). */
  onContentChanged?: () => void;
}

export interface ContentSync {
  /** The in-memory published graph (null when turned off). */
  content: PublishedContent | null;
  /** Brings this process up to date after a change made here, and tells the others. */
  contentChanged(): Promise<void>;
  /** A rebuild another instance asked for, which requests wait for rather than serve stale. */
  catchingUp(): Promise<void> | null;
  stop(): void;
}

/**
 * Keeps the published graph current in this process and in sync with every other: rebuilt after
 * a local change, on another instance's message (Redis), or when a poll sees a newer version.
 */
export async function useContentSync(options: ContentSyncOptions): Promise<ContentSync> {
  const { logger, cache, redis } = options;
  const content = options.enabled
    ? new PublishedContent(options.orm.em, logger, {
        pollMs: options.pollMs,
        onChange: (changed) => {
          // Other locales, other chains: every answer may read differently.
          if (changed.has('locales')) cache?.clear();
          const dropped = cache?.invalidate(changed) ?? 0;
          logger.debug({ changed: changed.size, dropped }, 'published content changed');
        },
      })
    : null;
  await content?.start();

  let pending: Promise<void> | null = null;
  if (redis && content) {
    await redis.subscribe(CONTENT_CHANNEL, (message) => {
      if (Number(message) <= content.contentVersion) return;
      const next = content.poll().catch((error: unknown) => {
        logger.error({ err: error }, 'rebuilding the published content failed');
      });
      pending = next.finally(() => {
        if (pending === next) pending = null;
      });
    });
  }

  return {
    content,
    catchingUp: () => pending,
    async contentChanged() {
      if (!content) return;
      try {
        await content.refresh();
      } catch (error) {
        // The change is committed; the next poll rebuilds the store.
        logger.error({ err: error }, 'rebuilding the published content failed');
      }
      options.onContentChanged?.();
      // Every other instance rebuilds now rather than at its next poll.
      await redis?.publish(CONTENT_CHANNEL, String(content.contentVersion));
    },
    stop: () => content?.stop(),
  };
}
