import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Services } from '../content/services.js';

/** What every resolver gets: one forked EntityManager and the services built on it, per request. */
export interface Context {
  em: EntityManager;
  services: Services;
  requestId: string;
  logger: Logger;
}
