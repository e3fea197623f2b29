import { Entity, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { OrderedLink } from '../common/content-node.entity.js';
import { Specialism } from './specialism.entity.js';
import { Role } from '../role/role.entity.js';
import { Faq } from '../faq/faq.entity.js';
import { Employer } from '../employer/employer.entity.js';

/**
 * Specialism → one of its roles, ordered as in the comparison table. Exactly one link per
 * specialism is the primary role (position 0); the others are its related roles.
 */
@Entity()
@Unique({ properties: ['specialism', 'role'] })
export class SpecialismRole extends OrderedLink {
  @Property({ default: false })
  primary: boolean = false;

  /** Whether the role is primary in the owner's working version, when an edit changed it. */
  @Property({ type: 'boolean', nullable: true })
  draftPrimary: boolean | null = null;

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
