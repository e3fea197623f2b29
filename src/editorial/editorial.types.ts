import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PublicationStatus } from '../content/common/content-node.entity.js';
import { ConnectionArgs, connectionType } from '../content/common/connection.js';
import { SkillLevel } from '../content/role/role-links.entity.js';
import { ContentType } from '../pages/page.types.js';
import { AuditEntry } from './audit-entry.entity.js';

/** Link kinds, named as in the content model. */
export enum LinkKind {
  SPECIALISM_ROLE = 'specialismRole',
  SPECIALISM_FAQ = 'specialismFaq',
  SPECIALISM_EMPLOYER = 'specialismEmployer',
  ROLE_SKILL = 'roleSkill',
  ROLE_TECHNOLOGY = 'roleTechnology',
  ROLE_INDUSTRY = 'roleIndustry',
  ROLE_HUB = 'roleHub',
  ROLE_RELATED_ROLE = 'roleRelatedRole',
  ROLE_FAQ = 'roleFaq',
  EMPLOYER_INDUSTRY = 'employerIndustry',
  EMPLOYER_HUB = 'employerHub',
  VACANCY_ROLE = 'vacancyRole',
  VACANCY_HUB = 'vacancyHub',
  VACANCY_EMPLOYER = 'vacancyEmployer',
  VACANCY_SKILL = 'vacancySkill',
  VACANCY_TECHNOLOGY = 'vacancyTechnology',
}

