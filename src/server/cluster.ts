import cluster from 'node:cluster';
import type { Logger } from 'pino';
import { MemoryCounter } from '../enquiries/rate-limit.js';
import { createApp, listen, type AppOptions } from './app.js';
import { PrimaryCounter, serveCounts } from './counters.js';
import { withServeNodeFlags } from './heap-flags.js';

/**
 * `serve --workers N`: the primary forks N workers (the same command line, re-run) that share
 * the port. A content change made in one worker is relayed to the others at once (each also
 * polls the content version), and without Redis the workers' rate limits are counted in the
 * primary, so together they allow a limit once.
 */

const CONTENT_CHANGED = 'rolegraph:content-changed';

/** A worker stopped before it was listening; `serve` reports it in one line. */
export class WorkerStartError extends Error {}

/** In a worker: tells the primary that this worker changed content, to tell the others. */
export function announceContentChange(): void {
  process.send?.(CONTENT_CHANGED);
}

/** Forks the workers, relays content changes between them, replaces one that dies. */
export async function startWorkers(
  count: number,
  port: number,
  logger: Logger,
  stopping: { value: boolean },
): Promise<{ port: number; close: () => Promise<void> }> {
  // The workers' rate limits are counted here, so together they allow the limit once, not N times.
  const counts = new MemoryCounter();
  // The workers start with the serving V8 flags, whatever node the primary was started with.
  cluster.setupPrimary({ execArgv: withServeNodeFlags(process.execArgv) });
  const fork = () => {
    // A worker re-runs this command line; the port is passed on in case it came from elsewhere.
    // Fewer glibc malloc arenas: the SQLite driver's threads otherwise spread freed memory over
    // many arenas and resident memory creeps up under writes (measured by npm run soak).
    const worker = cluster.fork({
      PORT: String(port),
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    });
    serveCounts(worker, counts);
    worker.on('message', (message: unknown) => {
      if (message !== CONTENT_CHANGED) return;
      for (const other of Object.values(cluster.workers ?? {}))
        if (other && other !== worker && other.isConnected()) other.send(CONTENT_CHANGED);
    });
    return worker;
  };
  const ready = Array.from({ length: count }, () => {
    const worker = fork();
    return new Promise<number>((resolve, reject) => {
      // With port 0 the first worker's free port is shared by the others.
      worker.once('listening', (address) => resolve(address.port));
      worker.once('exit', (code) =>
        reject(new WorkerStartError(`a worker stopped at start (exit ${code})`)),
      );
    });
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping.value) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'worker died: starting another');
    fork();
  });
  let ports: number[];
  try {
    ports = await Promise.all(ready);
  } catch (error) {
    stopping.value = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    throw error;
  }
  const close = async () => {
    await Promise.all(
      Object.values(cluster.workers ?? {}).map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (!worker || worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.kill('SIGTERM');
          }),
      ),
    );
  };
  return { port: ports[0]!, close };
}

/**
 * One worker: serves on the shared port, with the database (and Redis) the caller opened; the
 * primary prepared the database. Closes both when the primary stops it.
 */
export async function serveWorker(options: AppOptions, port: number, logger: Logger) {
  const { orm, redis } = options;
  const app = await createApp({
    ...options,
    // Shared by every instance through Redis; else every worker asks the primary.
    ...(!redis && { counter: new PrimaryCounter() }),
  });
  process.on('message', (message) => {
    if (message === CONTENT_CHANGED)
      app.content?.poll().catch((error: unknown) => logger.error({ err: error }, 'poll failed'));
  });
  const running = await listen(app, port);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.close();
    await redis?.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  // Ctrl-C reaches the whole process group: the primary stops the workers in order.
  process.on('SIGINT', () => undefined);
}
