import { Entity, ManyToOne, Unique, type Rel } from '@mikro-orm/core';
import { OrderedLink } from '../common/content-node.entity.js';
import { Employer } from './employer.entity.js';
import { Industry } from '../industry/industry.entity.js';
import { Hub } from '../hub/hub.entity.js';

/** Employer → industry it works in, ordered. */
@Entity()
@Unique({ properties: ['employer', 'industry'] })
export class EmployerIndustry extends OrderedLink {
  @ManyToOne(() => Employer, { deleteRule: 'cascade' })
  employer!: Rel<Employer>;

  @ManyToOne(() => Industry, { deleteRule: 'cascade', index: true })
  industry!: Rel<Industry>;
}

/** Employer → hub where it hires, ordered. */
@Entity()
@Unique({ properties: ['employer', 'hub'] })
export class EmployerHub extends OrderedLink {
  @ManyToOne(() => Employer, { deleteRule: 'cascade' })
  employer!: Rel<Employer>;

  @ManyToOne(() => Hub, { deleteRule: 'cascade', index: true })
  hub!: Rel<Hub>;
}
