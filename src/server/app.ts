import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import { createServices } from '../content/services.js';
import { PageService, type SiteSettings } from '../pages/page.service.js';
import type { Context } from '../graphql/context.js';
import { formatError, INTERNAL_ERROR_MESSAGE } from '../graphql/errors.js';
import { useErrorLogging } from '../graphql/plugins/use-error-logging.js';
import { GRAPHIQL_ASSET_PREFIX, graphiqlAsset, graphiqlPage } from './graphiql.js';
import { buildAppSchema } from './schema.js';
import { SitePagesDocument } from '../generated/graphql.js';
import { parsePath } from '../pages/paths.js';
import { robotsTxt, sitemapXml } from '../pages/sitemap.js';
import { renderPath, type Query } from '../render/render-page.js';
import { FAVICON, FAVICON_PATH, STYLESHEET, STYLESHEET_PATH } from '../render/stylesheet.js';

export interface AppOptions {
  orm: MikroORM;
  logger: Logger;
  /** The public site's origin and name, for pages, canonical URLs and JSON-LD. */
  site: SiteSettings;
  /** Built once by the caller when several apps share it (tests); built here otherwise. */
  schema?: GraphQLSchema;
  /** Largest request body accepted, in bytes. @default 1 MiB */
  maxBodyBytes?: number;
}

export interface App {
  apollo: ApolloServer<Context>;
  /** The Node request listener: GraphQL, GraphiQL, health. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Builds a request context, as a request would get (for `executeOperation` in tests). */
  context(requestId?: string): Context;
  /** Runs one of the project's operations in-process, as the page renderer does; throws on errors. */
  query: Query;
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  requestId?: string,
): void {
  sendJson(res, status, {
    errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
  });
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit)
    throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit)
      throw new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Builds the HTTP application: Apollo for `/graphql`, GraphiQL for browsers, `/healthz`. */
export async function createApp(options: AppOptions): Promise<App> {
  const { orm, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const schema = options.schema ?? (await buildAppSchema());

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [useErrorLogging()],
    logger,
  });
  await apollo.start();

  const context = (requestId: string = randomUUID()): Context => {
    const em = orm.em.fork();
    const services = createServices(em);
    const pages = new PageService(services, options.site);
    return { em, services, pages, requestId, logger: logger.child({ requestId }) };
  };

  async function graphql(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const method = (req.method ?? 'GET').toUpperCase();
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if (
      method === 'GET' &&
      wantsHtml &&
      !url.searchParams.has('query') &&
      !url.searchParams.has('extensions')
    ) {
      const page = graphiqlPage();
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(page),
      });
      res.end(page);
      return;
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
      context: async () => context(requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
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

  const query: Query = async (document, variables) => {
    const response = await apollo.executeOperation(
      { query: document, variables },
      { contextValue: context() },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors } = response.body.singleResult;
    if (errors?.length)
      throw new Error(`page query failed: ${errors.map((e) => e.message).join('; ')}`);
    return data as never;
  };

  function send(
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    cache = 'no-cache',
  ) {
    res.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': cache,
    });
    res.end(body);
  }

  async function sitePage(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname;
    if (path === '/sitemap.xml') {
      const { pages } = await query(SitePagesDocument, {});
      return send(
        res,
        200,
        'application/xml; charset=utf-8',
        await sitemapXml(options.site.url, pages),
      );
    }
    if (path === '/robots.txt')
      return send(res, 200, 'text/plain; charset=utf-8', robotsTxt(options.site.url));
    if (path === FAVICON_PATH)
      return send(res, 200, 'image/svg+xml', FAVICON, 'public, max-age=86400');
    if (path === STYLESHEET_PATH) {
      return send(res, 200, 'text/css; charset=utf-8', STYLESHEET, 'public, max-age=3600');
    }
    // Pages live at paths with a trailing slash; send the short form there.
    if (!path.endsWith('/') && !path.includes('.') && parsePath(path)) {
      res.writeHead(301, { location: `${path}/${url.search}` });
      res.end();
      return;
    }
    const page = await renderPath(path, query, options.site.name);
    send(res, page.status, 'text/html; charset=utf-8', page.html);
  }

  async function route(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/graphql' || path === '/graphql/') return graphql(req, res, url, requestId);
    if (path === '/healthz') return health(res);
    if (path.startsWith(GRAPHIQL_ASSET_PREFIX)) {
      const asset = graphiqlAsset(path.slice(GRAPHIQL_ASSET_PREFIX.length));
      if (asset) {
        res.writeHead(200, {
          'content-type': asset.type,
          'cache-control': 'public, max-age=86400',
        });
        res.end(asset.body);
        return;
      }
    }
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    return sitePage(req, res, url);
  }

  return {
    apollo,
    context,
    query,
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
