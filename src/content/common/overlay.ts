/**
 * A copy of an object with the same prototype and some properties changed: GraphQL and getters
 * still see the entity's type, and the entity itself (shared by the identity map) is untouched.
 */
export function overlay<T extends object>(base: T, changes: Record<string | symbol, unknown>): T {
  return Object.assign(Object.create(Object.getPrototypeOf(base) as object) as T, base, changes);
}
