import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { PUBLIC_ACTOR } from '../auth/actor.js';
import { TokenService } from '../auth/token.service.js';
import { ContentError } from '../content/common/errors.js';
import { PREVIEW, PUBLIC } from '../content/common/visibility.js';
import { createServices } from '../content/services.js';
import { RateLimiter } from '../enquiries/rate-limit.js';
import type { Context } from '../graphql/context.js';
import { formatError, INTERNAL_ERROR_MESSAGE } from '../graphql/errors.js';
import { useErrorLogging } from '../graphql/plugins/use-error-logging.js';
import { PageService, type SiteSettings } from '../pages/page.service.js';
import type { Query } from '../render/render-page.js';
import { authenticate, PREVIEW_COOKIE, type RequestAuth } from './auth.js';
import { GRAPHIQL_ASSET_PREFIX, graphiqlAsset, graphiqlPage } from './graphiql.js';
import {
  clientKeyOf,
  HttpError,
  readBody,
  send,
  sendError,
  sendJson,
  toHeaderMap,
} from './http.js';
import { buildAppSchema } from './schema.js';
import { siteRoute, type SiteDeps } from './site.js';

export interface AppOptions {
  orm: MikroORM;
  logger: Logger;
  /** The public site's origin and name, for pages, canonical URLs and JSON-LD. */
  site: SiteSettings;
  /** Built once by the caller when several apps share it (tests); built here otherwise. */
  schema?: GraphQLSchema;
  /** Largest request body accepted, in bytes. @default 1 MiB */
  maxBodyBytes?: number;
  /** Enquiries a client may send per window. @default 5 per 10 minutes */
  enquiryRate?: { limit: number; windowMs: number };
  /** Take the client's address from `X-Forwarded-For` (behind a trusted proxy). @default false */
  trustProxy?: boolean;
}

export interface ContextOptions {
  auth?: RequestAuth;
  clientKey?: string;
  requestId?: string;
}

export interface App {
  apollo: ApolloServer<Context>;
  /** The Node request listener: GraphQL, GraphiQL, health, and the site itself. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Builds a request context, as a request would get (for `executeOperation` in tests). */
  context(options?: ContextOptions): Context;
  /** Runs one of the project's operations in-process as the public, as the page renderer does; throws on errors. */
  query: Query;
  tokens: TokenService;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.-]{1,64}$/;
const PUBLIC_AUTH: RequestAuth = { actor: PUBLIC_ACTOR, preview: false };

