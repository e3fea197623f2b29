import type { EntityManager } from '@mikro-orm/core';
import { allOf, linkedTo, NodeService } from '../common/node.service.js';
import type { Links } from '../links.js';
import type { Role, Specialism } from '../entities.js';
import { Faq } from './faq.entity.js';
import { FaqConnection, type FaqListArgs } from './faq.args.js';

export class FaqService extends NodeService<Faq> {
  constructor(em: EntityManager, links: Links) {
    super(em, links, Faq, FaqConnection);
  }

  list(args: FaqListArgs) {
    const where = allOf(
      linkedTo((slug) => ({ specialismLinks: { specialism: { slug } } }), args.specialism),
      linkedTo((slug) => ({ roleLinks: { role: { slug } } }), args.role),
    );
    return this.page(where, args);
  }

  specialisms(faq: Faq): Promise<Specialism[]> {
    return this.links.faqSpecialisms.targets(faq.id);
  }

  roles(faq: Faq): Promise<Role[]> {
    return this.links.faqRoles.targets(faq.id);
  }
}
