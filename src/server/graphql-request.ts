import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

const SIMPLE_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * Whether Apollo's CSRF prevention lets this request through: a content type a plain HTML form
 * cannot send, or a header that forces a CORS preflight. A cached answer must not reach a
 * request Apollo would have refused.
 */
export function withinCsrfRules(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type) {
    const essence = type.split(';')[0]!.trim().toLowerCase();
    if (!SIMPLE_TYPES.has(essence)) return true;
  }
  return PREFLIGHT_HEADERS.some((name) => {
    const value = req.headers[name];
    return typeof value === 'string' && value !== '';
  });
}

/** No variable needs deeper JSON; far deeper values overflow the stack of whatever walks them. */
export const MAX_JSON_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max`, without recursion. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The response cache's key for a GraphQL request: the query (or its persisted hash), the
 * operation name and the variables, the same for GET and POST. Null when it should not be cached
 * (a batch, or a query whose given hash is not its own).
 */
export function graphqlCacheKey(
  method: string,
  url: URL,
  body: unknown,
  accept: string | undefined,
): string | null {
  let query: unknown, operationName: unknown, variables: unknown, extensions: unknown;
  if (method === 'GET') {
    const params = url.searchParams;
    query = params.get('query') ?? undefined;
    operationName = params.get('operationName') ?? undefined;
    try {
      variables = JSON.parse(params.get('variables') ?? 'null');
      extensions = JSON.parse(params.get('extensions') ?? 'null');
    } catch {
      return null;
    }
  } else if (method === 'POST' && body && typeof body === 'object' && !Array.isArray(body)) {
    ({ query, operationName, variables, extensions } = body as Record<string, unknown>);
  } else return null;
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery
    ?.sha256Hash;
  if (hash !== undefined && typeof hash !== 'string') return null;
  if (typeof query === 'string') {
    if (hash !== undefined && sha256Hex(query) !== hash) return null;
  } else if (query !== undefined || hash === undefined) return null;
  // The Accept header chooses the response's content type: part of the key.
  return `gql:${JSON.stringify([hash ?? sha256Hex(query as string), operationName ?? null, variables ?? null, accept ?? ''])}`;
}
