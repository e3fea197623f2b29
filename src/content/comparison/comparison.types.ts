import { Field, ObjectType } from 'type-graphql';
import { Role } from '../role/role.entity.js';
import { Skill } from '../skill/skill.entity.js';
import { Technology } from '../technology/technology.entity.js';

interface Identified {
  id: number;
}

/** Nodes of the first list that every other list also holds, in the first list's order. */
function sharedBy<T extends Identified>(lists: T[][]): T[] {
  const [first = [], ...rest] = lists;
  const others = rest.map((list) => new Set(list.map((n) => n.id)));
  return first.filter((n) => others.every((ids) => ids.has(n.id)));
}

/** How many of the lists hold each node (by id): counted once for all rows, not per row. */
const holders = new WeakMap<object[][], Map<number, number>>();

/** Nodes of `lists[index]` that no other list holds. */
function onlyIn<T extends Identified>(lists: T[][], index: number): T[] {
  let counts = holders.get(lists);
  if (!counts) {
    counts = new Map();
    for (const list of lists)
      for (const id of new Set(list.map((n) => n.id))) counts.set(id, (counts.get(id) ?? 0) + 1);
    holders.set(lists, counts);
  }
  return lists[index].filter((n) => counts.get(n.id) === 1);
}

type Load<T> = (role: Role) => Promise<T[]>;

/** A specialism's own text for a row (from its link to the role); null: the role's own. */
export interface RowView {
  primaryFocus: string | null;
  keyDifference: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A table comparing roles: one row per role, plus the skills and technologies they share.',
})
export class RoleComparison {
  @Field(() => [RoleComparisonRow], { description: 'One row per role, in the order compared.' })
  readonly rows: RoleComparisonRow[];

  private skillLists?: Promise<Skill[][]>;
  private technologyLists?: Promise<Technology[][]>;

  constructor(
    readonly roles: Role[],
    private readonly loadSkills: Load<Skill>,
    private readonly loadTechnologies: Load<Technology>,
    views: (RowView | undefined)[] = [],
  ) {
    this.rows = roles.map((role, index) => new RoleComparisonRow(role, index, this, views[index]));
  }

  /** Skills of each role, loaded once and only when asked for. */
  skillsByRow(): Promise<Skill[][]> {
    return (this.skillLists ??= Promise.all(this.roles.map(this.loadSkills)));
  }

  technologiesByRow(): Promise<Technology[][]> {
    return (this.technologyLists ??= Promise.all(this.roles.map(this.loadTechnologies)));
  }

  @Field(() => [Skill], { description: 'Skills every compared role needs.' })
  async sharedSkills(): Promise<Skill[]> {
    return sharedBy(await this.skillsByRow());
  }

  @Field(() => [Technology], { description: 'Technologies every compared role uses.' })
  async sharedTechnologies(): Promise<Technology[]> {
    return sharedBy(await this.technologiesByRow());
  }

  async distinctSkills(index: number): Promise<Skill[]> {
    return onlyIn(await this.skillsByRow(), index);
  }

  async distinctTechnologies(index: number): Promise<Technology[]> {
    return onlyIn(await this.technologiesByRow(), index);
  }
}

@ObjectType({ simpleResolvers: true, description: 'One role in a comparison table.' })
export class RoleComparisonRow {
  constructor(
    role: Role,
    private readonly index: number,
    private readonly table: RoleComparison,
    view?: RowView,
  ) {
    this.role = role;
    this.primaryFocus = view?.primaryFocus ?? role.primaryFocus;
    this.keyDifference = view?.keyDifference ?? role.keyDifference;
  }

  @Field(() => Role, { description: 'The role in this row.' })
  role: Role;

  @Field({
    description:
      "What the role concentrates on: in a specialism's table, the specialism's own text for it when its link gives one, else the role's.",
  })
  primaryFocus: string;

  @Field({
    description:
      "What sets the role apart from the others: in a specialism's table, the specialism's own text for it when its link gives one, else the role's.",
  })
  keyDifference: string;

  @Field(() => [Skill], { description: 'Skills only this role needs, among the roles compared.' })
  distinctSkills(): Promise<Skill[]> {
    return this.table.distinctSkills(this.index);
  }

  @Field(() => [Technology], {
    description: 'Technologies only this role uses, among the roles compared.',
  })
  distinctTechnologies(): Promise<Technology[]> {
    return this.table.distinctTechnologies(this.index);
  }
}
