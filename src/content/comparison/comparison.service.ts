import { badInput } from '../../errors/index.js';
import { normalizeSlug } from '../common/node.service.js';
import type { Role } from '../role/role.entity.js';
import type { RoleService } from '../role/role.service.js';
import { RoleComparison, type RowView } from './comparison.types.js';

/** Most roles one comparison table may hold. */
export const MAX_COMPARED_ROLES = 10;

export class ComparisonService {
  constructor(private readonly roles: RoleService) {}

  /** A comparison table of these roles, in this order; `views` give a row's text of its own. */
  compare(roles: Role[], views: (RowView | undefined)[] = []): RoleComparison {
    return new RoleComparison(
      roles,
      (role) => this.roles.skills(role),
      (role) => this.roles.technologies(role),
      views,
    );
  }

  /** Compares the roles with these slugs. Every slug must name a role, once. */
  async compareSlugs(slugs: string[]): Promise<RoleComparison> {
    if (slugs.length === 0) throw badInput('slugs', 'give at least one role slug');
    if (slugs.length > MAX_COMPARED_ROLES) {
      throw badInput('slugs', `compare at most ${MAX_COMPARED_ROLES} roles (got ${slugs.length})`);
    }
    const normalized = slugs.map(normalizeSlug);
    const repeated = normalized.filter((s, i) => normalized.indexOf(s) !== i);
    if (repeated.length)
      throw badInput('slugs', `each role once; repeated: ${repeated.join(', ')}`);

    const found = await Promise.all(normalized.map((slug) => this.roles.bySlug(slug)));
    const unknown = normalized.filter((_, i) => found[i] === null);
    if (unknown.length)
      throw badInput('slugs', `no role with slug ${unknown.map((s) => `"${s}"`).join(', ')}`);
    return this.compare(found as Role[]);
  }
}
