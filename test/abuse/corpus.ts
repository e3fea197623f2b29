/**
 * Hostile and broken requests, each with the status and error code the server must answer with.
 * The server must refuse each before doing the work it asks for, and answer a normal query after.
 */
export interface AbuseCase {
  name: string;
  method: 'GET' | 'POST';
  /** Path and query string. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  status: number;
  /** The first error's `extensions.code`; omitted when the answer is not JSON. */
  code?: string;
  /** Text the first error's message must contain (which limit, and its value). */
  says?: RegExp;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const post = (body: unknown): Pick<AbuseCase, 'method' | 'path' | 'headers' | 'body'> => ({
  method: 'POST',
  path: '/graphql',
  headers: JSON_TYPE,
  body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
});
const query = (text: string, extra: Record<string, unknown> = {}) =>
  post({ query: text, ...extra });

const nest = (depth: number) =>
  `{ role(slug: "mlops-engineer") ${'{ relatedRoles '.repeat(depth)}{ slug }${' }'.repeat(depth)} }`;
const aliases = (n: number, field = '__typename') =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

export const corpus: AbuseCase[] = [
  {
    name: 'depth 50',
    ...query(nest(50)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /depth limit of 12/,
  },
  {
    name: 'depth 13 (one over)',
    ...query(nest(11)),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /depth limit of 12/,
  },
  {
    name: '10,000 aliases',
    ...query(aliases(10_000)),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    says: /4000 tokens/,
  },
  {
    name: '40 aliases',
    ...query(aliases(40, 'skill(slug: "python") { slug }')),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /Aliases limit of 30/,
  },
  {
    name: 'fragment cycle',
    ...query(
      '{ role(slug: "mlops-engineer") { ...A } } fragment A on Role { relatedRoles { ...B } } fragment B on Role { relatedRoles { ...A } }',
    ),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /Cannot spread fragment/,
  },
  {
    name: 'fragment spread into itself',
    ...query('{ role(slug: "x") { ...A } } fragment A on Role { slug ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: '10 MB query',
    ...query(`{ ${'__typename '.repeat(1_000_000)}}`),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    says: /over 1048576 bytes/,
  },
  {
    name: 'batch of 1,000 operations',
    ...post(Array.from({ length: 1000 }, () => ({ query: '{ __typename }' }))),
    status: 400,
    code: 'BAD_REQUEST',
    says: /batching/i,
  },
  { name: 'invalid JSON', ...post('{"query": "{ __typename }"'), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'invalid UTF-8',
    ...post(
      Buffer.concat([
        Buffer.from('{"query": "{ role(slug: \\"'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('\\") { slug } }"}'),
      ]),
    ),
    status: 400,
    code: 'BAD_REQUEST',
    says: /not valid UTF-8/,
  },
  {
    name: 'variable of the wrong type',
    ...query('query($first: Int) { roles(first: $first) { totalCount } }', {
      variables: { first: 'many' },
    }),
    status: 400,
    code: 'BAD_USER_INPUT',
    says: /Int cannot represent/,
  },
  {
    name: '1 MB string argument',
    ...query(`{ role(slug: "${'x'.repeat(1_000_000)}") { slug } }`),
    status: 200,
    code: 'BAD_USER_INPUT',
    says: /at most 200 characters/,
  },
  {
    name: '__typename flood (20,000)',
    ...query(`{ ${'__typename '.repeat(20_000)}}`),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    says: /4000 tokens/,
  },
  {
    name: 'huge first',
    ...query('{ roles(first: 1000000) { edges { node { slug } } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    says: /cost limit of 25000/,
  },
  {
    name: 'first over the page size (cost allows it)',
    ...query('{ technologies(first: 101) { totalCount } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    says: /between 0 and 100/,
  },
  {
    name: 'nested lists multiply past the cost limit',
    ...query('{ roles(first: 100) { edges { node { skills { roles { skills { name } } } } } } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    says: /cost limit of 25000/,
  },
  {
    name: '30 directives',
    ...query(`{ __typename ${'@skip(if: false) '.repeat(30)}}`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /Directives limit of 20/,
  },
  {
    name: 'unknown field (no suggestion for the public)',
    ...query('{ rolez(first: 1) { totalCount } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /^Cannot query field "rolez" on type "Query"\.$/,
  },
  { name: 'empty body', ...post(''), status: 400, code: 'BAD_REQUEST' },
  { name: 'query not a string', ...post({ query: 123 }), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'variables not an object',
    ...post({ query: '{ __typename }', variables: 'x' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'text/plain POST (CSRF)',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: '{ __typename }' }),
    status: 400,
    code: 'BAD_REQUEST',
    says: /Cross-Site Request Forgery/,
  },
  {
    name: 'GET without the preflight header (CSRF)',
    method: 'GET',
    path: '/graphql?query=%7B__typename%7D',
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'mutation over GET',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { publish(type: ROLE, slug: "x") { slug } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
    status: 405,
    code: 'BAD_REQUEST',
  },
  {
    name: 'unknown operation name',
    ...query('query A { __typename }', { operationName: 'B' }),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'two operations, no name',
    ...query('query A { __typename } query B { __typename }'),
    status: 400,
    code: 'OPERATION_RESOLUTION_FAILURE',
  },
  {
    name: 'forged bearer token',
    ...query('{ __typename }'),
    headers: {
      ...JSON_TYPE,
      authorization: 'Bearer rg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    },
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'malformed Authorization header',
    ...query('{ __typename }'),
    headers: { ...JSON_TYPE, authorization: 'Basic dXNlcjpwYXNz' },
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'preview without a token',
    ...query('{ __typename }'),
    headers: { ...JSON_TYPE, 'x-preview': 'true' },
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'mutation without a token',
    ...query('mutation { publish(type: ROLE, slug: "mlops-engineer") { slug } }'),
    status: 200,
    code: 'UNAUTHENTICATED',
  },
  {
    name: 'null byte in the query',
    ...query('{ __typename \u0000 }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'NUL character in a string',
    ...query('{ revisions(slug: "a\\u0000", type: ROLE) { id } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
    says: /NUL character/,
  },
  {
    name: 'persisted query hash that is not the query\u2019s',
    ...post({
      query: '{ __typename }',
      extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } },
    }),
    status: 400,
    code: 'BAD_REQUEST',
    says: /provided sha does not match query/,
  },
  {
    name: '10,000-deep JSON variables',
    ...post(
      `{"query":"query($s: String!) { role(slug: $s) { slug } }","variables":{"s":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
    ),
    status: 400,
    code: 'BAD_REQUEST',
    says: /nested deeper than 64 levels/,
  },
  {
    name: 'nested introspection lists',
    ...query(
      '{ __schema { types { fields { args { type { fields { type { fields { name } } } } } } } } }',
    ),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    says: /Maximum introspection depth/,
  },
  {
    name: 'malformed preview cookie on a page',
    method: 'GET',
    path: '/ml-infrastructure/',
    headers: { cookie: 'rolegraph_preview=%E0%A4%A' },
    status: 401,
  },
];
