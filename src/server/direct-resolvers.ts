import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * type-graphql calls every `@FieldResolver` method through a generic wrapper that, per call,
 * sorts its parameters, maps them, converts the root and turns every `@Arg` into a promise (its
 * validation step is async even when validation is off). Resolvers run once per item of every
 * list, so that is most of a public read's resolver time. This binds each field resolver whose
 * parameters are only `@Root()`, `@Ctx()`, `@Info()`, and `@Arg()`s and `@Args()` classes of scalar
 * or enum types — no
 * middlewares, no auth roles — to a direct call that passes the same values, once at start.
 * Anything else keeps type-graphql's wrapper, and so does any call whose root is not an
 * instance of the declared class (type-graphql would convert it): the same answers, fewer steps.
 *
 * It reads type-graphql's metadata, which the library keeps on `globalThis` (it has no public
 * accessor); an unexpected shape leaves every resolver as it is.
 */

type Thunk = () => unknown;

interface Param {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: Thunk;
  validateFn?: unknown;
  validateSettings?: unknown;
}

interface FieldResolverMeta {
  kind: string;
  target: new () => Record<string, (...args: unknown[]) => unknown>;
  methodName: string;
  schemaName: string;
  params?: Param[];
  middlewares?: unknown[];
  roles?: unknown[];
  getObjectType?: Thunk;
}

interface ArgsTypeMeta {
  target: unknown;
  fields: { name: string; getType: Thunk }[];
}

interface Storage {
  fieldResolvers?: FieldResolverMeta[];
  objectTypes?: { target: unknown; name: string }[];
  inputTypes?: { target: unknown }[];
  argumentTypes?: ArgsTypeMeta[];
}

/** Lists are copied, as type-graphql's conversion copies them (values pass unchanged). */
const copyLists = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(copyLists) : value;

type Getter = (
  root: unknown,
  args: Record<string, unknown>,
  ctx: unknown,
  info: unknown,
) => unknown;

/**
 * `@Args()` of an args class whose fields are all scalars or enums: an instance of the class
 * with the given fields set, as type-graphql makes it (fields of its superclasses included; a
 * field the class leaves undefined and the request does not give is removed). Null otherwise.
 */
function argsGetter(type: unknown, storage: Storage, inputs: Set<unknown>): Getter | null {
  if (typeof type !== 'function') return null;
  const names: string[] = [];
  for (let cls = type; cls && cls.prototype !== undefined; cls = Object.getPrototypeOf(cls)) {
    const meta = storage.argumentTypes?.find((a) => a.target === cls);
    if (!meta) continue;
    for (const field of meta.fields) {
      if (inputs.has(field.getType())) return null;
      names.push(field.name);
    }
  }
  const Args = type as new () => Record<string, unknown>;
  return (_r, args) => {
    const given: Record<string, unknown> = {};
    for (const name of names) if (args[name] !== undefined) given[name] = copyLists(args[name]);
    const instance = new Args();
    for (const key of Object.keys(instance))
      if (instance[key] === undefined && !(key in given)) delete instance[key];
    return Object.assign(instance, given);
  };
}

/** How to get one parameter's value directly, or null when only type-graphql knows. */
function getterFor(param: Param, storage: Storage, inputs: Set<unknown>): Getter | null {
  switch (param.kind) {
    case 'context':
      return param.propertyName
        ? (_r, _a, ctx) => (ctx as Record<string, unknown>)[param.propertyName!]
        : (_r, _a, ctx) => ctx;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'root':
      // The root itself; whether it needs converting is checked per call.
      return param.propertyName ? null : (root) => root;
    case 'arg': {
      if (param.validateFn || param.validateSettings) return null;
      // An input type (a class) is converted to an instance by type-graphql; scalars and enums
      // (and lists of them) pass through unchanged.
      const type = param.getType?.();
      if (inputs.has(type)) return null;
      const name = param.name!;
      return (_r, args) => copyLists(args[name]);
    }
    case 'args':
      if (param.validateFn || param.validateSettings) return null;
      return argsGetter(param.getType?.(), storage, inputs);
    default:
      return null;
  }
}

/** Binds what it can (see above); returns how many field resolvers it bound. */
export function bindDirectResolvers(schema: GraphQLSchema): number {
  const storage = (globalThis as unknown as { TypeGraphQLMetadataStorage?: Storage })
    .TypeGraphQLMetadataStorage;
  if (!storage?.fieldResolvers || !storage.objectTypes) return 0;
  const inputs = new Set<unknown>([
    ...(storage.inputTypes ?? []).map((t) => t.target),
    ...(storage.argumentTypes ?? []).map((t) => t.target),
  ]);
  const typeName = new Map(storage.objectTypes.map((t) => [t.target, t.name]));
  // A field claimed by more than one resolver (inheritance) is left to type-graphql.
  const claims = new Map<string, number>();
  const keyOf = (meta: FieldResolverMeta) => {
    const name = meta.getObjectType ? typeName.get(meta.getObjectType()) : undefined;
    return name ? `${name}.${meta.schemaName}` : null;
  };
  for (const meta of storage.fieldResolvers) {
    const key = keyOf(meta);
    if (key) claims.set(key, (claims.get(key) ?? 0) + 1);
  }
  let bound = 0;
  for (const meta of storage.fieldResolvers) {
    const key = keyOf(meta);
    if (!key || claims.get(key) !== 1 || meta.kind !== 'external') continue;
    if (meta.middlewares?.length || meta.roles) continue;
    const [typeNameOf, fieldName] = key.split('.') as [string, string];
    const type = schema.getType(typeNameOf);
    if (!isObjectType(type)) continue;
    const field = type.getFields()[fieldName];
    const original = field?.resolve;
    if (!field || !original) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const getters = params.map((p) => getterFor(p, storage, inputs));
    if (getters.some((g) => g === null)) continue;
    const rootParam = params.find((p) => p.kind === 'root');
    const rootClass = rootParam?.getType?.();
    const checkRoot = typeof rootClass === 'function' && rootClass !== Object;
    const instance = new meta.target();
    const method = instance[meta.methodName];
    if (typeof method !== 'function') continue;
    const direct = getters as Getter[];
    const resolve: GraphQLFieldResolver<unknown, unknown> = (root, args, ctx, info) => {
      // A root of another class is converted by type-graphql: let it.
      if (checkRoot && root != null && !(root instanceof (rootClass as new () => unknown)))
        return original(root, args, ctx, info);
      const values = new Array<unknown>(direct.length);
      for (let i = 0; i < direct.length; i++) values[i] = direct[i]!(root, args, ctx, info);
      return method.apply(instance, values);
    };
    field.resolve = resolve;
    bound++;
  }
  return bound;
}
