import { print, type DocumentNode } from 'graphql';
import {
  RoleListDocument,
  RolePageDocument,
  SearchDocument,
  SpecialismComparisonDocument,
} from '../generated/graphql.js';

export type BenchQueryName = 'rolePage' | 'roleList' | 'comparison' | 'htmlPage' | 'search';

export interface BenchQuery {
  name: BenchQueryName;
  /** A GraphQL operation (as sent over HTTP), or a page path. */
  graphql?: { query: string; operationName: string; variables: Record<string, unknown> };
  path?: string;
}

/**
 * The requests the benchmark drives (and the statement-count tests run): the role page (one
 * role with its skills, technologies, hubs, FAQs and more), the list of roles with their skill
 * names, a specialism's comparison table, one rendered HTML page, and a search with a typo and
 * a number ("technolgy 12": every synthetic specialism has a Technology 12, so the matches grow
 * with the scale). `prefix` names the synthetic specialism they read (see `syntheticContent`).
 */
export function benchQueries(prefix = 's1'): BenchQuery[] {
  const op = (document: DocumentNode, variables: Record<string, unknown>) => {
    const definition = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return { query: print(document), operationName: definition?.name?.value ?? '', variables };
  };
  return [
    { name: 'rolePage', graphql: op(RolePageDocument, { slug: `${prefix}-role-0000` }) },
    { name: 'roleList', graphql: op(RoleListDocument, { first: 100 }) },
    {
      name: 'comparison',
      graphql: op(SpecialismComparisonDocument, { slug: `${prefix}-specialism-0000` }),
    },
    { name: 'htmlPage', path: `/roles/${prefix}-role-0000/` },
    { name: 'search', graphql: op(SearchDocument, { query: 'technolgy 12', first: 20 }) },
  ];
}
