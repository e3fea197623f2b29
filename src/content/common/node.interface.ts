import { Field, ID, InterfaceType } from 'type-graphql';

/**
 * Relay's global object identification: every content type implements `Node`, so clients with
 * normalised caches (Apollo Client, urql's graphcache, Relay) key every object by `id` alone,
 * and `node(id)` refetches any of them. `ContentNode` resolves `id` (see `global-id.ts`).
 */
@InterfaceType('Node', {
  description:
    'An object with a global id (Relay global object identification): refetch any of them with `node(id)`.',
})
export abstract class Node {
  // Named apart from the entities' database key (`id`), and resolved from the property even
  // where a type reads its fields directly (`simpleResolvers`): the implementing types get
  // this field from the interface, so it decides how `id` is read.
  @Field(() => ID, {
    name: 'id',
    simple: false,
    description:
      'Opaque global id, the same across restarts, instances and databases. Use `slug` as the human key.',
  })
  globalId!: string;
}
