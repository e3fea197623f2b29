import { paginateOrdered, type ItemOrdering } from '../common/connection.js';
import { normalizeSlug, NodeService, type ServiceDeps } from '../common/node.service.js';
import type { Employer, Hub, Role, Skill, Technology } from '../entities.js';
import { salaryDistributions, type SalaryDistribution } from './salaries.js';
import { VacancyConnection, type VacancyListArgs } from './vacancy.args.js';
import { Vacancy, VacancyStatus } from './vacancy.entity.js';

/** The moment an ISO date or date-time ends: a date alone lasts to the end of its day, UTC. */
export function endOf(value: string): number {
  return Date.parse(/T/.test(value) ? value : `${value}T23:59:59.999Z`);
}

/**
 * A vacancy's state now: CLOSED and EXPIRED as stored; LIVE until its `validThrough` passes on
 * the app's clock, `now` (the expiry sweep then stores EXPIRED and tells the webhooks).
 */
export function vacancyState(vacancy: Vacancy, now: Date): VacancyStatus {
  if (vacancy.state !== VacancyStatus.LIVE) return vacancy.state;
  if (vacancy.validThrough && endOf(vacancy.validThrough) < now.getTime())
    return VacancyStatus.EXPIRED;
  return VacancyStatus.LIVE;
}

/** Newest first (by `datePosted`), then by slug, so the order is stable. */
const newestFirst = (a: Vacancy, b: Vacancy) =>
  Date.parse(b.datePosted) - Date.parse(a.datePosted) || (a.slug < b.slug ? -1 : 1);

/** The job list's order as cursors key it: posting time (newest first), then slug. */
const NEWEST_FIRST: ItemOrdering<Vacancy> = {
  name: 'posted',
  keyOf: (v) => [new Date(Date.parse(v.datePosted)).toISOString(), v.slug],
  compare: (a, b) =>
    a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? 1 : -1,
};

export class VacancyService extends NodeService<Vacancy> {
  /** The app's clock: pages, the API and search all ask it whether a vacancy is live. */
  private readonly now: () => Date;

  constructor(deps: ServiceDeps) {
    super(deps, 'vacancy', VacancyConnection);
    this.now = deps.now;
  }

  /** Every vacancy in `state` (live by default), newest first. */
  async inState(state: VacancyStatus = VacancyStatus.LIVE): Promise<Vacancy[]> {
    const now = this.now();
    return (await this.all()).filter((v) => vacancyState(v, now) === state).sort(newestFirst);
  }

  async list(args: VacancyListArgs) {
    let list = await this.inState(args.status ?? VacancyStatus.LIVE);
    if (args.workplace) list = list.filter((v) => v.workplace === args.workplace);
    if (args.employmentType) list = list.filter((v) => v.employmentType === args.employmentType);
    const linked = async (
      slug: string | null | undefined,
      of: (v: Vacancy) => Promise<{ slug: string }[]>,
    ) => {
      if (slug == null) return;
      const wanted = normalizeSlug(slug);
      const sides = await Promise.all(list.map(of));
      list = list.filter((_, i) => sides[i].some((n) => n.slug === wanted));
    };
    await linked(args.role, (v) => this.links.vacancyRoles.targets(v.id));
    await linked(args.hub, (v) => this.links.vacancyHubs.targets(v.id));
    await linked(args.employer, (v) => this.links.vacancyEmployers.targets(v.id));
    return paginateOrdered(list, VacancyConnection, args, NEWEST_FIRST);
  }

  state(vacancy: Vacancy): VacancyStatus {
    return vacancyState(vacancy, this.now());
  }

  async role(vacancy: Vacancy): Promise<Role | null> {
    return (await this.links.vacancyRoles.targets(vacancy.id))[0] ?? null;
  }

  hubs(vacancy: Vacancy): Promise<Hub[]> {
    return this.links.vacancyHubs.targets(vacancy.id);
  }

  async employer(vacancy: Vacancy): Promise<Employer | null> {
    return (await this.links.vacancyEmployers.targets(vacancy.id))[0] ?? null;
  }

  skills(vacancy: Vacancy): Promise<Skill[]> {
    return this.links.vacancySkills.targets(vacancy.id);
  }

  technologies(vacancy: Vacancy): Promise<Technology[]> {
    return this.links.vacancyTechnologies.targets(vacancy.id);
  }

  private live(list: Vacancy[]): Vacancy[] {
    const now = this.now();
    return list.filter((v) => vacancyState(v, now) === VacancyStatus.LIVE).sort(newestFirst);
  }

  /** Every vacancy for a role, whatever its state (a locale's pages include gone ones: 410). */
  ofRole(role: Role): Promise<Vacancy[]> {
    return this.links.roleVacancies.targets(role.id);
  }

  /** Live vacancies for a role (and, given a hub, in that hub), newest first. */
  async forRole(role: Role, hub?: Hub): Promise<Vacancy[]> {
    const list = this.live(await this.links.roleVacancies.targets(role.id));
    if (!hub) return list;
    const hubs = await Promise.all(list.map((v) => this.hubs(v)));
    return list.filter((_, i) => hubs[i].some((h) => h.id === hub.id));
  }

  async forHub(hub: Hub): Promise<Vacancy[]> {
    return this.live(await this.links.hubVacancies.targets(hub.id));
  }

  async forEmployer(employer: Employer): Promise<Vacancy[]> {
    return this.live(await this.links.employerVacancies.targets(employer.id));
  }

  /**
   * What a role-in-hub page has of its own: the role's live vacancies in the hub and the role's
   * note for the hub. With neither it is a thin page (`noindex`, canonical on the role page).
   */
  async roleInHub(role: Role, hub: Hub) {
    const vacancies = await this.forRole(role, hub);
    const note = role.hubNotes?.[hub.slug] ?? null;
    return { vacancies, note, indexable: vacancies.length > 0 || note !== null };
  }

  /** Pay percentiles from a role's live vacancies (in one hub, given one); ≥ 3 per figure. */
  async advertisedSalaries(role: Role, hub?: Hub): Promise<SalaryDistribution[]> {
    return salaryDistributions((await this.forRole(role, hub)).map((v) => v.salary));
  }
}
