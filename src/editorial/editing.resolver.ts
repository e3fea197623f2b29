import { GraphQLJSON } from 'graphql-scalars';
import {
  Arg,
  Ctx,
  Directive,
  Field,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';
import { SkillLevel } from '../content/role/role-links.entity.js';
import type { NodeType } from '../content/model.js';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import type { Context } from '../graphql/context.js';
import { ContentType } from '../pages/page.types.js';
import { LinkKind, NodeState } from './editorial.types.js';
import type { EditorOrder, WorkingStatus } from './operations/read-for-editing.js';

/**
 * What the editors' web app reads and writes for any type, driven by the content model: a form
 * needs a node's working fields and lists whatever its type, so these take the type as an
 * argument instead of one field per type.
 */

enum EditorStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CHANGED = 'CHANGED',
}
registerEnumType(EditorStatus, {
  name: 'EditorStatus',
  description: 'Where a node stands for its editors.',
  valuesConfig: {
    DRAFT: { description: 'Never published, or unpublished: the public does not see it.' },
    PUBLISHED: { description: 'Published, and the working version is what the public sees.' },
    CHANGED: { description: 'Published, with changes the public does not see yet.' },
  },
});

enum EditorOrderBy {
  NAME = 'NAME',
  UPDATED = 'UPDATED',
}
registerEnumType(EditorOrderBy, {
  name: 'EditorOrderBy',
  description: 'How an editors’ list is sorted.',
  valuesConfig: {
    NAME: { description: 'By name, A to Z.' },
    UPDATED: { description: 'Last changed first.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'The field a list of a type is grouped by.' })
class EditorGroup {
  @Field({
    description: 'The field: a skill’s `category`, a hub’s `region`, an employer’s `kind`.',
  })
  field!: string;

  @Field({ description: 'Its value for this node.' })
  value!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A node as an editors’ list shows it.' })
class EditorNodeSummary extends NodeState {
  @Field(() => EditorGroup, {
    nullable: true,
    description:
      'The field its type’s list is filtered by, and its value; null for types without one.',
  })
  group!: EditorGroup | null;

  @Field({ description: 'Its name (an FAQ’s question, a hub’s city).' })
  title!: string;

  @Field(() => Date, { description: 'When its working version last changed.' })
  updatedAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: 'One entry of a list a node owns.' })
class EditorLink {
  @Field(() => ContentType, { description: 'Type of the listed node.' })
  type!: ContentType;

  @Field({ description: 'Slug of the listed node.' })
  slug!: string;

  @Field({ description: 'Name of the listed node.' })
  title!: string;

  @Field(() => GraphQLJSON, {
    description: 'What the link carries: `level` (CORE, SUPPORTING) or `primary`.',
  })
  data!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: 'A node whose list holds this one.' })
class EditorIncomingLink extends EditorLink {
  @Field(() => LinkKind, { description: 'The relation of its list.' })
  kind!: LinkKind;
}

@ObjectType({ simpleResolvers: true, description: 'A list a node owns, in working order.' })
class EditorLinkList {
  @Field(() => LinkKind, { description: 'The relation.' })
  kind!: LinkKind;

  @Field(() => [EditorLink], { description: 'Its entries, in order.' })
  items!: EditorLink[];
}

@ObjectType({ simpleResolvers: true, description: 'A node’s working version, for a form.' })
class EditorNode extends EditorNodeSummary {
  @Field(() => String, {
    nullable: true,
    description:
      'The path of its own page in the default locale (`/roles/x/`); null for types without pages.',
  })
  pagePath!: string | null;

  @Field(() => GraphQLJSON, {
    description: 'Its fields as `contentModel` names them, the pending draft included.',
  })
  fields!: Record<string, unknown>;

  @Field(() => GraphQLJSON, {
    description:
      'Its text in other locales, by locale then field (`{ "de-DE": { "name": "…" } }`), the pending draft’s if any.',
  })
  translations!: Record<string, Record<string, unknown>>;

  @Field(() => [EditorLinkList], { description: 'Every list it owns (see `contentModel`).' })
  links!: EditorLinkList[];

  @Field(() => [EditorIncomingLink], {
    description:
      'The nodes whose lists hold it, in working versions: a role’s specialisms (the comparison tables it is in), related roles, FAQs’ owners.',
  })
  linkedFrom!: EditorIncomingLink[];
}

@InputType({ description: 'New data for a link already in a node’s list.' })
class UpdateLinkInput {
  @Field(() => LinkKind, { description: 'The relation.' })
  kind!: LinkKind;

  @Field({ description: 'Slug of the node that owns the list.' })
  from!: string;

  @Field({ description: 'Slug of the listed node.' })
  to!: string;

  @Field(() => SkillLevel, { nullable: true, description: 'For ROLE_SKILL: the level.' })
  level?: SkillLevel | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'For SPECIALISM_ROLE: make it the primary role.',
  })
  primary?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: "The owner's version, to refuse the change if it moved on.",
  })
  version?: number | null;
}

@Resolver()
export class EditingResolver {
  @Directive(PRIVATE_HINT)
  @Query(() => [EditorNodeSummary], {
    description:
      'Every node of a type with its working name and state, for the editors’ lists (viewer).',
  })
  editorNodes(
    @Arg('type', () => ContentType, { description: 'The type.' }) type: ContentType,
    @Arg('status', () => EditorStatus, { nullable: true, description: 'Only nodes in it.' })
    status: EditorStatus | null,
    @Arg('query', () => String, {
      nullable: true,
      description: 'Only nodes whose name or slug holds it (case ignored; at most 200 characters).',
    })
    query: string | null,
    @Arg('orderBy', () => EditorOrderBy, { nullable: true, description: 'The order (NAME).' })
    orderBy: EditorOrderBy | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.list(type as NodeType, {
      status: status as WorkingStatus | null,
      query,
      orderBy: orderBy as EditorOrder | null,
    });
  }

  @Directive(PRIVATE_HINT)
  @Query(() => EditorNode, {
    description: 'A node’s working version with the lists it owns, for a form (viewer).',
  })
  editorNode(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.read(type as NodeType, slug);
  }

  @Mutation(() => NodeState, {
    description:
      'Change a node’s fields, named as `contentModel` names them (editor): the same checks as update<Type>.',
  })
  updateNodeFields(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Arg('version', () => Int, {
      description: 'The version you read; an older one is refused with CONFLICT.',
    })
    version: number,
    @Arg('fields', () => GraphQLJSON, { description: 'The fields to change; null clears one.' })
    fields: Record<string, unknown>,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.update(type as NodeType, slug, version, fields);
  }

  @Mutation(() => NodeState, {
    description: 'Change what a link carries, keeping its place (editor); a draft until publish.',
  })
  updateLink(
    @Arg('input', () => UpdateLinkInput, { description: 'The link and its new data.' })
    input: UpdateLinkInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.updateLink(input.kind, input.from, input.to, {
      level: input.level,
      primary: input.primary,
      version: input.version,
    });
  }
}
