import { allOf, NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Employer, Role } from '../entities.js';
import { Hub } from './hub.entity.js';
import { HubConnection, type HubListArgs } from './hub.args.js';

export class HubService extends NodeService<Hub> {
  constructor(deps: ServiceDeps) {
    super(deps, Hub, HubConnection);
  }

  list(args: HubListArgs) {
    const where = allOf(
      this.via('roleLinks', 'role', args.role),
      args.country == null ? undefined : { country: args.country.trim().toUpperCase() },
      args.region == null ? undefined : { region: args.region.trim() },
    );
    return this.page(where, args);
  }

  roles(hub: Hub): Promise<Role[]> {
    return this.links.hubRoles.targets(hub.id);
  }

  employers(hub: Hub): Promise<Employer[]> {
    return this.links.hubEmployers.targets(hub.id);
  }
}
