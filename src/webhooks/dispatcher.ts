import { LockMode, type EntityManager } from '@mikro-orm/core';
import { engineOf } from '../db/engine.js';
import type { Logger } from 'pino';
import { DeliveryStatus, WebhookDelivery } from './webhook.entity.js';
import { sign, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature.js';
import { inTransaction } from '../db/transaction.js';

export interface DispatcherOptions {
  /** How often to look for due deliveries. @default 1000 */
  pollMs?: number;
  /** Wait before the first retry; doubles each time. @default 2000 */
  retryBaseMs?: number;
  /** Longest wait between retries. @default 1 hour */
  retryMaxMs?: number;
  /** Attempts before a delivery is marked failed. @default 8 */
  maxAttempts?: number;
  /** How long one POST may take. @default 10 s */
  timeoutMs?: number;
  /** Deliveries claimed per round. @default 20 */
  batch?: number;
}

export interface Dispatcher {
  /** Runs one round now: claims due deliveries and sends them. Resolves with how many it sent. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Sends queued webhook deliveries in the background, never in a mutation's path. A delivery is
 * claimed (locked for a while) in a transaction before it is sent, so two dispatchers never
 * send the same one; a failed send is retried with exponential backoff, and the outcome of every
 * attempt is kept on the delivery for admins to read.
 */
export function startDispatcher(
  rootEm: EntityManager,
  logger: Logger,
  options: DispatcherOptions = {},
): Dispatcher {
  const pollMs = options.pollMs ?? 1000;
  const retryBaseMs = options.retryBaseMs ?? 2000;
  const retryMaxMs = options.retryMaxMs ?? 3_600_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batch = options.batch ?? 20;
  let running: Promise<number> | null = null;
  const skipLocked = engineOf(rootEm) === 'postgresql';
  let stopped = false;

  async function claim(): Promise<WebhookDelivery[]> {
    const now = new Date();
    const where = {
      status: DeliveryStatus.PENDING,
      nextAttemptAt: { $lte: now },
      $or: [{ lockedUntil: null }, { lockedUntil: { $lt: now } }],
    };
    // Look first, without a transaction: an idle round writes nothing. (A flush switches on
    // MikroORM's AsyncLocalStorage, which then costs every request of this process.)
    if ((await rootEm.fork().count(WebhookDelivery, where)) === 0) return [];
    const claimed = await inTransaction(rootEm, async (em) => {
      // PostgreSQL: rows another instance is claiming right now are skipped, not sent twice
      // (FOR UPDATE SKIP LOCKED). SQLite has one writer at a time, which does the same.
      const due = await em.find(WebhookDelivery, where, {
        orderBy: { id: 'asc' },
        limit: batch,
        ...(skipLocked && { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE }),
      });
      for (const d of due) d.lockedUntil = new Date(now.getTime() + timeoutMs * 3);
      return due;
    });
    if (claimed.length === 0) return [];
    const em = rootEm.fork();
    return em.find(WebhookDelivery, { id: claimed.map((d) => d.id) }, { populate: ['webhook'] });
  }

  async function send(delivery: WebhookDelivery): Promise<void> {
    const body = JSON.stringify(delivery.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(delivery.webhook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'rolegraph-webhooks',
          'x-rolegraph-event': delivery.event,
          'x-rolegraph-delivery': String(delivery.id),
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: sign(delivery.webhook.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = (e as Error).message;
    }
    const em = rootEm.fork();
    const row = await em.findOneOrFail(WebhookDelivery, delivery.id);
    row.attempts += 1;
    row.lastStatus = status;
    row.lastError = error;
    row.lockedUntil = null;
    if (!error) {
      row.status = DeliveryStatus.DELIVERED;
      row.deliveredAt = new Date();
    } else if (row.attempts >= maxAttempts) {
      row.status = DeliveryStatus.FAILED;
      logger.warn(
        { delivery: row.id, url: delivery.webhook.url, error },
        'webhook delivery failed for good',
      );
    } else {
      const wait = Math.min(retryMaxMs, retryBaseMs * 2 ** (row.attempts - 1));
      row.nextAttemptAt = new Date(Date.now() + wait);
      logger.info(
        { delivery: row.id, error, retryInMs: wait },
        'webhook delivery failed; will retry',
      );
    }
    await em.flush();
  }

  async function round(): Promise<number> {
    const due = await claim();
    await Promise.all(due.map((d) => send(d)));
    return due.length;
  }

  const runOnce = (): Promise<number> => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    runOnce().catch((error: unknown) =>
      logger.error({ err: error }, 'webhook dispatcher round failed'),
    );
  }, pollMs);
  timer.unref();

  return {
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
