import { Field, ObjectType } from 'type-graphql';
import { Specialism } from './specialism.entity.js';

/** The kinds of shared node a specialism may write a note on. */
export type NotedKind = 'technologies' | 'skills' | 'industries';

@ObjectType({
  simpleResolvers: true,
  description:
    "One specialism's view of a shared node (a technology, skill or industry), written on the specialism's side so the node's own description stays neutral.",
})
export class SpecialismNote {
  @Field(() => Specialism, { description: 'The specialism whose view this is.' })
  specialism!: Specialism;

  @Field({ description: 'What the node means in that specialism, in a sentence or two.' })
  note!: string;
}
