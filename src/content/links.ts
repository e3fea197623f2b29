import type { EntityManager } from '@mikro-orm/core';
import type { ClassType } from 'type-graphql';
import { LinkLoader } from './common/link-loader.js';
import type { Visibility } from './common/visibility.js';
import {
  EmployerHub,
  EmployerIndustry,
  RoleFaq,
  RoleHub,
  RoleIndustry,
  RoleRelatedRole,
  RoleSkill,
  RoleTechnology,
  SpecialismEmployer,
  SpecialismFaq,
  SpecialismRole,
  type Employer,
  type Faq,
  type Hub,
  type Industry,
  type Role,
  type Skill,
  type Specialism,
  type Technology,
} from './entities.js';

/**
 * Every link of the graph, in both directions, as per-request batch loaders. One instance per
 * request (it caches what it loaded), shared by all services of that request.
 */
export function createLinks(em: EntityManager, visibility: Visibility) {
  const loader =
    (order: 'position' | 'slug') =>
    <L extends object, T extends { id: number }>(
      entity: ClassType<L>,
      from: keyof L & string,
      to: keyof L & string,
      data: readonly string[] = [],
    ) =>
      new LinkLoader<L, T>(em, entity, from, to, order, visibility, data);
  // Forward lists (a role's skills) keep the editor's order; reverse ones sort by slug.
  const forward = loader('position');
  const reverse = loader('slug');

  return {
    specialismRoles: forward<SpecialismRole, Role>(SpecialismRole, 'specialism', 'role', [
      'primary',
    ]),
    roleSpecialisms: reverse<SpecialismRole, Specialism>(SpecialismRole, 'role', 'specialism', [
      'primary',
    ]),
    specialismFaqs: forward<SpecialismFaq, Faq>(SpecialismFaq, 'specialism', 'faq'),
    faqSpecialisms: reverse<SpecialismFaq, Specialism>(SpecialismFaq, 'faq', 'specialism'),
    specialismEmployers: forward<SpecialismEmployer, Employer>(
      SpecialismEmployer,
      'specialism',
      'employer',
    ),
    employerSpecialisms: reverse<SpecialismEmployer, Specialism>(
      SpecialismEmployer,
      'employer',
      'specialism',
    ),

    roleSkills: forward<RoleSkill, Skill>(RoleSkill, 'role', 'skill', ['level']),
    skillRoles: reverse<RoleSkill, Role>(RoleSkill, 'skill', 'role', ['level']),
    roleTechnologies: forward<RoleTechnology, Technology>(RoleTechnology, 'role', 'technology'),
    technologyRoles: reverse<RoleTechnology, Role>(RoleTechnology, 'technology', 'role'),
    roleIndustries: forward<RoleIndustry, Industry>(RoleIndustry, 'role', 'industry'),
    industryRoles: reverse<RoleIndustry, Role>(RoleIndustry, 'industry', 'role'),
    roleHubs: forward<RoleHub, Hub>(RoleHub, 'role', 'hub'),
    hubRoles: reverse<RoleHub, Role>(RoleHub, 'hub', 'role'),
    roleRelatedRoles: forward<RoleRelatedRole, Role>(RoleRelatedRole, 'role', 'relatedRole'),
    roleFaqs: forward<RoleFaq, Faq>(RoleFaq, 'role', 'faq'),
    faqRoles: reverse<RoleFaq, Role>(RoleFaq, 'faq', 'role'),

    employerIndustries: forward<EmployerIndustry, Industry>(
      EmployerIndustry,
      'employer',
      'industry',
    ),
    industryEmployers: reverse<EmployerIndustry, Employer>(
      EmployerIndustry,
      'industry',
      'employer',
    ),
    employerHubs: forward<EmployerHub, Hub>(EmployerHub, 'employer', 'hub'),
    hubEmployers: reverse<EmployerHub, Employer>(EmployerHub, 'hub', 'employer'),
  };
}

export type Links = ReturnType<typeof createLinks>;
