import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** One field (or link list) that a publish changed. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What a node was when it was published: its fields, own link lists (by slug) and translations. */
export interface NodeSnapshot {
  fields: Record<string, unknown>;
  links: Record<string, { to: string; data: Record<string, unknown> }[]>;
  /** Its text in other locales; absent in revisions stored before translations were kept. */
  translations?: Record<string, Record<string, unknown>>;
}

/** A published version of a node: stored at every publish, restorable as a draft. */
@Entity()
@Index({ properties: ['nodeType', 'nodeSlug'] })
export class Revision {
  @PrimaryKey()
  id!: number;

  @Property({ type: 'text' })
  nodeType!: string;

  @Property({ type: 'text' })
  nodeSlug!: string;

  /** The node's version once published. */
  @Property()
  version!: number;

  /** Name of the token that published it. */
  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: Date, onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'json' })
  snapshot!: NodeSnapshot;

  /** Field-level difference from the previous revision (everything, for the first). */
  @Property({ type: 'json' })
  changes!: FieldChange[];
}
