import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  GraphQLError,
  isListType,
  isNonNullType,
  type DocumentNode,
  type GraphQLOutputType,
} from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './page-size.js';
import type { Context } from './context.js';

/**
 * What one GraphQL request may ask for. Each refusal says which limit and the allowed value, as
 * a BAD_USER_INPUT (or GRAPHQL_PARSE_FAILED for tokens) error with HTTP 400, before anything runs.
 */
export interface QueryLimits {
  /** Deepest field nesting (fragments flattened; introspection not counted). */
  maxDepth: number;
  /** Aliases in one document. */
  maxAliases: number;
  /** Directives in one document. */
  maxDirectives: number;
  /** Lexical tokens in one document (checked while parsing). */
  maxTokens: number;
  /** Estimated cost: see `costEstimator`. */
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 4000,
  maxCost: 25_000,
};

/** What a relation list without paging counts as (the longest such lists hold about 20). */
export const LIST_COST_FACTOR = 20;

const isList = (type: GraphQLOutputType): boolean =>
  isNonNullType(type) ? isList(type.ofType) : isListType(type);

/**
 * What fields that walk the whole site cost, known only at run time: `pages` returns, and
 * `pagesAffectedBy` scans, every page of a locale.
 */
export interface WalkSizes {
  /** How many pages a locale has (or at most). */
  pages(): number;
}

/** Fields priced by what they walk, not by their type. */
const WALKING_FIELDS: Record<string, (size: WalkSizes, child: number) => number> = {
  // A list as long as the site: each page with what is selected of it.
  'Query.pages': (size, child) => 1 + size.pages() * Math.max(1, child),
  // A scan of every page's dependencies, for a short list of paths.
  'Query.pagesAffectedBy': (size) => 1 + size.pages(),
};

/**
 * Types that describe the content model: lists of them are as long as the code says (a dozen
 * types, a few dozen fields), never as long as the content, so they count once.
 */
const DESCRIBED_IN_CODE = new Set(['ModelType', 'ModelField', 'ModelLink']);

/**
 * Cost of a field: 1, plus what is selected under it, multiplied by how many items it returns —
 * a connection by its page size (`first`/`last`, else the default page size), any other list by
 * `LIST_COST_FACTOR` (`nodes` by its number of ids; lists of the content model's description
 * once); fields that walk the whole site by its size (`WALKING_FIELDS`). A
 * connection's `edges` list is its page, already counted.
 */
export function costEstimator(sizes: WalkSizes): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    const walking = WALKING_FIELDS[`${type.name}.${field.name}`];
    if (walking) return walking(sizes, childComplexity);
    // `nodes(ids)` returns one item per id (at most 100), like a connection of that page size.
    if (type.name === 'Query' && field.name === 'nodes' && Array.isArray(args.ids))
      return 1 + Math.max(1, args.ids.length) * childComplexity;
    const named = getNamedType(field.type).name;
    // `search` is a connection (SearchConnection) and counts the same way.
    if (named.endsWith('Connection')) {
      const size = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
      return 1 + Math.max(1, Number.isFinite(size) ? size : DEFAULT_PAGE_SIZE) * childComplexity;
    }
    if (field.name === 'edges' && named.endsWith('Edge')) return 1 + childComplexity;
    if (DESCRIBED_IN_CODE.has(named)) return 1 + childComplexity;
    return 1 + (isList(field.type) ? LIST_COST_FACTOR : 1) * childComplexity;
  };
}

/** The cost of an operation, as `maxCost` counts it. */
export function operationCost(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  document: DocumentNode,
  sizes: WalkSizes,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [costEstimator(sizes), simpleEstimator({ defaultComplexity: 1 })],
  });
}

const refuse = (message: string, details: Record<string, unknown>) =>
  new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...details, http: { status: 400 } },
  });

/**
 * The cost limit: an operation's cost, worked out once per document, operation, variables and
 * site size, and the refusal when it is over `maxCost`. Shared by the Apollo plugin and the
 * compiled public path, so both price a document the same way.
 */
