import {
  execute,
  getOperationAST,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import type { Context } from './context.js';
import { holdsNul, NUL_ESCAPE, type CostLimit } from './limits.js';
import { cachePolicyOf, type CachePolicy } from './plugins/use-cache-policy.js';

/** One GraphQL request's operation, as the client sent it. */
export interface OperationRequest {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** A document parsed, validated and priced once, and compiled once it is used again. */
interface Prepared {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The operation's name as Apollo reports it (the document's, or none). */
  operationName: string | undefined;
  policy: CachePolicy;
  uses: number;
  /** The compiled function; null when graphql-jit cannot compile it (graphql-js runs it). */
  compiled?: CompiledQuery | null;
}

/** What a request the fast path does not take is marked with, so it is not parsed again. */
const LEAVE_TO_APOLLO = 'apollo' as const;

export interface CompiledExecutionOptions {
  schema: GraphQLSchema;
  /** The same rules, parse options and cost limit Apollo applies. */
  validationRules: ValidationRule[];
  parseOptions: ParseOptions;
  cost: CostLimit;
  introspection: boolean;
  /** Seconds the public may keep content (the cache hints' default). */
  cacheMaxAge: number;
}

/** What the fast path has done since start (tests and the bench read it). */
export interface CompiledExecutionStats {
  /** Operations it answered, and of those, by a compiled function. */
  answered: number;
  answeredCompiled: number;
  /** Operations it left to Apollo. */
  leftToApollo: number;
  /** Documents compiled, and documents graphql-jit could not compile. */
  compiled: number;
  notCompilable: number;
}

export interface ExecutedOperation {
  result: ExecutionResult;
  operationName: string | undefined;
  policy: CachePolicy;
}

/**
 * Runs queries that pass every check without Apollo's per-request pipeline: a document is
 * parsed, validated (with the same rules), and its cache policy read once, then kept by its
 * text; on its second use it is compiled by graphql-jit into one function (graphql-js runs what
 * cannot be compiled). The answer is returned only when it has no errors: anything else — a
 * mutation, a document that fails a check, a cost over the limit, a result with errors — is
 * left to Apollo (`null`), which then answers exactly as it always has, errors included.
 * Kept per schema: a new schema starts a new cache.
 */
export class CompiledExecution {
  private readonly documents = new LRUCache<string, Prepared | typeof LEAVE_TO_APOLLO>({
    max: 1000,
    // Long documents count by their length, so a flood of large ones cannot fill memory.
    maxSize: 16 * 1024 * 1024,
    sizeCalculation: (_value, key) => Math.max(1, key.length),
  });
  private readonly rules: readonly ValidationRule[];
  readonly stats: CompiledExecutionStats = {
    answered: 0,
    answeredCompiled: 0,
    leftToApollo: 0,
    compiled: 0,
    notCompilable: 0,
  };

  constructor(private readonly options: CompiledExecutionOptions) {
    this.rules = [
      ...specifiedRules,
      ...options.validationRules,
      ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
    ];
  }

  /** The document, prepared, or null when Apollo should take it. */
  private prepare(query: string, operationName: string | undefined): Prepared | null {
    const key = `${operationName ?? ''}\n${query}`;
    const known = this.documents.get(key);
    if (known !== undefined) return known === LEAVE_TO_APOLLO ? null : known;
    const prepared = this.tryPrepare(query, operationName);
    this.documents.set(key, prepared ?? LEAVE_TO_APOLLO);
    return prepared;
  }

  private tryPrepare(query: string, operationName: string | undefined): Prepared | null {
    if (NUL_ESCAPE.test(query)) return null;
    let document: DocumentNode;
    try {
      document = parse(query, this.options.parseOptions);
    } catch {
      return null;
    }
    if (validate(this.options.schema, document, this.rules).length) return null;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== 'query') return null;
    return {
      document,
      operation,
      operationName: operation.name?.value || undefined,
      policy: cachePolicyOf(this.options.schema, document, operation, this.options.cacheMaxAge),
      uses: 0,
    };
  }

  /** The compiled function, once the document is used a second time (one-off documents are not). */
  private compiledFor(prepared: Prepared, operationName: string | undefined) {
    if (prepared.compiled !== undefined) return prepared.compiled;
    if (++prepared.uses < 2) return null;
    let compiled: CompiledQuery | null = null;
    try {
      const made = compileQuery(this.options.schema, prepared.document, operationName);
      if (isCompiledQuery(made)) compiled = made;
    } catch {
      // graphql-js runs it.
    }
    prepared.compiled = compiled;
    if (compiled) this.stats.compiled++;
    else this.stats.notCompilable++;
    return compiled;
  }

  /** Compiles the site's own documents at start, so their first readers get them compiled. */
  warm(queries: readonly OperationRequest[]): number {
    let compiled = 0;
    for (const { query, operationName } of queries) {
      const prepared = this.prepare(query, operationName);
      if (!prepared) continue;
      prepared.uses = 1;
      if (this.compiledFor(prepared, operationName)) compiled++;
    }
    return compiled;
  }

  /**
   * Runs the operation for `context` (a shallow copy, as Apollo gives each operation), or
   * returns null when Apollo should answer it.
   */
  async execute(request: OperationRequest, context: Context): Promise<ExecutedOperation | null> {
    const executed = await this.tryExecute(request, context);
    if (executed) this.stats.answered++;
    else this.stats.leftToApollo++;
    return executed;
  }

  private async tryExecute(
    request: OperationRequest,
    context: Context,
  ): Promise<ExecutedOperation | null> {
    const { query, operationName, variables } = request;
    const prepared = this.prepare(query, operationName);
    if (!prepared) return null;
    if (!context.internal) {
      if (variables && holdsNul(variables)) return null;
      try {
        const { schema, cost } = this.options;
        if (cost.refusal(schema, prepared.document, prepared.operationName, variables)) return null;
      } catch {
        return null;
      }
    }
    const contextValue = Object.assign(Object.create(Object.getPrototypeOf(context)), context);
    const compiled = this.compiledFor(prepared, operationName);
    const result = compiled
      ? await compiled.query(undefined, contextValue, variables ?? {})
      : await execute({
          schema: this.options.schema,
          document: prepared.document,
          operationName,
          variableValues: variables,
          contextValue,
        });
    if (result.errors?.length) return null;
    if (compiled) this.stats.answeredCompiled++;
    return { result, operationName: prepared.operationName, policy: prepared.policy };
  }
}
