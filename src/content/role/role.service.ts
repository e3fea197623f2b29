import { NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Connection } from '../common/connection.js';
import type { Faq, Hub, Industry, Skill, Specialism, Technology } from '../entities.js';
import { Role } from './role.entity.js';
import type { RoleSkill, SkillLevel } from './role-links.entity.js';
import { RoleConnection, type RoleListArgs } from './role.args.js';

export class RoleService extends NodeService<Role> {
  constructor(deps: ServiceDeps) {
    super(deps, 'role', RoleConnection);
  }

  list(args: RoleListArgs): Promise<Connection<Role>> {
    return this.page(
      {
        via: [
          this.via('roleSkill', 'from', args.skill),
          this.via('roleTechnology', 'from', args.technology),
          this.via('roleHub', 'from', args.hub),
          this.via('roleIndustry', 'from', args.industry),
          this.via('specialismRole', 'to', args.specialism),
        ],
      },
      args,
    );
  }

  async skillLinks(role: Role, level?: SkillLevel | null): Promise<RoleSkill[]> {
    const links = await this.links.roleSkills.links(role.id);
    return level ? links.filter((l) => l.level === level) : links;
  }

  async skills(role: Role, level?: SkillLevel | null): Promise<Skill[]> {
    return (await this.skillLinks(role, level)).map((l) => l.skill);
  }

  technologies(role: Role): Promise<Technology[]> {
    return this.links.roleTechnologies.targets(role.id);
  }

  industries(role: Role): Promise<Industry[]> {
    return this.links.roleIndustries.targets(role.id);
  }

  hubs(role: Role): Promise<Hub[]> {
    return this.links.roleHubs.targets(role.id);
  }

  relatedRoles(role: Role): Promise<Role[]> {
    return this.links.roleRelatedRoles.targets(role.id);
  }

  faqs(role: Role): Promise<Faq[]> {
    return this.links.roleFaqs.targets(role.id);
  }

  specialisms(role: Role): Promise<Specialism[]> {
    return this.links.roleSpecialisms.targets(role.id);
  }

  /**
   * The specialism a role belongs to: one it is primary for, else the one whose folder holds it
   * (its own), else the first by slug. A specialism that borrows the role never takes it over.
   */
  async homeSpecialism(role: Role): Promise<Specialism | null> {
    const links = await this.links.roleSpecialisms.links(role.id);
    return (
      (links.find((l) => l.primary) ?? links.find((l) => l.own) ?? links[0])?.specialism ?? null
    );
  }
}
