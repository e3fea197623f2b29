import type { LinkKind, NodeType } from '../content/model.js';
import type { LocaleConfig, Translations } from '../content/locales.js';

// The seed works on the seeded types only: vacancies come from their feed.
export {
  seededLinkKinds as linkKinds,
  linkModels,
  nodeModels,
  seededTypes as nodeTypes,
} from '../content/model.js';
export type { LinkKind, NodeType } from '../content/model.js';

/**
 * The content graph as plain data, between the files an editor writes and the database: the
 * reader builds it from files, the loader writes it to the database, the exporter reads it back.
 * `fields` holds exactly the entity's stored fields (missing optional text is `null`).
 */
export interface ContentSet {
  nodes: NodeRecord[];
  links: LinkRecord[];
  /** The site's locales (`locales.yaml`); absent: the default locale alone. */
  locales?: LocaleConfig;
}

/** Where in the files a node or link was written (1-based). */
export interface SourceRef {
  file: string;
  line: number;
  column: number;
}

export interface NodeRecord {
  type: NodeType;
  slug: string;
  fields: Record<string, unknown>;
  /** Text in other locales, per locale and field (from `<file>.<locale>.yaml`). */
  translations?: Translations;
  source?: SourceRef;
}

export interface LinkRecord {
  kind: LinkKind;
  from: string;
  to: string;
  /** 0-based place in the `from` node's list. */
  position: number;
  /** Data the edge carries, e.g. `{ level: 'core' }`. */
  data: Record<string, unknown>;
  source?: SourceRef;
}
