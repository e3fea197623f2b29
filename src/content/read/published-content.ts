import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { ContentStore } from './store.js';

export interface PublishedContentOptions {
  /** How often to look for changes made by other processes. @default 1000 */
  pollMs?: number;
  /** Told which nodes and lists changed each time the store is rebuilt. Must not throw. */
  onChange?: (changed: Set<string>) => void;
}

/**
 * Keeps this process's in-memory store of the published graph current: built at start, rebuilt
 * at once after a local change (`refresh`), and when another process raised the content version
 * (a poll of one row). Rebuilds run one at a time.
 */
export class PublishedContent {
  private store: ContentStore | null = null;
  private version = -1;
  private running: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly logger: Logger,
    private readonly options: PublishedContentOptions = {},
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.poll().catch((error: unknown) =>
        this.logger.error({ err: error }, 'content poll failed'),
      );
    }, this.options.pollMs ?? 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  current(): ContentStore | null {
    return this.store;
  }

  /** The content version the current store was built from (-1 before the first build). */
  get contentVersion(): number {
    return this.version;
  }

  private async readVersion(): Promise<number> {
    const rows = (await this.em
      .fork()
      .getConnection()
      .execute('select version from content_state where id = 1')) as { version: number }[];
    return Number(rows[0]?.version ?? 0);
  }

  /** Rebuilds if another process changed the published content. */
  async poll(): Promise<void> {
    if ((await this.readVersion()) !== this.version) await this.refresh();
  }

  /** A rebuild asked for but not yet started: later callers share it. */
  private queued: Promise<void> | null = null;

  /**
   * Rebuilds the store from the database (after a change this process made). Resolves once a
   * rebuild that started after this call has finished, so the caller sees its own change. Calls
   * that arrive while one waits share it: a burst of changes costs two rebuilds, not one each.
   */
  refresh(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.running
      .catch(() => undefined)
      .then(async () => {
        // Started: a change made from now on needs another rebuild.
        this.queued = null;
        await this.rebuild();
      });
    this.queued = next;
    // A failed rebuild leaves the last good store in place; the next refresh or poll tries again.
    this.running = next;
    return next;
  }

  private async rebuild(): Promise<void> {
    const version = await this.readVersion();
    const started = performance.now();
    const next = await ContentStore.build(this.em);
    const changed = next.changedSince(this.store);
    this.store = next;
    this.version = version;
    this.logger.debug(
      { ms: Math.round(performance.now() - started), ...next.size(), changed: changed.size },
      'published content loaded',
    );
    if (changed.size) this.options.onChange?.(changed);
  }
}
