import type { EntityManager } from '@mikro-orm/core';
import type { AccountService } from '../accounts/account.service.js';
import type { Sessions } from '../accounts/session.service.js';
import type { User } from '../accounts/user.entity.js';
import type { Logger } from 'pino';
import type { Actor } from '../auth/actor.js';
import type { Services } from '../content/services.js';
import type { AuditService } from '../editorial/audit.service.js';
import type { EditorService } from '../editorial/editor.service.js';
import type { Limiter } from '../enquiries/rate-limit.js';
import type { PageService, SiteSettings } from '../pages/page.service.js';
import type { LocaleConfig } from '../content/locales.js';
import type { WebhookService } from '../webhooks/webhook.service.js';
import type { SearchService } from '../search/search.service.js';

/** The signed-in user's session, when the request came with a live session cookie. */
export interface SessionInfo {
  /** The cookie's secret (to end this session, or replace it at the next sign-in). */
  secret: string;
  /** The token a mutation sent with this cookie must carry as `x-csrf-token`. */
  csrfToken: string;
  user: User;
  /** Whether this request carried it. */
  csrfOk: boolean;
}

/** What every resolver gets: one forked EntityManager and the services built on it, per request. */
export interface Context {
  em: EntityManager;
  /** Content services for this request's reader (public, or preview with a viewer token). */
  services: Services;
  /** The page model, on the same services. */
  pages: PageService;
  /** Full-text search over what `services` may see, in the default locale. */
  search: SearchService;
  /** Editorial changes to the content (editor), as this request's actor. */
  editor: EditorService;
  /** The audit log: written by every mutation, read by admins. */
  audit: AuditService;
  /** Webhook endpoints and their delivery log (admin). */
  webhooks: WebhookService;
  /** Who is asking: the public, a token holder, or a signed-in user. */
  actor: Actor;
  /** The session cookie's session, when there is a live one (and no bearer token). */
  session: SessionInfo | null;
  /** Sign-in, sign-out and the sessions behind the cookie. */
  sessions: Sessions;
  /** Users and their one-time links, as this request's actor (admin checks are the resolver's). */
  accounts: AccountService;
  /** Identifies the client for rate limits (its address). */
  clientKey: string;
  site: SiteSettings;
  /** Rate limiters shared by all requests of this server. */
  limits: { enquiry: Limiter; mutation: Limiter | null };
  requestId: string;
  /** The app's clock (its `now` option; tests move it): vacancy expiry, sessions, schedules. */
  now: () => Date;
  logger: Logger;
  /** Brings this process's published store up to date after a change made here. */
  contentChanged?: () => Promise<void>;
  /**
   * The site's own documents, run in-process to render pages: fixed and trusted, so the cost
   * limit (meant for what clients write) does not apply.
   */
  internal?: boolean;
  /** What the public reads of the content (`type:slug`, `list:type`), noted for the response cache. */
  reads?: Set<string>;
  /**
   * Set as the response is sent: a query answered without errors may be cached. An object, so
   * the caller sees it (Apollo runs each operation on a shallow copy of the context).
   */
  outcome: {
    cacheable: boolean;
    operation?: string;
    /**
     * A mutation: when the time budget runs out it is not answered at once but rolled back
     * (its transaction sees the deadline's signal), so a timeout answer always means nothing changed.
     */
    mutation?: boolean;
    /** `Set-Cookie` headers for the answer (a session set or cleared). */
    cookies?: string[];
  };
  /** The request's time budget: its signal fires when it runs out. */
  deadline?: { readonly signal: AbortSignal };
  /**
   * The services and page model that read in `locale` (a root query's `locale` argument);
   * the default locale's when absent. An unknown locale is a BAD_USER_INPUT error.
   */
  inLocale(locale: string | null | undefined): Promise<Localized>;
  /** The services to read what hangs off `node`: in the locale `node` was read in. */
  servicesOf(node: object): Services;
  /** The page model in the locale `node` was read in. */
  pagesOf(node: object): PageService;
  /** The site's locales. */
  locales(): Promise<LocaleConfig>;
}

export interface Localized {
  services: Services;
  pages: PageService;
  search: SearchService;
}
