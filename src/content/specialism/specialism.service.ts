import type { EntityManager } from '@mikro-orm/core';
import { NodeService } from '../common/node.service.js';
import type { Connection } from '../common/connection.js';
import type { Links } from '../links.js';
import type { Employer, Faq, Role } from '../entities.js';
import { Specialism } from './specialism.entity.js';
import { SpecialismConnection, type SpecialismListArgs } from './specialism.args.js';

export class SpecialismService extends NodeService<Specialism> {
  constructor(em: EntityManager, links: Links) {
    super(em, links, Specialism, SpecialismConnection);
  }

  list(args: SpecialismListArgs): Promise<Connection<Specialism>> {
    return this.page({}, args);
  }

  /** The primary role first, then the related roles, as in the comparison table. */
  async roles(specialism: Specialism): Promise<Role[]> {
    const links = await this.links.specialismRoles.links(specialism.id);
    return [...links.filter((l) => l.primary), ...links.filter((l) => !l.primary)].map(
      (l) => l.role,
    );
  }

  async primaryRole(specialism: Specialism): Promise<Role | null> {
    const links = await this.links.specialismRoles.links(specialism.id);
    return links.find((l) => l.primary)?.role ?? null;
  }

  async relatedRoles(specialism: Specialism): Promise<Role[]> {
    const links = await this.links.specialismRoles.links(specialism.id);
    return links.filter((l) => !l.primary).map((l) => l.role);
  }

  faqs(specialism: Specialism): Promise<Faq[]> {
    return this.links.specialismFaqs.targets(specialism.id);
  }

  featuredEmployers(specialism: Specialism): Promise<Employer[]> {
    return this.links.specialismEmployers.targets(specialism.id);
  }
}
