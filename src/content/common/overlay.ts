/**
 * A copy of an object with the same prototype and some properties changed: GraphQL and getters
 * still see the entity's type, and the entity itself (shared by the identity map) is untouched.
 *
 * The copy's properties are plain data properties, defined rather than assigned: assigning to
 * an object with an entity's prototype runs the ORM's change-tracking setters, which give the
 * copy an ORM helper and a getter and setter pair per property (several hundred bytes a copy,
 * for nothing: copies are read, never persisted). `omit` leaves out properties by value.
 */
export function overlay<T extends object>(
  base: T,
  changes: Record<string | symbol, unknown>,
  omit?: (value: unknown) => boolean,
): T {
  const copy = Object.create(Object.getPrototypeOf(base) as object) as T;
  define(copy, base, omit);
  define(copy, changes);
  return copy;
}

function define(target: object, source: object, omit?: (value: unknown) => boolean) {
  for (const key of Reflect.ownKeys(source)) {
    if (!Object.prototype.propertyIsEnumerable.call(source, key)) continue;
    const value = (source as Record<string | symbol, unknown>)[key];
    if (omit?.(value)) continue;
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
}
