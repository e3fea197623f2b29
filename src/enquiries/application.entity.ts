import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Vacancy } from '../content/vacancy/vacancy.entity.js';

/**
 * An application from the form on a job page (a job without `applyUrl`). Readable by editors
 * only. It keeps the job's slug and title as they were, so it still says what it was for if the
 * vacancy is deleted (the link is then cleared).
 */
@Entity()
export class Application {
  @PrimaryKey()
  id!: number;

  @ManyToOne(() => Vacancy, { deleteRule: 'set null', nullable: true, index: true })
  vacancy: Rel<Vacancy> | null = null;

  /** The job's slug when the application was made. */
  @Property({ type: 'text', index: true })
  vacancySlug!: string;

  /** The job's title when the application was made. */
  @Property({ type: 'text' })
  vacancyTitle!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  email!: string;

  /** The cover note. */
  @Property({ type: 'text' })
  message!: string;

  /** A link to a CV, or a CV as text (optional). */
  @Property({ type: 'text', nullable: true })
  cv: string | null = null;

  /** The language of the page the form was on. */
  @Property({ type: 'text', nullable: true })
  locale: string | null = null;

  @Property()
  consent!: boolean;

  @Property({ type: Date, onCreate: () => new Date(), index: true })
  createdAt: Opt<Date> = new Date();
}
