import type { EntityManager } from '@mikro-orm/core';
import { createLinks } from './links.js';
import { ComparisonService } from './comparison/comparison.service.js';
import { EmployerService } from './employer/employer.service.js';
import { FaqService } from './faq/faq.service.js';
import { HubService } from './hub/hub.service.js';
import { IndustryService } from './industry/industry.service.js';
import { RoleService } from './role/role.service.js';
import { SkillService } from './skill/skill.service.js';
import { SpecialismService } from './specialism/specialism.service.js';
import { TechnologyService } from './technology/technology.service.js';

/** Builds the content services for one request (or one CLI run) on its own EntityManager. */
export function createServices(em: EntityManager) {
  const links = createLinks(em);
  const roles = new RoleService(em, links);
  return {
    specialisms: new SpecialismService(em, links),
    roles,
    skills: new SkillService(em, links),
    technologies: new TechnologyService(em, links),
    industries: new IndustryService(em, links),
    hubs: new HubService(em, links),
    employers: new EmployerService(em, links),
    faqs: new FaqService(em, links),
    comparisons: new ComparisonService(roles),
  };
}

export type Services = ReturnType<typeof createServices>;
