import { NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Connection } from '../common/connection.js';
import type { Employer, Faq, Hub, Industry, Role, Technology } from '../entities.js';
import { Specialism } from './specialism.entity.js';
import { SpecialismConnection, type SpecialismListArgs } from './specialism.args.js';
import type { SpecialismRole } from './specialism-links.entity.js';
import { counted, parseContributions, type ContributionKind } from './contributions.js';
import type { NotedKind, SpecialismNote } from './specialism-note.types.js';

export class SpecialismService extends NodeService<Specialism> {
  constructor(deps: ServiceDeps) {
    super(deps, 'specialism', SpecialismConnection);
  }

  private everySpecialism?: Promise<Specialism[]>;

  list(args: SpecialismListArgs): Promise<Connection<Specialism>> {
    return this.page({}, args);
  }

  /** The links to the roles: the primary role first, then the related roles, as in the table. */
  async roleLinks(specialism: Specialism): Promise<SpecialismRole[]> {
    const links = await this.links.specialismRoles.links(specialism.id);
    return [...links.filter((l) => l.primary), ...links.filter((l) => !l.primary)];
  }

  /** The primary role first, then the related roles, as in the comparison table. */
  async roles(specialism: Specialism): Promise<Role[]> {
    return (await this.roleLinks(specialism)).map((l) => l.role);
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

  /** What each specialism notes on the shared node `slug` of `kind`, by specialism slug. */
  async notesOn(kind: NotedKind, slug: string): Promise<SpecialismNote[]> {
    // Read once per request however many nodes ask: specialisms are few, their nodes many.
    const specialisms = await (this.everySpecialism ??= this.all());
    return specialisms.flatMap((specialism) => {
      const note = specialism.notes?.[kind]?.[slug];
      return note ? [{ specialism, note }] : [];
    });
  }

  /** Technologies of the specialism's roles (see `acrossRoles`), most used first. */
  async technologies(specialism: Specialism): Promise<Technology[]> {
    return this.acrossRoles(specialism, 'technologies', (role) =>
      this.links.roleTechnologies.targets(role.id),
    );
  }

  /** Industries that hire the specialism's roles (see `acrossRoles`), most frequent first. */
  async industries(specialism: Specialism): Promise<Industry[]> {
    return this.acrossRoles(specialism, 'industries', (role) =>
      this.links.roleIndustries.targets(role.id),
    );
  }

  /** Hubs where the specialism's roles are hired (see `acrossRoles`), most frequent first. */
  async hubs(specialism: Specialism): Promise<Hub[]> {
    return this.acrossRoles(specialism, 'hubs', (role) => this.links.roleHubs.targets(role.id));
  }

  /**
   * What the specialism's roles link, counted by the rule in `contributions.ts`: every link of
   * its own roles; of a borrowed role, only what an own role also links or what the specialism's
   * link to it lists.
   */
  private async acrossRoles<T extends { id: number; slug: string }>(
    specialism: Specialism,
    kind: ContributionKind,
    linked: (role: Role) => Promise<T[]>,
  ): Promise<T[]> {
    const links = await this.roleLinks(specialism);
    const lists = await Promise.all(links.map((l) => linked(l.role)));
    const isOwn = (l: SpecialismRole) => l.own || l.primary;
    const ownSlugs = new Set(
      links.flatMap((l, i) => (isOwn(l) ? lists[i]!.map((n) => n.slug) : [])),
    );
    return rankByFrequency(
      links.map((l, i) =>
        counted(lists[i]!, isOwn(l), ownSlugs, parseContributions(l.contributes)[kind]),
      ),
    );
  }
}

/** The nodes of several lists, most frequent first; ties keep the order first seen. */
export function rankByFrequency<T extends { id: number }>(lists: T[][]): T[] {
  const seen = new Map<number, { node: T; count: number; first: number }>();
  let order = 0;
  for (const list of lists) {
    for (const node of list) {
      const entry = seen.get(node.id);
      if (entry) entry.count++;
      else seen.set(node.id, { node, count: 1, first: order++ });
    }
  }
  return [...seen.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .map((e) => e.node);
}