/** Builds the HTTP application: Apollo for `/graphql`, GraphiQL for browsers, `/healthz`, the site. */
export async function createApp(options: AppOptions): Promise<App> {
  const { orm, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const schema = options.schema ?? (await buildAppSchema());
  const tokens = new TokenService(orm.em);
  const rate = options.enquiryRate ?? { limit: 5, windowMs: 10 * 60_000 };
  const limits = { enquiry: new RateLimiter(rate.limit, rate.windowMs) };

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [useErrorLogging()],
    logger,
    // The CLI stops the server in order on SIGINT/SIGTERM; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const context = ({
    auth = PUBLIC_AUTH,
    clientKey = 'local',
    requestId = randomUUID(),
  }: ContextOptions = {}): Context => {
    const em = orm.em.fork();
    const services = createServices(em, auth.preview ? PREVIEW : PUBLIC);
    const pages = new PageService(services, options.site);
    return {
      em,
      services,
      pages,
      actor: auth.actor,
      clientKey,
      site: options.site,
      limits,
      requestId,
      logger: logger.child({ requestId }),
    };
  };

  const executeFor: SiteDeps['executeFor'] = (auth, clientKey) => async (document, variables) => {
    const response = await apollo.executeOperation(
      { query: document, variables },
      { contextValue: context({ auth, clientKey }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as never;
  };

  const queryFor: SiteDeps['queryFor'] = (auth, clientKey) => async (document, variables) => {
    const { data, errors } = await executeFor(auth, clientKey)(document, variables);
    if (errors?.length)
      throw new Error(`page query failed: ${errors.map((e) => e.message).join('; ')}`);
    return data as never;
  };

  const site: SiteDeps = { site: options.site, queryFor, executeFor };

  async function graphql(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    auth: RequestAuth,
    clientKey: string,
    requestId: string,
  ) {
    const method = (req.method ?? 'GET').toUpperCase();
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (
      method === 'GET' &&
      wantsHtml &&
      !url.searchParams.has('query') &&
      !url.searchParams.has('extensions')
    ) {
      return send(res, 200, 'text/html; charset=utf-8', graphiqlPage());
    }
    let body: unknown;
    if (method === 'POST') {
      const text = await readBody(req, maxBodyBytes);
      const type = req.headers['content-type'] ?? '';
      if (type.includes('application/json')) {
        try {
          body = text === '' ? undefined : (JSON.parse(text) as unknown);
        } catch {
          throw new HttpError(400, 'BAD_REQUEST', 'Request body is not valid JSON');
        }
      } else body = text;
    }
    const request: HTTPGraphQLRequest = {
      method,
      headers: toHeaderMap(req),
      search: url.search,
      body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request,
      context: async () => context({ auth, clientKey, requestId }),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    // What a token holder sees is theirs alone: never for shared caches.
    if (auth.actor.kind === 'token') res.setHeader('cache-control', 'private, no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function health(res: ServerResponse) {
    try {
      await orm.em.fork().getConnection().execute('select 1');
      sendJson(res, 200, { status: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      sendJson(res, 503, { status: 'unavailable' });
    }
  }

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/healthz') return health(res);
    if (path.startsWith(GRAPHIQL_ASSET_PREFIX)) {
      const asset = graphiqlAsset(path.slice(GRAPHIQL_ASSET_PREFIX.length));
      if (asset)
        return send(res, 200, asset.type, asset.body, { 'cache-control': 'public, max-age=86400' });
    }
    const clientKey = clientKeyOf(req, options.trustProxy ?? false);
    const isApi = path === '/graphql' || path === '/graphql/';
    let auth: RequestAuth;
    try {
      auth = await authenticate(req, url, tokens, { page: !isApi });
      if (path === '/preview') {
        const token = url.searchParams.get('token');
        if (token) auth = { actor: await tokens.authenticate(token), preview: true };
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      if (isApi) return sendError(res, 401, error.code, error.message, requestId);
      const headers: Record<string, string> = { 'www-authenticate': 'Bearer' };
      // A stale preview cookie must not lock a browser out of the public site.
      if (!req.headers.authorization)
        headers['set-cookie'] = `${PREVIEW_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`;
      return send(res, 401, 'text/plain; charset=utf-8', `${error.message}\n`, headers);
    }
    if (isApi) return graphql(req, res, url, auth, clientKey, requestId);
    return siteRoute(req, res, url, auth, clientKey, site);
  }

  return {
    apollo,
    context,
    query: queryFor(PUBLIC_AUTH, 'local'),
    tokens,
    handle(req, res) {
      const given = req.headers['x-request-id'];
      const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', requestId);
      route(req, res, requestId).catch((error: unknown) => {
        if (error instanceof HttpError) {
          if (!res.headersSent) sendError(res, error.status, error.code, error.message);
          else res.end();
          return;
        }
        logger.error({ err: error, requestId, url: req.url }, 'request failed');
        if (!res.headersSent)
          sendError(res, 500, 'INTERNAL_SERVER_ERROR', INTERNAL_ERROR_MESSAGE, requestId);
        else res.end();
      });
    },
    async stop() {
      await apollo.stop();
    },
  };
}

export interface RunningServer {
  server: Server;
  /** The origin it listens on, e.g. `http://localhost:4000`. */
  origin: string;
  close(): Promise<void>;
}

/** Listens on `port` (0 for any free port). `close()` stops taking requests and lets running ones end. */
export async function listen(app: App, port: number, host?: string): Promise<RunningServer> {
  const server = createServer(app.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    server,
    origin: `http://localhost:${actual}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(timer);
      await app.stop();
    },
  };
}
