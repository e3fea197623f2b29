import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../context.js';

export interface CachePolicy {
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

interface Hint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined): Hint {
  const directive = directives?.find((d) => d.name.value === 'cacheControl');
  const hint: Hint = {};
  for (const arg of directive?.arguments ?? []) {
    if (arg.name.value === 'maxAge' && arg.value.kind === Kind.INT)
      hint.maxAge = Number(arg.value.value);
    if (arg.name.value === 'scope' && arg.value.kind === Kind.ENUM)
      hint.scope = arg.value.value === 'PRIVATE' ? 'PRIVATE' : 'PUBLIC';
  }
  return hint;
}

/**
 * The cache policy of an operation from the schema's `@cacheControl` hints, as Apollo's
 * cache-control plugin computes it: a root field, or a field returning an object, has the
 * default max age unless hinted; a scalar field inherits its parent's; the smallest max age wins
 * and one PRIVATE hint makes the whole answer private.
 */
export function cachePolicyOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  defaultMaxAge: number,
): CachePolicy {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const policy: CachePolicy = { maxAge: Infinity, scope: 'PUBLIC' };
  const apply = (hint: Hint, fallback: number | undefined) => {
    const maxAge = hint.maxAge ?? fallback;
    if (maxAge !== undefined) policy.maxAge = Math.min(policy.maxAge, maxAge);
    if (hint.scope === 'PRIVATE') policy.scope = 'PRIVATE';
  };
  const walk = (
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    root: boolean,
    seen: Set<string>,
  ) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        const type = getNamedType(field.type);
        const fieldHint = hintOf(field.astNode?.directives);
        const typeHint = isCompositeType(type) ? hintOf(type.astNode?.directives) : {};
        const composite = isCompositeType(type);
        apply(
          { maxAge: fieldHint.maxAge ?? typeHint.maxAge, scope: fieldHint.scope ?? typeHint.scope },
          root || composite ? defaultMaxAge : undefined,
        );
        if (selection.selectionSet) walk(selection.selectionSet, type, false, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        walk(selection.selectionSet, type, root, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        walk(
          fragment.selectionSet,
          schema.getType(fragment.typeCondition.name.value),
          root,
          new Set(seen).add(name),
        );
      }
    }
  };
  const rootType = schema.getRootType(operation.operation);
  walk(operation.selectionSet, rootType ?? undefined, true, new Set());
  if (policy.maxAge === Infinity) policy.maxAge = defaultMaxAge;
  return policy;
}

/**
 * Sets `Cache-Control` on a query's answer from the schema's hints, and tells the server's
 * response cache whether it may keep it (a public query answered without errors; never a
 * mutation). Worked out once per parsed document (Apollo keeps parsed documents), instead of
 * per field as Apollo's own plugin does: that hooked every field resolver.
 */
export function useCachePolicy(defaultMaxAge: number): ApolloServerPlugin<Context> {
  const known = new WeakMap<DocumentNode, Map<string, CachePolicy>>();
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue, operation, document, schema }) {
          if (response.body.kind !== 'single' || !operation || !document) return;
          if (operation.operation !== 'query' || response.body.singleResult.errors?.length) return;
          let byName = known.get(document);
          if (!byName) known.set(document, (byName = new Map()));
          const name = operation.name?.value ?? '';
          let policy = byName.get(name);
          if (!policy) {
            policy = cachePolicyOf(schema, document, operation, defaultMaxAge);
            byName.set(name, policy);
          }
          if (policy.scope !== 'PUBLIC') return;
          response.http.headers.set('cache-control', `max-age=${policy.maxAge}, public`);
          contextValue.outcome.cacheable = true;
        },
      };
    },
  };
}
