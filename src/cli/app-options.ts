import cluster from 'node:cluster';
import type { Logger } from 'pino';
import type { Settings } from '../config/env.js';
import type { Orm } from '../db/orm.js';
import type { SiteSettings } from '../pages/page.service.js';

/** The public site the settings describe. */
export function siteOf(settings: Settings): SiteSettings {
  return { url: settings.siteUrl, name: settings.siteName, locale: 'en_GB' };
}

/** The app's options for `serve`, from the settings. */
export function appOptions(
  orm: Orm,
  logger: Logger,
  settings: Settings,
  onContentChanged?: () => void,
) {
  return {
    workerId: cluster.isWorker ? cluster.worker?.id : undefined,
    orm,
    logger,
    site: siteOf(settings),
    enquiryRate: settings.enquiryRate,
    trustProxy: settings.trustProxy,
    contentPollMs: settings.cache.pollMs,
    cacheBytes: settings.cache.maxBytes,
    cacheMaxAge: settings.cache.maxAge,
    limits: settings.limits,
    timeBudgetMs: settings.limits.timeBudgetMs,
    maxBodyBytes: settings.limits.maxBodyBytes,
    apiRate: settings.apiRate,
    mutationRate: settings.mutationRate,
    corsOrigins: settings.corsOrigins,
    introspection: settings.introspection,
    onContentChanged,
  };
}
