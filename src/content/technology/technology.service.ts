import type { EntityManager } from '@mikro-orm/core';
import { allOf, linkedTo, NodeService } from '../common/node.service.js';
import type { Links } from '../links.js';
import type { Role } from '../entities.js';
import { Technology } from './technology.entity.js';
import { TechnologyConnection, type TechnologyListArgs } from './technology.args.js';

export class TechnologyService extends NodeService<Technology> {
  constructor(em: EntityManager, links: Links) {
    super(em, links, Technology, TechnologyConnection);
  }

  list(args: TechnologyListArgs) {
    const where = allOf(
      linkedTo((category) => ({ category }), args.category),
      linkedTo((slug) => ({ roleLinks: { role: { slug } } }), args.role),
    );
    return this.page(where, args);
  }

  roles(technology: Technology): Promise<Role[]> {
    return this.links.technologyRoles.targets(technology.id);
  }
}
