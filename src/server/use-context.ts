import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { bindDeadline } from '../db/transaction.js';
import type { Logger } from 'pino';
import { AccountService } from '../accounts/account.service.js';
import type { Sessions } from '../accounts/session.service.js';
import { actorName, PUBLIC_ACTOR } from '../auth/actor.js';
import { PREVIEW, PUBLIC } from '../content/common/visibility.js';
import { chainOf, type LocaleConfig } from '../content/locales.js';
import { readLocaleConfig } from '../content/read/content-state.entity.js';
import type { PublishedContent } from '../content/read/published-content.js';
import type { ContentStore } from '../content/read/store.js';
import { createServices, type Services } from '../content/services.js';
import type { Context } from '../graphql/context.js';
import { localeScope } from './locale-scope.js';
import { PageService, type SiteSettings } from '../pages/page.service.js';
import { AuditService } from '../editorial/audit.service.js';
import { EditorService } from '../editorial/editor.service.js';
import { WebhookService } from '../webhooks/webhook.service.js';
import type { RequestAuth } from './auth.js';
import { PageIndexes } from './page-index.js';
import { searchDocuments } from '../search/documents.js';
import { SearchIndex } from '../search/search-index.js';
import { SearchIndexes } from '../search/search-indexes.js';
import { SearchService } from '../search/search.service.js';

export const PUBLIC_AUTH: RequestAuth = { actor: PUBLIC_ACTOR, preview: false };

/** What one request's context is built from. */
export interface ContextOptions {
  auth?: RequestAuth;
  /** One of the site's own documents, run in-process (see `Context.internal`). */
  internal?: boolean;
  clientKey?: string;
  requestId?: string;
  /** Collects what the public reads, for the response cache. */
  reads?: Set<string>;
}

export interface ContextFactoryOptions {
  orm: MikroORM;
  logger: Logger;
  site: SiteSettings;
  /** The published graph the public reads (null: the database). */
  content: PublishedContent | null;
  limits: Context['limits'];
  contentChanged: () => Promise<void>;
  sessions: Sessions;
  /** The app's clock: accounts, and whether a vacancy is live (tests move it). */
  now: () => Date;
}

export interface ContextFactory {
  (options?: ContextOptions): Context;
  /** Every page per locale, kept per published-content version, shared by the requests. */
  pageIndexes: PageIndexes;
  /** The public's search index per locale, kept per published-content version. */
  searchIndexes: SearchIndexes;
}

/**
 * Builds each request's context: one forked EntityManager, the content services for its reader
 * (the public from the in-memory store, preview from the database), the page model, and the
 * same per locale on first use.
 */
/** What a request's context makes only when a resolver first asks for it. */
interface Makers {
  em: () => EntityManager;
  pages: () => PageService;
  search: () => SearchService;
  logger: () => Logger;
  accounts: () => AccountService;
}

type Eager = Omit<
  Context,
  'em' | 'pages' | 'search' | 'logger' | 'accounts' | 'editor' | 'audit' | 'webhooks'
>;

/**
 * One request's context. Most requests (a public read) never touch the page model, search,
 * the editorial services, accounts or a child logger, so those are made on first use: getters on
 * the prototype, so Apollo's shallow copy of the context keeps them lazy.
 */
class RequestContext {
  private made: Partial<
    Pick<
      Context,
      'em' | 'pages' | 'search' | 'logger' | 'accounts' | 'editor' | 'audit' | 'webhooks'
    >
  > = {};

  // Every field in one order, so every context has the same shape (fast property access).
  services: Eager['services'];
  actor: Eager['actor'];
  session: Eager['session'];
  sessions: Eager['sessions'];
  clientKey: Eager['clientKey'];
  site: Eager['site'];
  limits: Eager['limits'];
  requestId: Eager['requestId'];
  now: Eager['now'];
  contentChanged: Eager['contentChanged'];
  reads: Eager['reads'];
  internal: Eager['internal'];
  outcome: Eager['outcome'];
  signal: Eager['signal'];
  locales: Eager['locales'];
  inLocale: Eager['inLocale'];
  servicesOf: Eager['servicesOf'];
  pagesOf: Eager['pagesOf'];

  constructor(
    eager: Eager,
    private readonly makers: Makers,
  ) {
    this.services = eager.services;
    this.actor = eager.actor;
    this.session = eager.session;
    this.sessions = eager.sessions;
    this.clientKey = eager.clientKey;
    this.site = eager.site;
    this.limits = eager.limits;
    this.requestId = eager.requestId;
    this.now = eager.now;
    this.contentChanged = eager.contentChanged;
    this.reads = eager.reads;
    this.internal = eager.internal;
    this.outcome = eager.outcome;
    this.signal = eager.signal;
    this.locales = eager.locales;
    this.inLocale = eager.inLocale;
    this.servicesOf = eager.servicesOf;
    this.pagesOf = eager.pagesOf;
  }

  /**
   * The request's EntityManager, forked on first use; bound to the request's time budget
   * (`signal`, set before the operation runs) so a change past it rolls back.
   */
  get em(): EntityManager {
    let em = this.made.em;
    if (!em) {
      em = this.made.em = this.makers.em();
      if (this.signal) bindDeadline(em, this.signal);
    }
    return em;
  }
  set em(value: EntityManager) {
    this.made.em = value;
  }

