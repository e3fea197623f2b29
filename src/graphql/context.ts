import type { EntityManager } from '@mikro-orm/core';
import type { Logger } from 'pino';
import type { Services } from '../content/services.js';
import type { PageService } from '../pages/page.service.js';

/** What every resolver gets: one forked EntityManager and the services built on it, per request. */
export interface Context {
  em: EntityManager;
  services: Services;
  /** The page model, on the same services. */
  pages: PageService;
  requestId: string;
  logger: Logger;
}
