import type { EntityManager } from '@mikro-orm/core';
import { createLinks } from './links.js';
import { PUBLIC, type Visibility } from './common/visibility.js';
import { ComparisonService } from './comparison/comparison.service.js';
import { EmployerService } from './employer/employer.service.js';
import { FaqService } from './faq/faq.service.js';
import { HubService } from './hub/hub.service.js';
import { IndustryService } from './industry/industry.service.js';
import { RoleService } from './role/role.service.js';
import { SkillService } from './skill/skill.service.js';
import { SpecialismService } from './specialism/specialism.service.js';
import { TechnologyService } from './technology/technology.service.js';

/**
 * Builds the content services for one request (or one CLI run) on its own EntityManager, for
 * one reader: the public (the default) or preview.
 */
export function createServices(em: EntityManager, visibility: Visibility = PUBLIC) {
  const deps = { em, links: createLinks(em, visibility), visibility };
  const roles = new RoleService(deps);
  return {
    visibility,
    specialisms: new SpecialismService(deps),
    roles,
    skills: new SkillService(deps),
    technologies: new TechnologyService(deps),
    industries: new IndustryService(deps),
    hubs: new HubService(deps),
    employers: new EmployerService(deps),
    faqs: new FaqService(deps),
    comparisons: new ComparisonService(roles),
  };
}

export type Services = ReturnType<typeof createServices>;
