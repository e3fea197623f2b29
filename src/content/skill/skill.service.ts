import { NodeService, slugOrNull, type ServiceDeps } from '../common/node.service.js';
import type { Role } from '../entities.js';
import { Skill } from './skill.entity.js';
import { SkillConnection, type SkillListArgs } from './skill.args.js';

export class SkillService extends NodeService<Skill> {
  constructor(deps: ServiceDeps) {
    super(deps, 'skill', SkillConnection);
  }

  list(args: SkillListArgs) {
    return this.page(
      {
        fields: { category: slugOrNull(args.category) },
        via: [this.via('roleSkill', 'to', args.role)],
      },
      args,
    );
  }

  roles(skill: Skill): Promise<Role[]> {
    return this.links.skillRoles.targets(skill.id);
  }
}
