import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { runDueActions } from '../editorial/scheduled-runs.js';
import type { SiteSettings } from '../pages/page.service.js';

export interface SchedulerOptions {
  orm: MikroORM;
  logger: Logger;
  site: SiteSettings;
  /** How often to look for due actions; null runs none. */
  pollMs: number | null;
  /** The clock actions are due by. */
  now: () => Date;
  /** Brings the published store up to date (and tells the other processes) after a run. */
  contentChanged: () => Promise<void>;
}

export interface Scheduler {
  /** Stops looking, once the run under way (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * Runs scheduled publishes and unpublishes when they are due: looks at once on start (so an
 * action missed while no server ran runs now), then every `pollMs`. Every instance and worker
 * looks; each action is claimed in the database by exactly one of them.
 */
export function useScheduler(options: SchedulerOptions): Scheduler {
  const { orm, logger, site, pollMs, now, contentChanged } = options;
  if (pollMs === null) return { stop: () => Promise.resolve() };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const look = async () => {
    try {
      const ran = await runDueActions({
        em: orm.em,
        site,
        now,
        committed: contentChanged,
        failed: (action, error) =>
          logger.warn(
            { err: error, scheduled: action.id, node: `${action.nodeType}:${action.nodeSlug}` },
            `scheduled ${action.action} failed`,
          ),
      });
      if (ran > 0) logger.info({ ran }, 'ran scheduled actions');
    } catch (error) {
      // The database may be away for a moment; the next look tries again.
      logger.error({ err: error }, 'looking for scheduled actions failed');
    }
  };
  const schedule = (ms: number) => {
    timer = setTimeout(() => {
      running = look().finally(() => {
        if (!stopped) schedule(pollMs);
      });
    }, ms);
    // A timer alone never keeps the process alive (tests, `rolegraph` commands end).
    timer.unref();
  };
  schedule(0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
