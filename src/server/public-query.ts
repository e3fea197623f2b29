import type { IncomingHttpHeaders } from 'node:http';
import { HeaderMap, type HTTPGraphQLResponse } from '@apollo/server';
import Negotiator from 'negotiator';
import type { ExecutedOperation, OperationRequest } from '../graphql/compiled-execution.js';
import type { Context } from '../graphql/context.js';

/** The single-result media types, in the order Apollo prefers them. */
const JSON_TYPE = 'application/json; charset=utf-8';
const SINGLE_RESULT_TYPES = [
  JSON_TYPE,
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/** Accept headers seen, with the content type Apollo would answer them with (null: none). */
const negotiated = new Map<string, string | null>();

/** The content type of a single-result answer for this Accept header, as Apollo chooses it. */
function contentTypeFor(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  let type = negotiated.get(accept);
  if (type === undefined) {
    type = new Negotiator({ headers: { accept } }).mediaType(SINGLE_RESULT_TYPES) ?? null;
    // Clients send a handful of Accept headers; a client sending endless new ones is not kept.
    if (negotiated.size < 256) negotiated.set(accept, type);
  }
  return type;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);

/** A query parameter given exactly once, or undefined (absent); null when given more than once. */
function once(params: URLSearchParams, name: string): string | undefined | null {
  const values = params.getAll(name);
  return values.length === 0 ? undefined : values.length === 1 ? values[0] : null;
}

export interface PublicQuery {
  request: OperationRequest;
  contentType: string;
}

/**
 * The operation of a plain GraphQL-over-HTTP query request — a JSON POST, or a GET with `query`
 * and optional `operationName` and `variables` — or null for anything else (a batch, persisted
 * queries or other extensions, an Accept header Apollo would refuse or answer as HTML, a body
 * Apollo would refuse): those go through Apollo, which answers them as it always has.
 */
export function publicQueryOf(
  method: string,
  url: URL,
  body: unknown,
  headers: IncomingHttpHeaders,
): PublicQuery | null {
  const accept = headers.accept;
  if (accept?.includes('text/html')) return null;
  const contentType = contentTypeFor(accept);
  if (!contentType) return null;
  let query: unknown, operationName: unknown, variables: unknown;
  if (method === 'POST') {
    if (!isRecord(body) || (body.extensions !== undefined && body.extensions !== null)) return null;
    ({ query, operationName, variables } = body);
  } else if (method === 'GET') {
    const type = headers['content-type'];
    if (type !== undefined || url.searchParams.has('extensions')) return null;
    query = once(url.searchParams, 'query');
    operationName = once(url.searchParams, 'operationName');
    const given = once(url.searchParams, 'variables');
    if (given === null) return null;
    if (given !== undefined) {
      try {
        variables = JSON.parse(given);
      } catch {
        return null;
      }
      if (!isRecord(variables)) return null;
    }
  } else return null;
  if (typeof query !== 'string' || query === '') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string')
    return null;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return null;
  return {
    request: {
      query,
      operationName: operationName ?? undefined,
      variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    },
    contentType,
  };
}

/**
 * The HTTP answer for an operation the fast path ran, as Apollo would have sent it: the result
 * serialized the same way, `Cache-Control` from the document's hints (and the response cache told
 * it may keep a public answer), the negotiated content type.
 */
export function publicQueryResponse(
  executed: ExecutedOperation,
  contentType: string,
  context: Context,
): HTTPGraphQLResponse {
  const headers = new HeaderMap();
  if (executed.policy.scope === 'PUBLIC') {
    headers.set('cache-control', `max-age=${executed.policy.maxAge}, public`);
    context.outcome.cacheable = true;
  }
  if (executed.operationName) context.outcome.operation = executed.operationName;
  headers.set('content-type', contentType);
  const { data, extensions } = executed.result;
  return {
    status: undefined,
    headers,
    body: { kind: 'complete', string: JSON.stringify({ data, extensions }) + '\n' },
  };
}
