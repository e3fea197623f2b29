import { ContentModelResolver } from './content-model.resolver.js';
import { EditingResolver } from './editing.resolver.js';
import {
  Arg,
  Args,
  Ctx,
  Int,
  Mutation,
  Query,
  Resolver,
  type ClassType,
  Directive,
  FieldResolver,
  Root,
} from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { PRIVATE_HINT } from '../graphql/cache-hints.js';
import { capitalize } from '../content/common/names.js';
import { PREVIEW } from '../content/common/visibility.js';
import { nodeModels, nodeTypes, type NodeType } from '../content/model.js';
import { createServices } from '../content/services.js';
import type { Context } from '../graphql/context.js';
import { PageService } from '../pages/page.service.js';
import { ContentType } from '../pages/page.types.js';
import {
  AuditEntryConnection,
  AuditLogArgs,
  LinkInput,
  NodeState,
  PublishPreviewType,
  ReorderLinksInput,
  RevisionType,
  UnlinkInput,
} from './editorial.types.js';
import { inputsFor } from './inputs.js';
import { ScheduleResolver } from './schedule.resolver.js';
import type { Revision } from './revision.entity.js';

/**
 * After a change, the rest of the response shows the working version: the editor who made it is
 * allowed to see drafts, and wants to see what they just did.
 */
async function working(ctx: Context, type: NodeType, slug: string) {
  ctx.services = createServices(ctx.em.fork(), PREVIEW, { now: ctx.now });
  ctx.pages = new PageService(ctx.services, ctx.site, { locales: () => ctx.locales() });
  const service = ctx.services[serviceKey[type]] as { bySlug(slug: string): Promise<unknown> };
  return service.bySlug(slug);
}

const serviceKey = {
  specialism: 'specialisms',
  role: 'roles',
  skill: 'skills',
  technology: 'technologies',
  industry: 'industries',
  hub: 'hubs',
  employer: 'employers',
  faq: 'faqs',
  vacancy: 'vacancies',
} as const satisfies Record<NodeType, keyof ReturnType<typeof createServices>>;

/** create/update/delete mutations for one content type, with its generated input types. */
function nodeMutations(type: NodeType): ClassType {
  const Entity = nodeModels[type].entity as unknown as ClassType;
  const { create: CreateInput, update: UpdateInput } = inputsFor(type);
  const Name = capitalize(type);

  @Resolver()
  class NodeMutations {
    @Mutation(() => Entity, {
      name: `create${Name}`,
      description: `Create a ${type} as a draft (editor). Publish it to show it to the public.`,
    })
    async create(
      @Arg('input', () => CreateInput, { description: `The new ${type}.` })
      input: Record<string, unknown>,
      @Ctx() ctx: Context,
    ) {
      const state = await ctx.editor.create(type, input);
      return working(ctx, type, state.slug);
    }

    @Mutation(() => Entity, {
      name: `update${Name}`,
      description: `Change a ${type}'s fields (editor). A published ${type} keeps showing its published version until \`publish\`.`,
    })
    async update(
      @Arg('slug', { description: `Slug of the ${type}.` }) slug: string,
      @Arg('version', () => Int, {
        description: 'The version you read; an older one is refused with CONFLICT.',
      })
      version: number,
      @Arg('input', () => UpdateInput, { description: 'The fields to change.' })
      input: Record<string, unknown>,
      @Ctx() ctx: Context,
    ) {
      const state = await ctx.editor.update(type, slug, version, input);
      return working(ctx, type, state.slug);
    }

    @Mutation(() => NodeState, {
      name: `delete${Name}`,
      description: `Delete a ${type} (editor). Refused with CONFLICT while other nodes link to it, unless \`force\`.`,
    })
    remove(
      @Arg('slug', { description: `Slug of the ${type}.` }) slug: string,
      @Arg('force', {
        defaultValue: false,
        description: 'Unlink the nodes that link to it, in the same transaction.',
      })
      force: boolean,
      @Ctx() ctx: Context,
    ) {
      return ctx.editor.remove(type, slug, force);
    }
  }
  Object.defineProperty(NodeMutations, 'name', { value: `${Name}Mutations` });
  return NodeMutations;
}

/** The editorial fields of one content type that need more than its columns. */
function nodeEditorialFields(type: NodeType): ClassType {
  const Entity = nodeModels[type].entity as unknown as ClassType;
  @Resolver(() => Entity)
  class NodeEditorialFields {
    @FieldResolver(() => String, {
      nullable: true,
      description:
        'Who changed it last through the API (a token’s name or a user’s email), with `updatedAt` as when; null for the public, and for a node only seed loads have changed.',
    })
    updatedBy(@Root() node: { slug: string }, @Ctx() ctx: Context) {
      return ctx.editor.lastChangedBy(type, node.slug);
    }
  }
  Object.defineProperty(NodeEditorialFields, 'name', {
    value: `${capitalize(type)}EditorialFields`,
  });
  return NodeEditorialFields;
}

