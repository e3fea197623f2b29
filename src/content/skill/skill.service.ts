import { allOf, linkedTo, NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Role } from '../entities.js';
import { Skill } from './skill.entity.js';
import { SkillConnection, type SkillListArgs } from './skill.args.js';

export class SkillService extends NodeService<Skill> {
  constructor(deps: ServiceDeps) {
    super(deps, Skill, SkillConnection);
  }

  list(args: SkillListArgs) {
    const where = allOf(
      linkedTo((category) => ({ category }), args.category),
      this.via('roleLinks', 'role', args.role),
    );
    return this.page(where, args);
  }

  roles(skill: Skill): Promise<Role[]> {
    return this.links.skillRoles.targets(skill.id);
  }
}
