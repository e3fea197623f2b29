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
import type { Context, Localized } from '../graphql/context.js';
import { localeOf } from '../content/read/localizing-reader.js';
import { badInput } from '../errors/index.js';
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

/** What every request's context shares: the app's parts, made once. */
interface Shared {
  orm: MikroORM;
  logger: Logger;
  site: SiteSettings;
  sessions: Sessions;
  limits: Context['limits'];
  contentChanged: () => Promise<void>;
  now: () => Date;
  pageIndexes: PageIndexes;
  searchIndexes: SearchIndexes;
  /** The public's services over `store`, one set per store. */
  publicServicesOf(store: ContentStore): Services;
}

/** What a context makes on first use; one object, so Apollo's shallow copies share it. */
interface Made {
  em?: EntityManager;
  pages?: PageService;
  search?: SearchService;
  logger?: Logger;
  accounts?: AccountService;
  editor?: EditorService;
  audit?: AuditService;
  webhooks?: WebhookService;
  config?: Promise<LocaleConfig>;
  localized?: Map<string, Localized>;
}

/**
 * One request's context. Most requests (a public read) never touch the database, the page
 * model, search, another locale, the editorial services, accounts or a child logger, so those
 * are made on first use, by getters and methods on the prototype: building a context allocates
 * this object and nothing else, and Apollo's shallow copy of it keeps them lazy (the copy
 * shares `made`).
 */
class RequestContext {
  private readonly made: Made = {};
  // Every field in one order, so every context has the same shape (fast property access).
  services: Services;
  actor: Context['actor'];
  session: Context['session'];
  sessions: Sessions;
  clientKey: string;
  site: SiteSettings;
  limits: Context['limits'];
  requestId: string;
  now: () => Date;
  contentChanged: () => Promise<void>;
  reads: Set<string> | undefined;
  internal: boolean | undefined;
  outcome: Context['outcome'];
  deadline: Context['deadline'];

  constructor(
    private readonly shared: Shared,
    private readonly auth: RequestAuth,
    /** The published graph this request reads (none: the database). */
    private readonly store: ContentStore | undefined,
    clientKey: string,
    requestId: string,
    reads: Set<string> | undefined,
    internal: boolean | undefined,
  ) {
    this.actor = auth.actor;
    this.session = auth.session ?? null;
    this.sessions = shared.sessions;
    this.clientKey = clientKey;
    this.site = shared.site;
    this.limits = shared.limits;
    this.requestId = requestId;
    this.now = shared.now;
    this.contentChanged = shared.contentChanged;
    this.reads = reads;
    this.internal = internal;
    this.outcome = { cacheable: false };
    this.deadline = undefined;
    // The public's services over the store keep nothing per request (no recorder, nothing
    // batched): one set per store serves every request that notes no reads.
    this.services =
      store && !auth.preview && !reads
        ? shared.publicServicesOf(store)
        : this.servicesIn(undefined);
  }

  /** Content services for this request's reader, in `locale` (the default: none). */
  private servicesIn(locale: { code: string; chain: readonly string[] } | undefined): Services {
    return createServices(() => this.em, this.auth.preview ? PREVIEW : PUBLIC, {
      store: this.store,
      recorder: this.reads,
      locale,
      now: this.shared.now,
    });
  }

  /** The public's page index (kept per content version) in `locale`; preview builds its own. */
  private indexIn(locale: string | undefined) {
    const { store, reads } = this;
    return store && !this.auth.preview
      ? () => this.shared.pageIndexes.pages(store, locale, reads)
      : undefined;
  }

  /**
   * Search over `readers`: the public searches the index kept per content version; preview (and
   * a server without the store) indexes what its reader sees, for this request only.
   */
  private searchOver(readers: Services, locale: string | undefined) {
    const { store, reads } = this;
    return new SearchService(readers, async () =>
      store && !this.auth.preview
        ? this.shared.searchIndexes.index(store, locale, reads)
        : SearchIndex.build(
            await searchDocuments(readers, locale ?? (await this.locales()).default),
          ),
    );
  }

  /**
   * The request's EntityManager, forked on first use; bound to the request's time budget
   * (`deadline`, set before the operation runs) so a change past it rolls back.
   */
  get em(): EntityManager {
    let em = this.made.em;
    if (!em) {
      em = this.made.em = this.shared.orm.em.fork();
      if (this.deadline) bindDeadline(em, this.deadline.signal);
    }
    return em;
  }
  set em(value: EntityManager) {
    this.made.em = value;
  }

