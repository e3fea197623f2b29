import type { ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from 'pino';
import { sendJson } from './http.js';
import type { SharedRedis } from './redis.js';

export interface HealthOptions {
  orm: MikroORM;
  logger: Logger;
  /** Checked too when the instances share one. */
  redis?: SharedRedis;
}

export interface Health {
  /** `/healthz`: the process is up and answering. */
  liveness(res: ServerResponse): void;
  /**
   * `/readyz`: whether this instance should get traffic — the database answers, every migration
   * this version knows is applied, and the shared Redis (when configured) answers. Each check is
   * named in the answer; the reason for a failure goes to the log, not to the client.
   */
  readiness(res: ServerResponse): Promise<void>;
}

export function useHealth({ orm, logger, redis }: HealthOptions): Health {
  /** Once every migration was seen applied, it stays so for this process's life. */
  let migrated = false;
  return {
    liveness: (res) => sendJson(res, 200, { status: 'ok' }),
    async readiness(res) {
      const checks: Record<string, 'ok' | 'failing'> = {};
      const attempt = async (name: string, check: () => Promise<boolean>) => {
        try {
          checks[name] = (await check()) ? 'ok' : 'failing';
        } catch (error) {
          logger.warn({ err: error, check: name }, 'readiness check failed');
          checks[name] = 'failing';
        }
      };
      await attempt('database', async () => {
        await orm.em.fork().getConnection().execute('select 1');
        return true;
      });
      await attempt('migrations', async () => {
        migrated ||= (await orm.getMigrator().getPendingMigrations()).length === 0;
        return migrated;
      });
      if (redis) await attempt('redis', async () => (await redis.client.ping()) === 'PONG');
      const ready = Object.values(checks).every((c) => c === 'ok');
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', checks });
    },
  };
}
