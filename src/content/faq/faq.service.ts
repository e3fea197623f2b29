import { NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Role, Specialism } from '../entities.js';
import { Faq } from './faq.entity.js';
import { FaqConnection, type FaqListArgs } from './faq.args.js';

export class FaqService extends NodeService<Faq> {
  constructor(deps: ServiceDeps) {
    super(deps, 'faq', FaqConnection);
  }

  list(args: FaqListArgs) {
    return this.page(
      {
        via: [
          this.via('specialismFaq', 'to', args.specialism),
          this.via('roleFaq', 'to', args.role),
        ],
      },
      args,
    );
  }

  specialisms(faq: Faq): Promise<Specialism[]> {
    return this.links.faqSpecialisms.targets(faq.id);
  }

  roles(faq: Faq): Promise<Role[]> {
    return this.links.faqRoles.targets(faq.id);
  }
}
