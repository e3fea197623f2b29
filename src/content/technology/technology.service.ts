import { allOf, linkedTo, NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Role } from '../entities.js';
import { Technology } from './technology.entity.js';
import { TechnologyConnection, type TechnologyListArgs } from './technology.args.js';

export class TechnologyService extends NodeService<Technology> {
  constructor(deps: ServiceDeps) {
    super(deps, Technology, TechnologyConnection);
  }

  list(args: TechnologyListArgs) {
    const where = allOf(
      linkedTo((category) => ({ category }), args.category),
      this.via('roleLinks', 'role', args.role),
    );
    return this.page(where, args);
  }

  roles(technology: Technology): Promise<Role[]> {
    return this.links.technologyRoles.targets(technology.id);
  }
}
