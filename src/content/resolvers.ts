import { localesResolver, SiteLocaleResolver } from './common/locale-status.js';
import {
  Employer,
  Faq,
  Hub,
  Industry,
  Role,
  Skill,
  Specialism,
  Technology,
  Vacancy,
} from './entities.js';
import { ComparisonResolver } from './comparison/comparison.resolver.js';
import { EmployerResolver } from './employer/employer.resolver.js';
import { FaqResolver } from './faq/faq.resolver.js';
import { HubResolver } from './hub/hub.resolver.js';
import { IndustryResolver } from './industry/industry.resolver.js';
import { NodeResolver } from './node/node.resolver.js';
import { RoleResolver } from './role/role.resolver.js';
import { SkillResolver } from './skill/skill.resolver.js';
import { SpecialismResolver } from './specialism/specialism.resolver.js';
import {
  CompensationTrendsResolver,
  HiringTimingResolver,
  InterviewGuideResolver,
} from './specialism/specialism-sections.resolver.js';
import { TechnologyResolver } from './technology/technology.resolver.js';
import {
  EmployerVacanciesResolver,
  HubVacanciesResolver,
  RoleVacanciesResolver,
  SpecialismVacanciesResolver,
  VacancyResolver,
} from './vacancy/vacancy.resolver.js';

/** Every content resolver; the server assembles the schema from this list. */
export const contentResolvers = [
  SpecialismResolver,
  HiringTimingResolver,
  InterviewGuideResolver,
  CompensationTrendsResolver,
  RoleResolver,
  SkillResolver,
  TechnologyResolver,
  IndustryResolver,
  HubResolver,
  EmployerResolver,
  FaqResolver,
  ComparisonResolver,
  SiteLocaleResolver,
  NodeResolver,
  VacancyResolver,
  RoleVacanciesResolver,
  HubVacanciesResolver,
  EmployerVacanciesResolver,
  SpecialismVacanciesResolver,
  ...(
    [
      ['specialism', Specialism],
      ['role', Role],
      ['skill', Skill],
      ['technology', Technology],
      ['industry', Industry],
      ['hub', Hub],
      ['employer', Employer],
      ['faq', Faq],
      ['vacancy', Vacancy],
    ] as const
  ).map(([type, entity]) => localesResolver(type, entity)),
] as const;
