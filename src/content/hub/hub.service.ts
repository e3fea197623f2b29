import { NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Employer, Role } from '../entities.js';
import { Hub } from './hub.entity.js';
import { HubConnection, type HubListArgs } from './hub.args.js';

export class HubService extends NodeService<Hub> {
  constructor(deps: ServiceDeps) {
    super(deps, 'hub', HubConnection);
  }

  list(args: HubListArgs) {
    return this.page(
      {
        fields: { country: args.country?.trim().toUpperCase(), region: args.region?.trim() },
        via: [this.via('roleHub', 'to', args.role)],
      },
      args,
    );
  }

  roles(hub: Hub): Promise<Role[]> {
    return this.links.hubRoles.targets(hub.id);
  }

  employers(hub: Hub): Promise<Employer[]> {
    return this.links.hubEmployers.targets(hub.id);
  }
}
