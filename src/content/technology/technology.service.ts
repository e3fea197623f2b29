import { NodeService, slugOrNull, type ServiceDeps } from '../common/node.service.js';
import type { Role } from '../entities.js';
import { Technology } from './technology.entity.js';
import { TechnologyConnection, type TechnologyListArgs } from './technology.args.js';

export class TechnologyService extends NodeService<Technology> {
  constructor(deps: ServiceDeps) {
    super(deps, 'technology', TechnologyConnection);
  }

  list(args: TechnologyListArgs) {
    return this.page(
      {
        fields: { category: slugOrNull(args.category) },
        via: [this.via('roleTechnology', 'to', args.role)],
      },
      args,
    );
  }

  roles(technology: Technology): Promise<Role[]> {
    return this.links.technologyRoles.targets(technology.id);
  }
}
