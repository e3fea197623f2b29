import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { OrderedLink } from '../common/content-node.entity.js';
import { Specialism } from './specialism.entity.js';
import { Role } from '../role/role.entity.js';
import { Faq } from '../faq/faq.entity.js';
import { Employer } from '../employer/employer.entity.js';

/**
 * Specialism → one of its roles, ordered as in the comparison table. Exactly one link per
 * specialism is the primary role (position 0); the others are its related roles.
 *
 * The link is the role's place in this specialism: whether the role is the specialism's own (its
 * file is in the specialism's folder) or borrowed from another, and this specialism's view of it
 * in the table. A borrowed role adds to the specialism's aggregates only what it shares with the
 * own roles, or what `contributes` lists.
 */
@Entity()
@Unique({ properties: ['specialism', 'role'] })
export class SpecialismRole extends OrderedLink {
  @Property({ default: false })
  primary: boolean = false;

  /** Whether the role is primary in the owner's working version, when an edit changed it. */
  @Property({ type: 'boolean', nullable: true })
  draftPrimary: boolean | null = null;

  /** The role belongs to this specialism (its file is in the specialism's folder). */
  @Property({ default: false })
  own: boolean = false;

  @Property({ type: 'boolean', nullable: true })
  draftOwn: boolean | null = null;

  /** The table's "primary focus" for this role in this specialism; null: the role's own. */
  @Property({ type: 'text', nullable: true })
  primaryFocus: string | null = null;

  @Property({ type: 'text', nullable: true })
  draftPrimaryFocus: string | null = null;

  /** The table's "key difference" for this role in this specialism; null: the role's own. */
  @Property({ type: 'text', nullable: true })
  keyDifference: string | null = null;

  @Property({ type: 'text', nullable: true })
  draftKeyDifference: string | null = null;

  /**
   * What a borrowed role adds to the specialism's aggregates beyond what it shares with the own
   * roles: canonical JSON `{"technologies":[…],"industries":[…],"hubs":[…]}` of slugs, or null.
   * Kept as text so the loader and the store compare it like any other link column.
   */
  @Property({ type: 'text', nullable: true })
  contributes: string | null = null;

  @Property({ type: 'text', nullable: true })
  draftContributes: string | null = null;

  @ManyToOne(() => Specialism, { deleteRule: 'cascade' })
  specialism!: Rel<Specialism>;

  @ManyToOne(() => Role, { deleteRule: 'cascade', index: true })
  role!: Rel<Role>;
}

/** Specialism → FAQ, ordered as on the FAQ page. */
@Entity()
@Unique({ properties: ['specialism', 'faq'] })
export class SpecialismFaq extends OrderedLink {
  @ManyToOne(() => Specialism, { deleteRule: 'cascade' })
  specialism!: Rel<Specialism>;

  @ManyToOne(() => Faq, { deleteRule: 'cascade', index: true })
  faq!: Rel<Faq>;
}

/** Specialism → an employer featured on its page, ordered. */
@Entity()
@Unique({ properties: ['specialism', 'employer'] })
export class SpecialismEmployer extends OrderedLink {
  @ManyToOne(() => Specialism, { deleteRule: 'cascade' })
  specialism!: Rel<Specialism>;

  @ManyToOne(() => Employer, { deleteRule: 'cascade', index: true })
  employer!: Rel<Employer>;
}
