import type { EntityManager } from '@mikro-orm/core';
import { linkedTo, NodeService } from '../common/node.service.js';
import type { Links } from '../links.js';
import type { Employer, Role } from '../entities.js';
import { Industry } from './industry.entity.js';
import { IndustryConnection, type IndustryListArgs } from './industry.args.js';

export class IndustryService extends NodeService<Industry> {
  constructor(em: EntityManager, links: Links) {
    super(em, links, Industry, IndustryConnection);
  }

  list(args: IndustryListArgs) {
    return this.page(
      linkedTo((slug) => ({ roleLinks: { role: { slug } } }), args.role) ?? {},
      args,
    );
  }

  roles(industry: Industry): Promise<Role[]> {
    return this.links.industryRoles.targets(industry.id);
  }

  employers(industry: Industry): Promise<Employer[]> {
    return this.links.industryEmployers.targets(industry.id);
  }
}
