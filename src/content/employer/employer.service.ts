import { NodeService, slugOrNull, type ServiceDeps } from '../common/node.service.js';
import type { Hub, Industry, Specialism } from '../entities.js';
import { Employer } from './employer.entity.js';
import { EmployerConnection, type EmployerListArgs } from './employer.args.js';

export class EmployerService extends NodeService<Employer> {
  constructor(deps: ServiceDeps) {
    super(deps, 'employer', EmployerConnection);
  }

  list(args: EmployerListArgs) {
    return this.page(
      {
        fields: { kind: slugOrNull(args.kind) },
        via: [
          this.via('employerIndustry', 'from', args.industry),
          this.via('employerHub', 'from', args.hub),
        ],
      },
      args,
    );
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
