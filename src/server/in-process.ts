import type { ApolloServer } from '@apollo/server';
import { print, type DocumentNode } from 'graphql';
import * as siteDocuments from '../generated/graphql.js';
import type { CompiledExecution } from '../graphql/compiled-execution.js';
import type { Context } from '../graphql/context.js';
import type { Query } from '../render/render-page.js';
import type { RequestAuth } from './auth.js';
import type { Execute } from './site.js';
import type { ContextFactory } from './use-context.js';

/** Apollo prints a document object on every call; the site's documents are printed once. */
const printedDocuments = new WeakMap<DocumentNode, string>();
function printed(document: DocumentNode): string {
  let text = printedDocuments.get(document);
  if (text === undefined) printedDocuments.set(document, (text = print(document)));
  return text;
}

/**
 * Compiles the project's own queries (schema/operations) before the first request: as the page
 * renderer runs them (no operation name) and as a client generated from them sends them (with
 * it). So the first visitor of every page and query gets them compiled. Returns how many.
 */
export function warmSiteDocuments(compiled: CompiledExecution): number {
  const queries = Object.values(siteDocuments).flatMap((value) => {
    const document = value as DocumentNode;
    if (document?.kind !== 'Document') return [];
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    if (operation?.operation !== 'query') return [];
    const query = printed(document);
    return [{ query }, { query, operationName: operation.name?.value }];
  });
  return compiled.warm(queries);
}

export interface InProcess {
  /** Runs one of the site's operations as a request with this auth would; returns its errors. */
  executeFor(auth: RequestAuth, clientKey: string, reads?: Set<string>): Execute;
  /** The same, throwing on errors: what the page renderer uses. */
  queryFor(auth: RequestAuth, clientKey: string, reads?: Set<string>): Query;
}

/**
 * The site's own documents, run in this process (no HTTP): compiled when `compiled` is given and
 * the answer has no errors, else through Apollo (which gives the errors as it always has).
 */
export function inProcess(
  apollo: ApolloServer<Context>,
  context: ContextFactory,
  compiled: CompiledExecution | null,
): InProcess {
  const executeFor =
    (auth: RequestAuth, clientKey: string, reads?: Set<string>): Execute =>
    async (document, variables) => {
      const query = printed(document);
      const contextValue = context({ auth, clientKey, reads, internal: true });
      const executed = await compiled?.execute({ query, variables }, contextValue);
      if (executed) return executed.result as never;
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as never;
    };
  return {
    executeFor,
    queryFor: (auth, clientKey, reads) => async (document, variables) => {
      const { data, errors } = await executeFor(auth, clientKey, reads)(document, variables);
      if (errors?.length)
        throw new Error(`page query failed: ${errors.map((e) => e.message).join('; ')}`);
      return data as never;
    },
  };
}
