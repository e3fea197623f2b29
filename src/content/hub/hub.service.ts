import type { EntityManager } from '@mikro-orm/core';
import { allOf, linkedTo, NodeService } from '../common/node.service.js';
import type { Links } from '../links.js';
import type { Employer, Role } from '../entities.js';
import { Hub } from './hub.entity.js';
import { HubConnection, type HubListArgs } from './hub.args.js';

export class HubService extends NodeService<Hub> {
  constructor(em: EntityManager, links: Links) {
    super(em, links, Hub, HubConnection);
  }

  list(args: HubListArgs) {
    const where = allOf(
      linkedTo((slug) => ({ roleLinks: { role: { slug } } }), args.role),
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
