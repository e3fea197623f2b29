import { allOf, linkedTo, NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Hub, Industry, Specialism } from '../entities.js';
import { Employer } from './employer.entity.js';
import { EmployerConnection, type EmployerListArgs } from './employer.args.js';

export class EmployerService extends NodeService<Employer> {
  constructor(deps: ServiceDeps) {
    super(deps, Employer, EmployerConnection);
  }

  list(args: EmployerListArgs) {
    const where = allOf(
      linkedTo((kind) => ({ kind }), args.kind),
      this.via('industryLinks', 'industry', args.industry),
      this.via('hubLinks', 'hub', args.hub),
    );
    return this.page(where, args);
  }

  industries(employer: Employer): Promise<Industry[]> {
    return this.links.employerIndustries.targets(employer.id);
  }

  hubs(employer: Employer): Promise<Hub[]> {
    return this.links.employerHubs.targets(employer.id);
  }

  specialisms(employer: Employer): Promise<Specialism[]> {
    return this.links.employerSpecialisms.targets(employer.id);
  }
}
