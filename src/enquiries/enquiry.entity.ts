import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** A hiring enquiry from the form on a specialism page. Readable by editors only. */
@Entity()
export class Enquiry {
  @PrimaryKey()
  id!: number;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  email!: string;

  @Property({ type: 'text' })
  company!: string;

  /** Slug of the specialism the enquiry was made from. */
  @Property({ type: 'text' })
  specialism!: string;

  /** Slugs of the roles the client wants to hire. */
  @Property({ type: 'json' })
  roles: string[] = [];

  @Property({ type: 'text' })
  message!: string;

  @Property()
  consent!: boolean;

  @Property({ type: Date, onCreate: () => new Date(), index: true })
  createdAt: Opt<Date> = new Date();
}