@Resolver()
export class EditorialResolver {
  @Mutation(() => NodeState, {
    description: 'Publish a node (editor): its working version becomes what the public sees.',
  })
  publish(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.publish(type as NodeType, slug);
  }

  @Mutation(() => NodeState, {
    description:
      'Set or clear a node’s text in one locale (editor), checked as seed translation files are; on a published node it waits as a draft until `publish`.',
  })
  updateTranslation(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Arg('locale', { description: 'A locale the site publishes, other than the default.' })
    locale: string,
    @Arg('fields', () => GraphQLJSON, {
      description:
        'Translatable fields to their text in `locale`, e.g. `{ "name": "ML-Infrastruktur" }`; null clears a field (it falls back again).',
    })
    fields: unknown,
    @Arg('version', () => Int, {
      description: 'The version you read; an older one is refused with CONFLICT.',
    })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.updateTranslation(type as NodeType, slug, locale, fields, version);
  }

  @Directive(PRIVATE_HINT)
  @Query(() => PublishPreviewType, {
    description:
      'What `publish` would do to a node — fields, links, pages — without publishing (viewer).',
  })
  publishPreview(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.publishPreview(type as NodeType, slug);
  }

  @Mutation(() => NodeState, {
    description:
      'Close a vacancy at once (editor): its page answers 410 Gone, leaves the sitemap, and `node.unpublished` tells webhooks the URLs.',
  })
  closeVacancy(
    @Arg('slug', { description: 'Slug of the vacancy.' }) slug: string,
    @Arg('version', () => Int, {
      description: 'The version you read; an older one is refused with CONFLICT.',
    })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.setVacancyState('close', slug, version);
  }

  @Mutation(() => NodeState, {
    description:
      'Reopen a closed or expired vacancy at once (editor); an expired one needs a later `validThrough` to be live.',
  })
  reopenVacancy(
    @Arg('slug', { description: 'Slug of the vacancy.' }) slug: string,
    @Arg('version', () => Int, {
      description: 'The version you read; an older one is refused with CONFLICT.',
    })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.setVacancyState('reopen', slug, version);
  }

  @Mutation(() => NodeState, { description: 'Take a node off the public API and pages (editor).' })
  unpublish(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.unpublish(type as NodeType, slug);
  }

  @Mutation(() => NodeState, {
    description: "Add a link to a node's list (editor); held as a draft on a published node.",
  })
  link(
    @Arg('input', () => LinkInput, { description: 'The link.' }) input: LinkInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.link(input.kind, input.from, input.to, {
      position: input.position,
      level: input.level,
      primary: input.primary,
      version: input.version,
    });
  }

  @Mutation(() => NodeState, {
    description: "Remove a link from a node's list (editor); held as a draft on a published node.",
  })
  unlink(
    @Arg('input', () => UnlinkInput, { description: 'The link.' }) input: UnlinkInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.unlink(input.kind, input.from, input.to, input.version);
  }

  @Mutation(() => NodeState, {
    description: "Reorder a node's list (editor); held as a draft on a published node.",
  })
  reorderLinks(
    @Arg('input', () => ReorderLinksInput, { description: 'The new order.' })
    input: ReorderLinksInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.reorder(input.kind, input.from, input.order, input.version);
  }

  @Mutation(() => NodeState, {
    description: 'Bring a revision back as the working version (editor); publish to make it live.',
  })
  restoreRevision(
    @Arg('id', () => Int, { description: 'Id of the revision.' }) id: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.editor.restoreRevision(id);
  }

  @Directive(PRIVATE_HINT)
  @Query(() => [RevisionType], {
    description: 'Published versions of a node, newest first, each with what changed (viewer).',
  })
  revisions(
    @Arg('type', () => ContentType, { description: 'Type of the node.' }) type: ContentType,
    @Arg('slug', { description: 'Slug of the node.' }) slug: string,
    @Ctx() ctx: Context,
  ): Promise<Revision[]> {
    return ctx.editor.revisions(type as NodeType, slug);
  }

  @Directive(PRIVATE_HINT)
  @Query(() => AuditEntryConnection, { description: 'Every mutation, newest first (admin).' })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context) {
    return ctx.audit.log(args, AuditEntryConnection);
  }
}

export const editorialResolvers = [
  ...nodeTypes.map(nodeMutations),
  ...nodeTypes.map(nodeEditorialFields),
  EditorialResolver,
  EditingResolver,
  ScheduleResolver,
  ContentModelResolver,
] as const;
