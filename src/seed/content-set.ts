import {
  Employer,
  EmployerHub,
  EmployerIndustry,
  Faq,
  Hub,
  Industry,
  Role,
  RoleFaq,
  RoleHub,
  RoleIndustry,
  RoleRelatedRole,
  RoleSkill,
  RoleTechnology,
  Skill,
  Specialism,
  SpecialismEmployer,
  SpecialismFaq,
  SpecialismRole,
  Technology,
} from '../content/entities.js';

/**
 * The content graph as plain data, between the files an editor writes and the database: the
 * reader builds it from files, the loader writes it to the database, the exporter reads it back.
 * `fields` holds exactly the entity's stored fields (missing optional text is `null`).
 */
export interface ContentSet {
  nodes: NodeRecord[];
  links: LinkRecord[];
}

/** Where in the files a node or link was written (1-based). */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export interface NodeRecord {
  type: NodeType;
  slug: string;
  fields: Record<string, unknown>;
  source?: SourceRef;
}

export interface LinkRecord {
  kind: LinkKind;
  from: string;
  to: string;
  /** 0-based place in the `from` node's list. */
  position: number;
  /** Data the edge carries, e.g. `{ level: 'core' }`. */
  data: Record<string, unknown>;
  source?: SourceRef;
}

/** Node types in the order they are shown in summaries. */
export const nodeModels = {
  specialism: {
    entity: Specialism,
    plural: 'specialisms',
    fields: [
      'name',
      'headline',
      'intro',
      'marketOverview',
      'hiringChallenges',
      'whenToHire',
      'interviewing',
      'compensation',
      'callToAction',
    ],
  },
  role: {
    entity: Role,
    plural: 'roles',
    fields: [
      'name',
      'summary',
      'description',
      'primaryFocus',
      'keyDifference',
      'responsibilities',
      'deliverables',
      'teams',
      'collaborators',
      'backgrounds',
    ],
  },
  skill: { entity: Skill, plural: 'skills', fields: ['name', 'category', 'description'] },
  technology: {
    entity: Technology,
    plural: 'technologies',
    fields: ['name', 'category', 'website', 'description'],
  },
  industry: { entity: Industry, plural: 'industries', fields: ['name', 'description'] },
  hub: { entity: Hub, plural: 'hubs', fields: ['city', 'country', 'region', 'remoteNotes'] },
  employer: {
    entity: Employer,
    plural: 'employers',
    fields: ['name', 'kind', 'website', 'description'],
  },
  faq: { entity: Faq, plural: 'FAQs', fields: ['question', 'answer'] },
} as const;

export type NodeType = keyof typeof nodeModels;
export const nodeTypes = Object.keys(nodeModels) as NodeType[];

interface LinkModel {
  entity: new () => object;
  /** Property and node type of the owning side (whose list this is). */
  from: [string, NodeType];
  /** Property and node type of the other side. */
  to: [string, NodeType];
  /** Extra columns the edge carries. */
  data: readonly string[];
}

export const linkModels = {
  specialismRole: {
    entity: SpecialismRole,
    from: ['specialism', 'specialism'],
    to: ['role', 'role'],
    data: ['primary'],
  },
  specialismFaq: {
    entity: SpecialismFaq,
    from: ['specialism', 'specialism'],
    to: ['faq', 'faq'],
    data: [],
  },
  specialismEmployer: {
    entity: SpecialismEmployer,
    from: ['specialism', 'specialism'],
    to: ['employer', 'employer'],
    data: [],
  },
  roleSkill: { entity: RoleSkill, from: ['role', 'role'], to: ['skill', 'skill'], data: ['level'] },
  roleTechnology: {
    entity: RoleTechnology,
    from: ['role', 'role'],
    to: ['technology', 'technology'],
    data: [],
  },
  roleIndustry: {
    entity: RoleIndustry,
    from: ['role', 'role'],
    to: ['industry', 'industry'],
    data: [],
  },
  roleHub: { entity: RoleHub, from: ['role', 'role'], to: ['hub', 'hub'], data: [] },
  roleRelatedRole: {
    entity: RoleRelatedRole,
    from: ['role', 'role'],
    to: ['relatedRole', 'role'],
    data: [],
  },
  roleFaq: { entity: RoleFaq, from: ['role', 'role'], to: ['faq', 'faq'], data: [] },
  employerIndustry: {
    entity: EmployerIndustry,
    from: ['employer', 'employer'],
    to: ['industry', 'industry'],
    data: [],
  },
  employerHub: {
    entity: EmployerHub,
    from: ['employer', 'employer'],
    to: ['hub', 'hub'],
    data: [],
  },
} satisfies Record<string, LinkModel>;

export type LinkKind = keyof typeof linkModels;
export const linkKinds = Object.keys(linkModels) as LinkKind[];