  get pages(): PageService {
    return (this.made.pages ??= this.makers.pages());
  }
  set pages(value: PageService) {
    this.made.pages = value;
  }
  get search(): SearchService {
    return (this.made.search ??= this.makers.search());
  }
  set search(value: SearchService) {
    this.made.search = value;
  }
  get logger(): Logger {
    return (this.made.logger ??= this.makers.logger());
  }
  get accounts(): AccountService {
    return (this.made.accounts ??= this.makers.accounts());
  }
  /** The audit log, written by every mutation as this request's actor. */
  get audit(): AuditService {
    const self = this as unknown as Context;
    return (this.made.audit ??= new AuditService(self.em, self.actor));
  }
  /** Editorial changes to the content, as this request's actor, on its EntityManager. */
  get editor(): EditorService {
    const self = this as unknown as Context;
    return (this.made.editor ??= new EditorService({
      em: self.em,
      actor: self.actor,
      site: self.site,
      audit: this.audit,
      committed: self.contentChanged!,
    }));
  }
  get webhooks(): WebhookService {
    const self = this as unknown as Context;
    return (this.made.webhooks ??= new WebhookService(self.em, self.actor, this.audit));
  }
}

export function useContext(options: ContextFactoryOptions): ContextFactory {
  const { orm, logger, site, content, limits, contentChanged, sessions, now } = options;

  const pageIndexes = new PageIndexes((store, locale, reads) => {
    const scope = locale ? { code: locale, chain: chainOf(store.locales, locale) } : undefined;
    const services = createServices(orm.em.fork(), PUBLIC, {
      store,
      recorder: reads,
      locale: scope,
      now,
    });
    return new PageService(services, site, {
      locale: scope,
      locales: () => Promise.resolve(store.locales),
    }).buildAll();
  });

  const searchIndexes = new SearchIndexes((store, locale, reads) => {
    const scope = locale ? { code: locale, chain: chainOf(store.locales, locale) } : undefined;
    const services = createServices(orm.em.fork(), PUBLIC, {
      store,
      recorder: reads,
      locale: scope,
      now,
    });
    return searchDocuments(services, locale ?? store.locales.default);
  });

  const shared = new WeakMap<ContentStore, Services>();
  const publicServicesOf = (store: ContentStore) => {
    let services = shared.get(store);
    if (!services) {
      services = createServices(() => orm.em.fork(), PUBLIC, { store, now });
      shared.set(store, services);
    }
    return services;
  };

  const context = ({
    auth = PUBLIC_AUTH,
    clientKey = 'local',
    requestId = randomUUID(),
    reads,
    internal,
  }: ContextOptions = {}): Context => {
    // Forked on first use: a public read from the store sends no SQL, and a fork costs.
    let forked: EntityManager | undefined;
    const em = () => (forked ??= orm.em.fork());
    const visibility = auth.preview ? PREVIEW : PUBLIC;
    const store = content?.current();
    // The public's services over the store keep nothing per request (no recorder, nothing batched):
    // one set per store serves every request that notes no reads.
    const services =
      store && !auth.preview && !reads
        ? publicServicesOf(store)
        : createServices(em, visibility, { store, recorder: reads, now });
    let config: Promise<LocaleConfig> | undefined;
    const loadLocales = () =>
      (config ??= store ? Promise.resolve(store.locales) : readLocaleConfig(em()));
    // The public's page index is kept per content version; preview builds its own.
    const indexOf = (locale?: string) =>
      store && !auth.preview ? () => pageIndexes.pages(store, locale, reads) : undefined;
    // The public searches the index kept per content version; preview (and a server without
    // the store) indexes what its reader sees, for this request only.
    const searchIn = (readers: Services, locale?: string) =>
      new SearchService(readers, async () =>
        store && !auth.preview
          ? searchIndexes.index(store, locale, reads)
          : SearchIndex.build(
              await searchDocuments(readers, locale ?? (await loadLocales()).default),
            ),
      );
    const locales = localeScope(loadLocales, (locale) => {
      const localized = createServices(em, visibility, {
        store,
        recorder: reads,
        locale,
        now,
      });
      return {
        services: localized,
        pages: new PageService(localized, site, {
          locale,
          locales: loadLocales,
          index: indexOf(locale.code),
        }),
        search: searchIn(localized, locale.code),
      };
    });
    const made = new RequestContext(
      {
        ...locales,
        services,
        actor: auth.actor,
        session: auth.session ?? null,
        sessions,
        clientKey,
        site,
        limits,
        requestId,
        now,
        contentChanged,
        reads,
        internal,
        outcome: { cacheable: false },
      },
      {
        pages: () => new PageService(services, site, { locales: loadLocales, index: indexOf() }),
        search: () => searchIn(services),
        logger: () => logger.child({ requestId }),
        em,
        accounts: () =>
          new AccountService(em(), {
            siteUrl: site.url,
            actor: actorName(auth.actor),
            actingUserId: auth.actor.kind === 'user' ? auth.actor.userId : undefined,
            now,
          }),
      },
    );
    return made as unknown as Context;
  };
  return Object.assign(context, { pageIndexes, searchIndexes });
}
