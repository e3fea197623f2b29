import { NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Employer, Role } from '../entities.js';
import { Industry } from './industry.entity.js';
import { IndustryConnection, type IndustryListArgs } from './industry.args.js';

export class IndustryService extends NodeService<Industry> {
  constructor(deps: ServiceDeps) {
    super(deps, 'industry', IndustryConnection);
  }

  list(args: IndustryListArgs) {
    return this.page({ via: [this.via('roleIndustry', 'to', args.role)] }, args);
  }

  roles(industry: Industry): Promise<Role[]> {
    return this.links.industryRoles.targets(industry.id);
  }

  employers(industry: Industry): Promise<Employer[]> {
    return this.links.industryEmployers.targets(industry.id);
  }
}
