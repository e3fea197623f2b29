import { Kind, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import * as siteDocuments from '../src/generated/graphql.js';
import { bothWays, type BothWays } from './both-ways.js';
import { data, seededOrm } from './helpers.js';

// The compiled fast path must answer exactly as Apollo and graphql-js do: every query of
// schema/operations with real and wrong variables, the contract's queries, requests the fast
// path must leave to Apollo, and every page of the site (the page renderer runs the same
// documents in-process) — compared byte for byte, status and headers included.

let orm: Orm;
let both: BothWays;

beforeAll(async () => {
  orm = await seededOrm();
  both = await bothWays(orm);
});

afterAll(async () => {
  await both.close();
  await orm.close();
});

const queries = Object.values(siteDocuments).flatMap((value) => {
  const document = value as DocumentNode;
  if (document?.kind !== Kind.DOCUMENT) return [];
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return operation?.operation === 'query' ? [{ document, operation }] : [];
});

/** What each operation's `slug` names, by the operation's name. */
const SLUG_TYPE: [RegExp, string][] = [
  [/^Role|RolePage/, 'roles'],
  [/^(Specialism|Faq|Comparison)|SpecialismComparison/, 'specialisms'],
  [/^Technology/, 'technologies'],
  [/^Skill/, 'skills'],
  [/^Industry/, 'industries'],
  [/^Hub/, 'hubs'],
  [/^Employer/, 'employers'],
  [/^Job/, 'vacancies'],
];

describe('compiled execution answers as graphql-js does', () => {
  let slugs: Record<string, string[]>;
  let paths: string[];

  beforeAll(async () => {
    const types = SLUG_TYPE.map(([, type]) => type);
    const found = await data<Record<string, { edges: { node: { slug: string } }[] }>, never>(
      both.compiledApp,
      `{ ${types.map((t) => `${t}(first: 3) { edges { node { slug } } }`).join(' ')} }`,
    );
    slugs = Object.fromEntries(
      types.map((t) => [t, found[t]!.edges.map((e) => e.node.slug).concat('no-such-slug')]),
    );
    const pages = await data<{ pages: { path: string }[] }, never>(
      both.compiledApp,
      '{ pages { path } }',
    );
    paths = pages.pages.map((p) => p.path);
  });

  /** Values to try for a variable: the first of each is the ordinary one. */
  function candidates(name: string, operation: string): unknown[] {
    const type = SLUG_TYPE.find(([pattern]) => pattern.test(operation))?.[1] ?? 'roles';
    switch (name) {
      case 'slug':
        return slugs[type]!;
      case 'slugs':
        return [slugs.roles!.slice(0, 2), [], ['no-such-slug', slugs.roles![0]]];
      case 'hub':
        return [slugs.hubs![0], 'nowhere'];
      case 'path':
        return [paths.find((p) => p !== '/') ?? '/', '/no/such/page/'];
      case 'locale':
        return [undefined, 'de-DE', 'xx-XX'];
      case 'first':
        return [3, 1000, -1];
      case 'after':
        return [undefined, 'not-a-cursor'];
      case 'query':
        return ['kubernetes', 'kubernets', ''];
      case 'localized':
        return [false, true];
      case 'specialism':
        return [undefined, slugs.specialisms![0]];
      case 'role':
        return [undefined, slugs.roles![0]];
      default:
        return [undefined, 'something'];
    }
  }

  it('answers every query in schema/operations the same, with good and wrong variables', async () => {
    let compared = 0;
    for (const { document, operation } of queries) {
      const name = operation.name?.value ?? '';
      const names = (operation.variableDefinitions ?? []).map((v) => v.variable.name.value);
      const base = Object.fromEntries(names.map((n) => [n, candidates(n, name)[0]]));
      // The ordinary variables, then each variable changed alone to each of its other values,
      // then one that is the wrong type altogether.
      const sets = [base];
      for (const n of names)
        for (const value of candidates(n, name).slice(1)) sets.push({ ...base, [n]: value });
      if (names.length) sets.push({ ...base, [names[0]!]: { wrong: true } });
      const query = print(document);
      for (const variables of sets) {
        await both.compare({ body: { query, operationName: name, variables } });
        compared++;
      }
      // As a GET, as CDNs prefer (with the header that passes CSRF prevention).
      const search = new URLSearchParams({ query, variables: JSON.stringify(base) });
      await both.compare({
        method: 'GET',
        path: `/graphql?${search}`,
        headers: { 'apollo-require-preflight': 'true' },
      });
    }
    expect(queries.length).toBeGreaterThan(20);
    expect(compared).toBeGreaterThan(100);
    const stats = both.compiledApp.compiled!.stats;
    // The fast path really ran them, compiled (not everything left to Apollo).
    expect(stats.answeredCompiled).toBeGreaterThan(queries.length);
    expect(stats.compiled).toBeGreaterThan(queries.length / 2);
  }, 120_000);

  it("answers the contract's queries the same", async () => {
    const contract = [
      `{ specialism(slug: "ml-infrastructure") { slug name headline
        roleComparison { rows { role { slug name } primaryFocus keyDifference } } faqs { question answer } } }`,
      `{ role(slug: "ml-infrastructure-engineer") { slug name
        skills { slug } technologies { slug } industries { slug } hubs { slug } relatedRoles { slug } specialisms { slug } faqs { question } } }`,
      '{ technology(slug: "kubernetes") { slug roles { slug } } }',
      '{ role(slug: "no-such-role") { slug } }',
      '{ roles(first: 1000) { totalCount } }',
      '{ roles(first: -1) { totalCount } }',
      '{ compareRoles(slugs: []) { rows { role { slug } } } }',
      '{ compareRoles(slugs: ["mlops-engineer", "platform-engineer"]) { rows { role { slug } primaryFocus } } }',
    ];
    for (const query of contract) await both.compare({ body: { query } });
    // Walking the roles connection two at a time, every page the same.
    const walk =
      'query($a: String) { roles(first: 2, after: $a) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage endCursor } } }';
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const answer = await both.compare({ body: { query: walk, variables: { a: after } } });
      const roles = (JSON.parse(answer.body) as { data: { roles: RolesPage } }).data.roles;
      if (!roles.pageInfo.hasNextPage) break;
      after = roles.pageInfo.endCursor;
    }
    expect(after).not.toBeNull();
  }, 60_000);

  it('answers what the fast path leaves to Apollo the same', async () => {
    const role = '{ role(slug: "mlops-engineer") { slug name } }';
    const requests = [
      // Content negotiation.
      { body: { query: role }, headers: { accept: 'application/graphql-response+json' } },
      { body: { query: role }, headers: { accept: 'application/json;q=0.5, */*;q=0.1' } },
      { body: { query: role }, headers: { accept: 'text/html' } },
      { body: { query: role }, headers: { accept: 'image/png' } },
      // Malformed or unusual bodies.
      { body: '{"query": ' },
      { body: [{ query: role }] },
      { body: { query: role, variables: '{}' } },
      { body: { query: role, operationName: 7 } },
      { body: { query: role, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } } },
      { body: { query: '' } },
      { body: {} },
      // Documents that fail a check, or run with errors.
      { body: { query: '{ role(slug: "mlops-engineer") { nope } }' } },
      { body: { query: '{ rol(slug: "x") { slug } }' } },
      { body: { query: 'query A { roles { totalCount } } query B { hubs { totalCount } }' } },
      {
        body: {
          query: 'query A { roles { totalCount } } query B { hubs { totalCount } }',
          operationName: 'B',
        },
      },
      { body: { query: role, operationName: 'Missing' } },
      { body: { query: '{ __schema { queryType { name } } }' } },
      { body: { query: '{ role(slug: "a\\u0000b") { slug } }' } },
      { body: { query: 'query($s: String!) { role(slug: $s) { slug } }', variables: {} } },
      { body: { query: 'query($s: String!) { role(slug: $s) { slug } }', variables: { s: 5 } } },
      {
        body: {
          query: 'query($s: String!) { role(slug: $s) { slug } }',
          variables: { s: 'a\u0000' },
        },
      },
      { body: { query: '{ x: roles { totalCount } y: hubs { totalCount } }' } },
      {
        body: {
          query: `{ roles(first: 100) { edges { node { skills { roles { skills { slug } } } } } } }`,
        },
      },
      {
        body: {
          query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: roles { totalCount }`).join(' ')} }`,
        },
      },
      { body: { query: 'mutation { publish(type: ROLE, slug: "mlops-engineer") { slug } }' } },
      { body: { query: '{ editorNodes(type: ROLE) { totalCount } }' } },
      { body: { query: '{ role(slug: "mlops-engineer") { slug @include(if: false) name } }' } },
      {
        body: {
          query: 'query($i: Boolean!) { role(slug: "mlops-engineer") { slug @skip(if: $i) } }',
          variables: { i: true },
        },
      },
    ];
    for (const request of requests) await both.compare(request);
  }, 60_000);

  it('renders every page of the site the same (its queries run in-process)', async () => {
    const before = both.compiledApp.compiled!.stats.answeredCompiled;
    // Every page of the default locale, and each locale's home page.
    for (const path of paths) await both.compare({ method: 'GET', path });
    expect(paths.length).toBeGreaterThan(50);
    expect(both.compiledApp.compiled!.stats.answeredCompiled - before).toBeGreaterThan(
      paths.length,
    );
  }, 300_000);
});

interface RolesPage {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