registerEnumType(LinkKind, {
  name: 'LinkKind',
  description:
    'A relation between two content types: `from` owns the ordered list, `to` is listed.',
  valuesConfig: {
    SPECIALISM_ROLE: {
      description: "A specialism's roles (its comparison table); one is primary.",
    },
    SPECIALISM_FAQ: { description: "A specialism's FAQ page." },
    SPECIALISM_EMPLOYER: { description: "A specialism's featured employers." },
    ROLE_SKILL: { description: "A role's skills, each core or supporting." },
    ROLE_TECHNOLOGY: { description: "A role's technologies." },
    ROLE_INDUSTRY: { description: 'Industries that hire a role.' },
    ROLE_HUB: { description: 'Hubs where a role is hired.' },
    ROLE_RELATED_ROLE: { description: "A role's related roles." },
    ROLE_FAQ: { description: "A role's FAQs." },
    EMPLOYER_INDUSTRY: { description: "An employer's industries." },
    EMPLOYER_HUB: { description: "An employer's hubs." },
    VACANCY_ROLE: { description: 'The role a vacancy hires for (one).' },
    VACANCY_HUB: { description: 'The hubs a vacancy is in (none when fully remote).' },
    VACANCY_EMPLOYER: { description: 'The employer of a vacancy (none: in confidence).' },
    VACANCY_SKILL: { description: 'Skills a vacancy asks for.' },
    VACANCY_TECHNOLOGY: { description: 'Technologies a vacancy uses.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'The editorial state of a node after a change.' })
export class NodeState {
  @Field(() => ContentType, { description: 'Type of the node.' })
  type!: ContentType;

  @Field({ description: 'Slug of the node.' })
  slug!: string;

  @Field(() => PublicationStatus, { description: 'Whether the public sees it.' })
  status!: PublicationStatus;

  @Field(() => Int, { description: 'Its version now: send it with the next change.' })
  version!: number;

  @Field(() => Date, { nullable: true, description: 'When it was last published.' })
  publishedAt!: Date | null;

  @Field({ description: 'Whether it has changes the public does not see yet.' })
  hasUnpublishedChanges!: boolean;
}

@InputType({ description: "A link to add to a node's list (in its working version)." })
export class LinkInput {
  @Field(() => LinkKind, { description: 'The relation.' })
  kind!: LinkKind;

  @Field({ description: 'Slug of the node that owns the list.' })
  from!: string;

  @Field({ description: 'Slug of the node to list.' })
  to!: string;

  @Field(() => Int, {
    nullable: true,
    description: '0-based place in the list; the end when left out.',
  })
  position?: number | null;

  @Field(() => SkillLevel, {
    nullable: true,
    description: 'For ROLE_SKILL: the level (default CORE).',
  })
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

@InputType({ description: "A link to remove from a node's list (in its working version)." })
export class UnlinkInput {
  @Field(() => LinkKind, { description: 'The relation.' })
  kind!: LinkKind;

  @Field({ description: 'Slug of the node that owns the list.' })
  from!: string;

  @Field({ description: 'Slug of the listed node to remove.' })
  to!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The owner's version, to refuse the change if it moved on.",
  })
  version?: number | null;
}

@InputType({ description: "A new order for a node's list (in its working version)." })
export class ReorderLinksInput {
  @Field(() => LinkKind, { description: 'The relation.' })
  kind!: LinkKind;

  @Field({ description: 'Slug of the node that owns the list.' })
  from!: string;

  @Field(() => [String], { description: 'Every listed slug, once, in the new order.' })
  order!: string[];

  @Field(() => Int, {
    nullable: true,
    description: "The owner's version, to refuse the change if it moved on.",
  })
  version?: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'One field (or link list, as `links.<kind>`) a publish changed.',
})
export class FieldChangeType {
  @Field({ description: 'The field, e.g. `summary` or `links.roleTechnology`.' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value in the previous revision.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value in this revision.' })
  after!: unknown;
}

@ObjectType('Revision', { simpleResolvers: true, description: 'A published version of a node.' })
export class RevisionType {
  @Field(() => Int, { description: 'Id, for `restoreRevision`.' })
  id!: number;

  @Field(() => Int, { description: 'The node version published.' })
  version!: number;

  @Field({ description: 'Name of the token that published it.' })
  actor!: string;

  @Field({ description: 'When it was published.' })
  createdAt!: Date;

  @Field(() => [FieldChangeType], { description: 'What changed since the previous revision.' })
  changes!: FieldChangeType[];
}

@ObjectType('AuditEntry', {
  simpleResolvers: true,
  description: 'One mutation: who did what to which node, when.',
})
export class AuditEntryType {
  @Field(() => Int, { description: 'Id; entries are numbered in order.' })
  id!: number;

  @Field({ description: 'When.' })
  at!: Date;

  @Field({
    description:
      'Token name, signed-in user’s email, `cli` (the command line), or "public" (the enquiry form, a failed sign-in).',
  })
  actor!: string;

  @Field({ description: 'The mutation, e.g. `updateRole`.' })
  operation!: string;

  @Field(() => String, { nullable: true, description: 'Type of the node changed, if any.' })
  nodeType!: string | null;

  @Field(() => String, { nullable: true, description: 'Slug of the node changed, if any.' })
  nodeSlug!: string | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Details, e.g. the fields an update changed.',
  })
  details!: unknown;
}

export const AuditEntryConnection = connectionType(
  AuditEntryType as unknown as typeof AuditEntry,
  'AuditEntry',
  'audit entries',
  'newest first',
);

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {}

@ObjectType({
  simpleResolvers: true,
  description: 'A list of links a publish would change (by the listed nodes’ slugs).',
})
export class LinkListChangeType {
  @Field(() => LinkKind, { description: 'The relation.' })
  kind!: LinkKind;

  @Field(() => [String], { description: 'Slugs the public list would gain.' })
  added!: string[];

  @Field(() => [String], { description: 'Slugs the public list would lose.' })
  removed!: string[];

  @Field({
    description: 'Whether the links it keeps would be in another order or carry other data.',
  })
  changed!: boolean;
}

@ObjectType('PublishPreview', {
  simpleResolvers: true,
  description: 'What publishing a node would do, worked out without publishing.',
})
export class PublishPreviewType {
  @Field(() => ContentType, { description: 'Type of the node.' })
  type!: ContentType;

  @Field({ description: 'Slug of the node.' })
  slug!: string;

  @Field(() => [FieldChangeType], {
    description:
      'Fields whose public value would change, with the value the public sees now (`before`, null for a node never published) and after; translated text as `translations.<locale>.<field>`.',
  })
  fields!: FieldChangeType[];

  @Field(() => [LinkListChangeType], { description: 'Link lists that would change.' })
  links!: LinkListChangeType[];

  @Field(() => [String], {
    description: 'Public page paths the publish would touch (showing the node before or after).',
  })
  affectedPaths!: string[];
}
