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
  Vacancy,
  VacancyEmployer,
  VacancyHub,
  VacancyRole,
  VacancySkill,
  VacancyTechnology,
} from './entities.js';

import { nodeFields } from './fields.js';

/**
 * The content model as data: every node type with its entity and stored fields, every link kind
 * with the two node types it joins. The seed loader, export, and editorial mutations work from
 * this registry instead of knowing each type.
 */

const fieldsOf = <K extends keyof typeof nodeFields>(type: K) =>
  Object.keys(nodeFields[type]) as (keyof (typeof nodeFields)[K] & string)[];

/** Node types in the order they are shown in summaries. */
export const nodeModels = {
  specialism: {
    entity: Specialism,
    plural: 'specialisms',
    fields: fieldsOf('specialism'),
  },
  role: {
    entity: Role,
    plural: 'roles',
    fields: fieldsOf('role'),
  },
  skill: { entity: Skill, plural: 'skills', fields: fieldsOf('skill') },
  technology: {
    entity: Technology,
    plural: 'technologies',
    fields: fieldsOf('technology'),
  },
  industry: { entity: Industry, plural: 'industries', fields: fieldsOf('industry') },
  hub: { entity: Hub, plural: 'hubs', fields: fieldsOf('hub') },
  employer: {
    entity: Employer,
    plural: 'employers',
    fields: fieldsOf('employer'),
  },
  faq: { entity: Faq, plural: 'FAQs', fields: fieldsOf('faq') },
  vacancy: { entity: Vacancy, plural: 'vacancies', fields: fieldsOf('vacancy') },
} as const;

export type NodeType = keyof typeof nodeModels;
export const nodeTypes = Object.keys(nodeModels) as NodeType[];

/**
 * Types the seed files hold. Vacancies come from an applicant-tracking feed (`rolegraph
 * vacancies import`), not from `content-seed/`: a seed load (even with `--prune`) leaves them be.
 */
export const seededTypes = nodeTypes.filter((t) => t !== 'vacancy');

/**
 * A node's stored fields as plain JSON data (dates as strings, absent as null): comparable with
 * a content set's `fields`, and what drafts and revisions keep.
 */
export function storedFields(
  type: NodeType,
  node: Record<string, unknown>,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const field of nodeModels[type].fields) {
    fields[field] = JSON.parse(JSON.stringify(node[field] ?? null)) as unknown;
  }
  return fields;
}

interface LinkModel {
  entity: new () => object;
  /** Property and node type of the owning side (whose list this is). */
  from: [string, NodeType];
  /** Property and node type of the other side. */
  to: [string, NodeType];
  /** Extra columns the edge carries. */
  data: readonly string[];
  /** The collection of link rows on each side's entity (for filters by linked slug). */
  collections: { from: string; to: string };
}

export const linkModels = {
  specialismRole: {
    entity: SpecialismRole,
    from: ['specialism', 'specialism'],
    to: ['role', 'role'],
    data: ['primary', 'own', 'primaryFocus', 'keyDifference', 'contributes'],
    collections: { from: 'roleLinks', to: 'specialismLinks' },
  },
  specialismFaq: {
    entity: SpecialismFaq,
    from: ['specialism', 'specialism'],
    to: ['faq', 'faq'],
    data: [],
    collections: { from: 'faqLinks', to: 'specialismLinks' },
  },
  specialismEmployer: {
    entity: SpecialismEmployer,
    from: ['specialism', 'specialism'],
    to: ['employer', 'employer'],
    data: [],
    collections: { from: 'employerLinks', to: 'specialismLinks' },
  },
  roleSkill: {
    entity: RoleSkill,
    from: ['role', 'role'],
    to: ['skill', 'skill'],
    data: ['level'],
    collections: { from: 'skillLinks', to: 'roleLinks' },
  },
  roleTechnology: {
    entity: RoleTechnology,
    from: ['role', 'role'],
    to: ['technology', 'technology'],
    data: [],
    collections: { from: 'technologyLinks', to: 'roleLinks' },
  },
  roleIndustry: {
    entity: RoleIndustry,
    from: ['role', 'role'],
    to: ['industry', 'industry'],
    data: [],
    collections: { from: 'industryLinks', to: 'roleLinks' },
  },
  roleHub: {
    entity: RoleHub,
    from: ['role', 'role'],
    to: ['hub', 'hub'],
    data: [],
    collections: { from: 'hubLinks', to: 'roleLinks' },
  },
  roleRelatedRole: {
    entity: RoleRelatedRole,
    from: ['role', 'role'],
    to: ['relatedRole', 'role'],
    data: [],
    collections: { from: 'relatedRoleLinks', to: 'relatedFromLinks' },
  },
  roleFaq: {
    entity: RoleFaq,
    from: ['role', 'role'],
    to: ['faq', 'faq'],
    data: [],
    collections: { from: 'faqLinks', to: 'roleLinks' },
  },
  employerIndustry: {
    entity: EmployerIndustry,
    from: ['employer', 'employer'],
    to: ['industry', 'industry'],
    data: [],
    collections: { from: 'industryLinks', to: 'employerLinks' },
  },
  employerHub: {
    entity: EmployerHub,
    from: ['employer', 'employer'],
    to: ['hub', 'hub'],
    data: [],
    collections: { from: 'hubLinks', to: 'employerLinks' },
  },
  vacancyRole: {
    entity: VacancyRole,
    from: ['vacancy', 'vacancy'],
    to: ['role', 'role'],
    data: [],
    collections: { from: 'roleLinks', to: 'vacancyLinks' },
  },
  vacancyHub: {
    entity: VacancyHub,
    from: ['vacancy', 'vacancy'],
    to: ['hub', 'hub'],
    data: [],
    collections: { from: 'hubLinks', to: 'vacancyLinks' },
  },
  vacancyEmployer: {
    entity: VacancyEmployer,
    from: ['vacancy', 'vacancy'],
    to: ['employer', 'employer'],
    data: [],
    collections: { from: 'employerLinks', to: 'vacancyLinks' },
  },
  vacancySkill: {
    entity: VacancySkill,
    from: ['vacancy', 'vacancy'],
    to: ['skill', 'skill'],
    data: [],
    collections: { from: 'skillLinks', to: 'vacancyLinks' },
  },
  vacancyTechnology: {
    entity: VacancyTechnology,
    from: ['vacancy', 'vacancy'],
    to: ['technology', 'technology'],
    data: [],
    collections: { from: 'technologyLinks', to: 'vacancyLinks' },
  },
} satisfies Record<string, LinkModel>;

export type LinkKind = keyof typeof linkModels;
export const linkKinds = Object.keys(linkModels) as LinkKind[];

/** Link kinds the seed files hold: not a vacancy's (see `seededTypes`). */
export const seededLinkKinds = linkKinds.filter((k) => linkModels[k].from[1] !== 'vacancy');
