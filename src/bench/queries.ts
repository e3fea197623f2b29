import { print, type DocumentNode } from 'graphql';
import {
  RoleListDocument,
  RolePageDocument,
  SpecialismComparisonDocument,
} from '../generated/graphql.js';

export type BenchQueryName = 'rolePage' | 'roleList' | 'comparison' | 'htmlPage';

export interface BenchQuery {
  name: BenchQueryName;
  /** A GraphQL operation (as sent over HTTP), or a page path. */
  graphql?: { query: string; operationName: string; variables: Record<string, unknown> };
  path?: string;
}

/**
 * The four requests the benchmark drives (and the statement-count tests run): the role page
 * (one role with its skills, technologies, hubs, FAQs and more), the list of roles with their
 * skill names, a specialism's comparison table, and one rendered HTML page. `prefix` names the
 * synthetic specialism they read (see `syntheticContent`).
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
  ];
}
