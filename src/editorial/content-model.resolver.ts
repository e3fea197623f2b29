import { Field, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { ContentType } from '../pages/page.types.js';
import type { LinkKind as LinkKindName, NodeType } from '../content/model.js';
import { describeContentModel, type FieldKind, type TypeDescription } from './content-model.js';
import { LinkKind } from './editorial.types.js';

enum ModelFieldKind {
  TEXT = 'TEXT',
  NUMBER = 'NUMBER',
  MARKDOWN = 'MARKDOWN',
  LINES = 'LINES',
  URL = 'URL',
  COUNTRY = 'COUNTRY',
  SLUG = 'SLUG',
  OBJECT = 'OBJECT',
}
registerEnumType(ModelFieldKind, {
  name: 'ModelFieldKind',
  description: 'What input a field needs in a form.',
  valuesConfig: {
    TEXT: { description: 'A line or a short paragraph of plain text.' },
    NUMBER: { description: 'A number (an amount of pay).' },
    MARKDOWN: { description: 'Long text in Markdown.' },
    LINES: { description: 'A list of short texts, in order.' },
    URL: { description: 'An http(s) address.' },
    COUNTRY: { description: 'An ISO 3166-1 alpha-2 country code.' },
    SLUG: { description: 'A lowercase kebab-case code (a category or a kind).' },
    OBJECT: { description: 'A group of fields (see `fields`).' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One field of a content type, for forms.' })
class ModelField {
  @Field({ description: 'Its name in the API and the seed files, e.g. "primaryFocus".' })
  name!: string;

  @Field({ description: 'Its label in forms, e.g. "Primary focus".' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'What belongs in it.' })
  description!: string | null;

  @Field(() => ModelFieldKind, { description: 'What input it needs.' })
  kind!: FieldKind;

  @Field({ description: 'Whether it must be filled in.' })
  required!: boolean;

  @Field(() => Int, { nullable: true, description: 'Most characters a text (or list item) takes.' })
  maxLength!: number | null;

  @Field(() => Int, { nullable: true, description: 'Most items a list takes.' })
  maxItems!: number | null;

  @Field({ description: 'Whether each locale has its own text for it.' })
  translatable!: boolean;

  @Field(() => [ModelField], { nullable: true, description: "An OBJECT field's parts." })
  fields!: ModelField[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The values it takes, when they are fixed (a skill level).',
  })
  options!: string[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'A list a content type owns, for forms.' })
class ModelLink {
  @Field(() => LinkKind, { description: 'The link kind (for link, unlink and reorderLinks).' })
  kind!: LinkKindName;

  @Field({ description: 'Its label in forms, e.g. "Technologies".' })
  label!: string;

  @Field(() => ContentType, { description: 'The type that owns the list.' })
  from!: NodeType;

  @Field(() => ContentType, { description: 'The type listed.' })
  to!: NodeType;

  @Field(() => [ModelField], { description: 'Data each link carries (a skill level).' })
  data!: ModelField[];
}

@ObjectType({ simpleResolvers: true, description: 'A content type, described for forms.' })
class ModelType {
  @Field(() => ContentType, { description: 'The type.' })
  type!: NodeType;

  @Field({ description: 'Its name, e.g. "Role".' })
  label!: string;

  @Field({ description: 'Its plural, e.g. "Roles".' })
  plural!: string;

  @Field({ description: 'The field that names a node of this type (e.g. "name").' })
  titleField!: string;

  @Field(() => [ModelField], { description: 'Its fields, in the order forms show them.' })
  fields!: ModelField[];

  @Field(() => [ModelLink], { description: 'The lists it owns.' })
  links!: ModelLink[];
}

let described: TypeDescription[] | undefined;

@Resolver()
export class ContentModelResolver {
  @Query(() => [ModelType], {
    description:
      'The content model: every type with its fields and lists, as the editors’ forms are generated from it. The same registry the seed files and mutations use.',
  })
  contentModel(): ModelType[] {
    // The model is fixed for the life of the process.
    return (described ??= describeContentModel());
  }
}
