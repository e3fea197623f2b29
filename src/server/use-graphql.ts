import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, HTTPGraphQLRequest, HTTPGraphQLResponse } from '@apollo/server';
import { sessionCookie } from '../accounts/session-cookie.js';
import type { PublishedContent } from '../content/read/published-content.js';
import { BadRequestError } from '../errors/index.js';
import type { CompiledExecution } from '../graphql/compiled-execution.js';
import type { Context } from '../graphql/context.js';
import type { RequestAuth } from './auth.js';
import { graphiqlPage } from './graphiql.js';
import {
  graphqlCacheKey,
  MAX_JSON_DEPTH,
  nestedDeeperThan,
  withinCsrfRules,
} from './graphql-request.js';
import { readBody, send, toHeaderMap } from './http.js';
import { publicQueryOf, publicQueryResponse } from './public-query.js';
import type { AccessLog } from './use-access-log.js';
import type { ContextFactory } from './use-context.js';
import { rawPostKey, type ResponseCacheLayer } from './use-response-cache.js';
import { Deadline, type WithinBudget } from './use-time-budget.js';

/** GraphiQL's own scripts and styles (it styles elements as it goes). */
const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

export interface GraphQLHandlerOptions {
  apollo: ApolloServer<Context>;
  /** The public's plain queries, run compiled; null leaves every request to Apollo. */
  compiled: CompiledExecution | null;
  context: ContextFactory;
  content: PublishedContent | null;
  responses: ResponseCacheLayer;
  /** Whether the response cache is on (off, public answers still get an ETag). */
  cacheOn: boolean;
  withinBudget: WithinBudget;
  maxBodyBytes: number;
  log: AccessLog;
}

/** One GraphQL request over HTTP, as the route has identified it. */
export interface GraphQLRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  auth: RequestAuth;
  clientKey: string;
  requestId: string;
  /** The body, when the cache's fast path has read it already. */
  preread?: string;
}

/**
 * `/graphql`: GraphiQL for a browser; else the GraphQL-over-HTTP request, through Apollo. The
 * public's answers are shared — from and into the response cache when it is on, always with an
 * ETag — while a token holder's are theirs alone (`private, no-store`), since a token may read
 * fields the public cannot. Each request runs within the time budget.
 */
export function useGraphQL(options: GraphQLHandlerOptions) {
  const { apollo, compiled, context, content, responses, withinBudget, log } = options;

  /**
   * The answer: a public plain query through the compiled fast path when it answers it without
   * errors, else (and for everything else) through Apollo.
   */
  async function answer(
    request: () => HTTPGraphQLRequest,
    ctx: Context,
    fast: ReturnType<typeof publicQueryOf>,
  ): Promise<HTTPGraphQLResponse> {
    if (fast && compiled) {
      const executed = await compiled.execute(fast.request, ctx);
      if (executed) return publicQueryResponse(executed, fast.contentType, ctx);
    }
    return apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: request(),
      context: async () => ctx,
    });
  }

  /** The body, parsed as JSON when it says it is JSON (refused when it is not, or too deep). */
  async function bodyOf(req: IncomingMessage, preread: string | undefined) {
    const text = preread ?? (await readBody(req, options.maxBodyBytes));
    if (!(req.headers['content-type'] ?? '').includes('application/json'))
      return { text, body: text as unknown };
    let body: unknown;
    try {
      body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      throw new BadRequestError('Request body is not valid JSON');
    }
    if (nestedDeeperThan(body, MAX_JSON_DEPTH))
      throw new BadRequestError(`Request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
    return { text, body };
  }

  return async function graphql({
    req,
    res,
    url,
    auth,
    clientKey,
    requestId,
    preread,
  }: GraphQLRequest): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    const params = url.searchParams;
    if (method === 'GET' && wantsHtml && !params.has('query') && !params.has('extensions'))
      return send(res, 200, 'text/html; charset=utf-8', graphiqlPage(), {
        'content-security-policy': GRAPHIQL_CSP,
      });
    const { text, body } =
      method === 'POST' ? await bodyOf(req, preread) : { text: undefined, body: undefined };
    // Apollo's request, made only when Apollo answers (the fast path reads the request itself).
    const request = (): HTTPGraphQLRequest => ({
      method,
      headers: toHeaderMap(req),
      search: url.search,
      body,
    });
    const publicAnswer = auth.actor.kind === 'public' && !auth.preview && withinCsrfRules(req);
    const key =
      options.cacheOn && publicAnswer
        ? graphqlCacheKey(method, url, body, req.headers.accept)
        : null;
    if (key) {
      const found = await responses.lookup(key);
      if (found) return responses.sendHit(req, res, found);
    }
    const ctx = context({ auth, clientKey, requestId, reads: key ? new Set() : undefined });
    ctx.outcome = log.note(res, ctx.outcome);
    const budget = new Deadline();
    // The request's EntityManager (forked when first used) is bound to it.
    ctx.deadline = budget;
    const readFrom = content?.current();
    const fast = publicAnswer && compiled ? publicQueryOf(method, url, body, req.headers) : null;
    const response = await withinBudget(answer(request, ctx, fast), budget, ctx.outcome);
    if (
      publicAnswer &&
      ctx.outcome.cacheable &&
      (response.status ?? 200) === 200 &&
      response.body.kind === 'complete'
    ) {
      const headers: Record<string, string> = {};
      for (const [name, value] of response.headers) headers[name] = value;
      return responses.sendAndStore(
        req,
        res,
        // A POST is also kept under its exact body, so the next one is answered unparsed.
        !key ? [] : text === undefined ? [key] : [key, rawPostKey(text, req.headers.accept)],
        {
          status: 200,
          headers,
          body: response.body.string,
          tags: ctx.reads ?? new Set(),
        },
        readFrom,
      );
    }
    for (const [name, value] of response.headers) res.setHeader(name, value);
    const cookies = ctx.outcome.cookies ?? [];
    // A cookie whose session has ended is cleared, unless this answer sets a new one.
    if (auth.staleSession && !cookies.length) cookies.push(sessionCookie('', ctx.site.url));
    if (cookies.length) res.setHeader('set-cookie', cookies);
    // What a token holder or a signed-in user sees is theirs alone: never for shared caches.
    if (auth.actor.kind !== 'public') res.setHeader('cache-control', 'private, no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