export class CostLimit {
  private readonly known = new WeakMap<DocumentNode, Map<string, number>>();

  constructor(
    private readonly maxCost: number,
    private readonly sizes: WalkSizes,
  ) {}

  /**
   * The refusal for this operation, or null when it is within the limit. Throws the refusal
   * execution would give when the variables do not fit their types.
   */
  refusal(
    schema: Parameters<typeof getComplexity>[0]['schema'],
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
  ): GraphQLError | null {
    const key = `${operationName ?? ''}\n${this.sizes.pages()}\n${JSON.stringify(variables ?? {})}`;
    let costs = this.known.get(document);
    if (!costs) this.known.set(document, (costs = new Map()));
    let cost = costs.get(key);
    if (cost === undefined) {
      try {
        cost = operationCost(schema, document, this.sizes, variables, operationName);
      } catch (error) {
        // The variables do not fit their types: the same refusal execution would give.
        if (error instanceof GraphQLError) throw refuse(error.message, {});
        throw error;
      }
      if (costs.size < 100) costs.set(key, cost);
    }
    if (cost <= this.maxCost) return null;
    return refuse(
      `Query cost limit of ${this.maxCost} exceeded, found ${cost}: ask for fewer items (first/last) or fewer nested lists`,
      { limit: 'cost', allowed: this.maxCost, found: cost },
    );
  }
}

/**
 * Refuses an operation whose cost is over the limit, before it runs. The site's own documents
 * (its pages, run in-process) are not limited: they are fixed, and a large site's sitemap must
 * not be refused.
 */
function useCostLimit(limit: CostLimit): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          if (contextValue.internal) return;
          const refused = limit.refusal(
            schema,
            document,
            operationName ?? undefined,
            request.variables,
          );
          if (refused) throw refused;
        },
      };
    },
  };
}

/** `\u0000` or `\u{0}` in a GraphQL string. */
export const NUL_ESCAPE = /\\u(?:0000|\{0+\})/;

/** Whether a JSON value holds a string with the NUL character, without recursion. */
export function holdsNul(value: unknown): boolean {
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (item && typeof item === 'object') stack.push(...Object.values(item));
  }
  return false;
}

/**
 * Refuses text with the NUL character (the fuzzer found SQLite's driver chokes on it): it has
 * no place in content, slugs or search terms. GraphQL can only spell it `\u0000` or `\u{0}` in a string.
 */
function useNoNulCharacters(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, request }) {
          if (NUL_ESCAPE.test(source) || holdsNul(request.variables))
            throw refuse('Text may not contain the NUL character (\\u0000)', {});
        },
      };
    },
  };
}

/** Hides "Did you mean …?" from readers without a token or a session: the schema is not a guessing game. */
function useNoSuggestionsForThePublic(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          if (contextValue.actor.kind !== 'public') return;
          for (const error of errors)
            error.message = error.message.replace(/ ?Did you mean .+\?$/, '');
        },
      };
    },
  };
}

/**
 * The Apollo options that enforce the limits: graphql-armor's depth, alias and directive rules,
 * graphql-js's token limit while parsing, our cost plugin, no batched requests, and no field
 * suggestions for the public.
 */
export function queryProtection(limits: QueryLimits, sizes: WalkSizes) {
  const cost = new CostLimit(limits.maxCost, sizes);
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Counted by graphql-js's own parser (`parseOptions` below), once per new document.
    maxTokens: { enabled: false },
    // Our estimator counts lists by their page size.
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: armor.validationRules,
    // (armor's plugins are typed against Apollo's CommonJS build; the same objects.)
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      useNoNulCharacters(),
      useCostLimit(cost),
      useNoSuggestionsForThePublic(),
    ],
    parseOptions: { maxTokens: limits.maxTokens },
    allowBatchedHttpRequests: false,
    cost,
  };
}
