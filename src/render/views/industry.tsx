import type { IndustryViewQuery } from '../../generated/graphql.js';
import type { Data } from '../components.js';
import type { UiText } from '../ui-text/index.js';
import { TaxonomyView } from './taxonomy.js';

/** `/industries/<industry>/`: an industry, its employers, and the roles it hires. */
export function IndustryView({
  node,
  text,
}: {
  node: Data<IndustryViewQuery, 'node'>;
  /** The catalog of the locale the page's path names. */
  text: UiText;
}) {
  const words = text.taxonomy.industry;
  return (
    <TaxonomyView
      node={node}
      heading={words.heading(node.name)}
      lede={node.description ?? words.lede(node.name)}
      rolesTitle={words.rolesTitle}
    />
  );
}