  get pages(): PageService {
    return (this.made.pages ??= new PageService(this.services, this.site, {
      locales: () => this.locales(),
      index: this.indexIn(undefined),
    }));
  }
  set pages(value: PageService) {
    this.made.pages = value;
  }
  get search(): SearchService {
    return (this.made.search ??= this.searchOver(this.services, undefined));
  }
  set search(value: SearchService) {
    this.made.search = value;
  }
  get logger(): Logger {
    return (this.made.logger ??= this.shared.logger.child({ requestId: this.requestId }));
  }
  get accounts(): AccountService {
    const { actor } = this;
    return (this.made.accounts ??= new AccountService(this.em, {
      siteUrl: this.site.url,
      actor: actorName(actor),
      actingUserId: actor.kind === 'user' ? actor.userId : undefined,
      now: this.now,
    }));
  }
  /** The audit log, written by every mutation as this request's actor. */
  get audit(): AuditService {
    return (this.made.audit ??= new AuditService(this.em, this.actor));
  }
  /** Editorial changes to the content, as this request's actor, on its EntityManager. */
  get editor(): EditorService {
    return (this.made.editor ??= new EditorService({
      em: this.em,
      actor: this.actor,
      site: this.site,
      audit: this.audit,
      committed: this.contentChanged,
    }));
  }
  get webhooks(): WebhookService {
    return (this.made.webhooks ??= new WebhookService(this.em, this.actor, this.audit));
  }

  /** The site's locales: the store's, or read once from the database. */
  locales(): Promise<LocaleConfig> {
    return (this.made.config ??= this.store
      ? Promise.resolve(this.store.locales)
      : readLocaleConfig(this.em));
  }

  /** The services, page model and search in `locale`, made on first use and kept for the request. */
  async inLocale(locale: string | null | undefined): Promise<Localized> {
    if (locale === null || locale === undefined) return this as unknown as Context;
    const localized = (this.made.localized ??= new Map());
    const known = localized.get(locale);
    if (known) return known;
    const settings = await this.locales();
    if (locale === settings.default) return this as unknown as Context;
    if (!settings.locales.some((l) => l.code === locale))
      throw badInput(
        'locale',
        `unknown locale "${locale}": this site publishes ${settings.locales.map((l) => l.code).join(', ')}`,
      );
    const scope = { code: locale, chain: chainOf(settings, locale) };
    const services = this.servicesIn(scope);
    const made: Localized = {
      services,
      pages: new PageService(services, this.site, {
        locale: scope,
        locales: () => this.locales(),
        index: this.indexIn(locale),
      }),
      search: this.searchOver(services, locale),
    };
    localized.set(locale, made);
    return made;
  }

  /** The services to read what hangs off `node`: in the locale it was read in. */
  servicesOf(node: object): Services {
    const locale = localeOf(node);
    return (locale && this.made.localized?.get(locale)?.services) || this.services;
  }

  /** The page model in the locale `node` was read in. */
  pagesOf(node: object): PageService {
    const locale = localeOf(node);
    return (locale && this.made.localized?.get(locale)?.pages) || this.pages;
  }
}

/**
 * Builds each request's context: the content services for its reader (the public from the
 * in-memory store, preview from the database), and, on first use, one forked EntityManager, the
 * page model, search, and the same per locale.
 */
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

  const publicServices = new WeakMap<ContentStore, Services>();
  const shared: Shared = {
    orm,
    logger,
    site,
    sessions,
    limits,
    contentChanged,
    now,
    pageIndexes,
    searchIndexes,
    publicServicesOf(store) {
      let services = publicServices.get(store);
      if (!services) {
        services = createServices(() => orm.em.fork(), PUBLIC, { store, now });
        publicServices.set(store, services);
      }
      return services;
    },
  };

  const context = ({
    auth = PUBLIC_AUTH,
    clientKey = 'local',
    requestId = randomUUID(),
    reads,
    internal,
  }: ContextOptions = {}): Context =>
    new RequestContext(
      shared,
      auth,
      content?.current() ?? undefined,
      clientKey,
      requestId,
      reads,
      internal,
    ) as unknown as Context;
  return Object.assign(context, { pageIndexes, searchIndexes });
}
