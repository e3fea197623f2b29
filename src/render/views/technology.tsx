import type { TechnologyViewQuery } from '../../generated/graphql.js';
import type { Data } from '../components.js';
import type { UiText } from '../ui-text/index.js';
import { TaxonomyView } from './taxonomy.js';

/** `/technologies/<technology>/`: a technology, its website, and the roles that use it. */
export function TechnologyView({
  node,
  text,
}: {
  node: Data<TechnologyViewQuery, 'node'>;
  /** The catalog of the locale the page's path names. */
  text: UiText;
}) {
  const words = text.taxonomy.technology;
  return (
    <TaxonomyView
      node={node}
      heading={words.heading(node.name)}
      lede={node.description ?? words.lede(node.name)}
      rolesTitle={words.rolesTitle(node.name)}
    />
  );
}
