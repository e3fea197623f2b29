import { ContentNode, OrderedLink } from './common/content-node.entity.js';
import { Employer } from './employer/employer.entity.js';
import { EmployerHub, EmployerIndustry } from './employer/employer-links.entity.js';
import { Faq } from './faq/faq.entity.js';
import { Hub } from './hub/hub.entity.js';
import { Industry } from './industry/industry.entity.js';
import { Role } from './role/role.entity.js';
import {
  RoleFaq,
  RoleHub,
  RoleIndustry,
  RoleRelatedRole,
  RoleSkill,
  RoleTechnology,
} from './role/role-links.entity.js';
import { Skill } from './skill/skill.entity.js';
import {
  CompensationTrends,
  HiringTiming,
  InterviewGuide,
  Specialism,
} from './specialism/specialism.entity.js';
import {
  SpecialismEmployer,
  SpecialismFaq,
  SpecialismRole,
} from './specialism/specialism-links.entity.js';
import { Technology } from './technology/technology.entity.js';
import { SalaryRange, Vacancy } from './vacancy/vacancy.entity.js';
import {
  VacancyEmployer,
  VacancyHub,
  VacancyRole,
  VacancySkill,
  VacancyTechnology,
} from './vacancy/vacancy-links.entity.js';

export {
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
};
export { SalaryRange };

/** Every entity and embeddable the ORM maps. */
export const entities = [
  ContentNode,
  OrderedLink,
  Specialism,
  HiringTiming,
  InterviewGuide,
  CompensationTrends,
  Role,
  Skill,
  Technology,
  Industry,
  Hub,
  Employer,
  Faq,
  SpecialismRole,
  SpecialismFaq,
  SpecialismEmployer,
  RoleSkill,
  RoleTechnology,
  RoleIndustry,
  RoleHub,
  RoleRelatedRole,
  RoleFaq,
  EmployerIndustry,
  EmployerHub,
  Vacancy,
  VacancyRole,
  VacancyHub,
  VacancyEmployer,
  VacancySkill,
  VacancyTechnology,
];
