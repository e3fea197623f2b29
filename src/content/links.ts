import { LinkLoader } from './common/link-loader.js';
import type { LinkKind } from './model.js';
import type { Reader } from './read/reader.js';
import type {
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
  Employer,
  Faq,
  Hub,
  Industry,
  Role,
  Skill,
  Specialism,
  Technology,
  Vacancy,
  VacancyEmployer,
  VacancyHub,
  VacancyRole,
  VacancySkill,
  VacancyTechnology,
} from './entities.js';

/**
 * Every link of the graph, in both directions, as per-request batch loaders. One instance per
 * request (it caches what it loaded), shared by all services of that request.
 */
export function createLinks(reader: Reader) {
  const forward = <L extends object, T extends { id: number }>(kind: LinkKind) =>
    new LinkLoader<L, T>(reader, kind, 'forward');
  const reverse = <L extends object, T extends { id: number }>(kind: LinkKind) =>
    new LinkLoader<L, T>(reader, kind, 'reverse');

  return {
    specialismRoles: forward<SpecialismRole, Role>('specialismRole'),
    roleSpecialisms: reverse<SpecialismRole, Specialism>('specialismRole'),
    specialismFaqs: forward<SpecialismFaq, Faq>('specialismFaq'),
    faqSpecialisms: reverse<SpecialismFaq, Specialism>('specialismFaq'),
    specialismEmployers: forward<SpecialismEmployer, Employer>('specialismEmployer'),
    employerSpecialisms: reverse<SpecialismEmployer, Specialism>('specialismEmployer'),

    roleSkills: forward<RoleSkill, Skill>('roleSkill'),
    skillRoles: reverse<RoleSkill, Role>('roleSkill'),
    roleTechnologies: forward<RoleTechnology, Technology>('roleTechnology'),
    technologyRoles: reverse<RoleTechnology, Role>('roleTechnology'),
    roleIndustries: forward<RoleIndustry, Industry>('roleIndustry'),
    industryRoles: reverse<RoleIndustry, Role>('roleIndustry'),
    roleHubs: forward<RoleHub, Hub>('roleHub'),
    hubRoles: reverse<RoleHub, Role>('roleHub'),
    roleRelatedRoles: forward<RoleRelatedRole, Role>('roleRelatedRole'),
    roleFaqs: forward<RoleFaq, Faq>('roleFaq'),
    faqRoles: reverse<RoleFaq, Role>('roleFaq'),

    employerIndustries: forward<EmployerIndustry, Industry>('employerIndustry'),
    industryEmployers: reverse<EmployerIndustry, Employer>('employerIndustry'),
    employerHubs: forward<EmployerHub, Hub>('employerHub'),
    hubEmployers: reverse<EmployerHub, Employer>('employerHub'),

    vacancyRoles: forward<VacancyRole, Role>('vacancyRole'),
    roleVacancies: reverse<VacancyRole, Vacancy>('vacancyRole'),
    vacancyHubs: forward<VacancyHub, Hub>('vacancyHub'),
    hubVacancies: reverse<VacancyHub, Vacancy>('vacancyHub'),
    vacancyEmployers: forward<VacancyEmployer, Employer>('vacancyEmployer'),
    employerVacancies: reverse<VacancyEmployer, Vacancy>('vacancyEmployer'),
    vacancySkills: forward<VacancySkill, Skill>('vacancySkill'),
    vacancyTechnologies: forward<VacancyTechnology, Technology>('vacancyTechnology'),
  };
}

export type Links = ReturnType<typeof createLinks>;
