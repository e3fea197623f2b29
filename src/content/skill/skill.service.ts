import type { EntityManager } from '@mikro-orm/core';
import { allOf, linkedTo, NodeService } from '../common/node.service.js';
import type { Links } from '../links.js';
import type { Role } from '../entities.js';
import { Skill } from './skill.entity.js';
import { SkillConnection, type SkillListArgs } from './skill.args.js';

export class SkillService extends NodeService<Skill> {
  constructor(em: EntityManager, links: Links) {
    super(em, links, Skill, SkillConnection);
  }

  list(args: SkillListArgs) {
    const where = allOf(
      linkedTo((category) => ({ category }), args.category),
      linkedTo((slug) => ({ roleLinks: { role: { slug } } }), args.role),
    );
    return this.page(where, args);
  }

  roles(skill: Skill): Promise<Role[]> {
    return this.links.skillRoles.targets(skill.id);
  }
}
