import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Redis } from 'ioredis';
import type { DatabaseTarget } from '../config/env.js';
import type { Logger } from 'pino';

const require = createRequire(import.meta.url);

/** Published-content changes (within a site's namespace): the message is the new version. */
export const CONTENT_CHANNEL = 'content';

/**
 * The part of every key and channel that names the site: instances of one site (one database)
 * share it; another site on the same Redis gets another, so their caches never meet.
 */
export function siteNamespace(siteUrl: string, database: DatabaseTarget): string {
  const identity =
    database.kind === 'sqlite'
      ? `sqlite:${resolve(database.file)}`
      : (() => {
          const url = new URL(database.url);
          return `postgres://${url.host}${url.pathname}?schema=${database.schema ?? 'public'}`;
        })();
  return `rg:${createHash('sha1').update(`${siteUrl}|${identity}`).digest('hex').slice(0, 12)}:`;
}

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError';
}

/**
 * The connection to the Redis that several instances share (`REDIS_URL`): the response cache,
 * persisted queries, rate limits and content-change messages go through it.
 *
 * Redis is an accelerator, never a dependency of an answer: while it is away every command fails
 * at once (no offline queue, a short command timeout), callers fall back to what this process
 * has, the outage is logged once, and the client reconnects by itself.
 */
export class SharedRedis {
  readonly client: Redis;
  private subscriber: Redis | undefined;
  private down = false;

  private constructor(
    readonly url: string,
    private readonly logger: Logger,
    /** Starts every key and channel this site uses (see `siteNamespace`). */
    readonly namespace: string,
  ) {
    this.client = SharedRedis.connection(url);
    this.client.on('error', (error: Error) => this.markDown(error));
    this.client.on('ready', () => {
      if (!this.down) return;
      this.down = false;
      this.logger.info('redis is reachable again: shared caching resumes');
    });
  }

  private static connection(url: string): Redis {
    // ioredis is loaded only when a Redis is configured.
    const { Redis: Client } = require('ioredis') as typeof import('ioredis');
    return new Client(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectTimeout: 2000,
      // Keep trying, at most every 2 s, for as long as the process lives.
      retryStrategy: (times) => Math.min(100 * times, 2000),
    });
  }

  /**
   * Connects, or throws `RedisUnavailableError` with the reason in one line: a server that starts
   * without the Redis it was told to share would quietly serve from its own memory.
   */
  static async connect(url: string, logger: Logger, namespace = 'rg:'): Promise<SharedRedis> {
    const shared = new SharedRedis(url, logger, namespace);
    try {
      await shared.client.connect();
      await shared.client.ping();
    } catch (error) {
      shared.client.disconnect();
      throw new RedisUnavailableError(
        `REDIS_URL: cannot reach Redis at ${redactUrl(url)} (${(error as Error).message || 'no answer'})`,
      );
    }
    return shared;
  }

  /** A key or channel name in this site's namespace. */
  key(name: string): string {
    return this.namespace + name;
  }

  /** Whether commands can be sent now. */
  get ready(): boolean {
    return this.client.status === 'ready';
  }

  private markDown(error: Error) {
    if (this.down) return;
    this.down = true;
    this.logger.warn(
      { err: { message: error.message } },
      'redis is unreachable: answering without the shared cache until it returns',
    );
  }

  /** Runs a command, or gives `fallback` when Redis is away or fails (logged once per outage). */
  async attempt<T>(command: (client: Redis) => Promise<T>, fallback: T): Promise<T> {
    if (!this.ready) return fallback;
    try {
      return await command(this.client);
    } catch (error) {
      this.markDown(error as Error);
      return fallback;
    }
  }

  /** Tells every instance (including this one) `message` on `channel`. */
  publish(channel: string, message: string): Promise<void> {
    return this.attempt(async (c) => void (await c.publish(this.key(channel), message)), undefined);
  }

  /** Calls `onMessage` for every message on `channel`, from now on, across reconnects. */
  async subscribe(name: string, onMessage: (message: string) => void): Promise<void> {
    const channel = this.key(name);
    if (!this.subscriber) {
      this.subscriber = SharedRedis.connection(this.url);
      this.subscriber.on('error', (error: Error) => this.markDown(error));
      this.subscriber.on('message', (from: string, message: string) => {
        if (from === channel) onMessage(message);
      });
      await this.subscriber.connect();
    }
    await this.subscriber.subscribe(channel);
  }

  async close(): Promise<void> {
    this.subscriber?.disconnect();
    if (this.client.status === 'ready') await this.client.quit().catch(() => undefined);
    else this.client.disconnect();
  }
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unparseable URL)';
  }
}
