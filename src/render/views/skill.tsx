import type { SkillViewQuery } from '../../generated/graphql.js';
import type { Data } from '../components.js';
import type { UiText } from '../ui-text/index.js';
import { TaxonomyView } from './taxonomy.js';

/** `/skills/<skill>/`: a skill and the roles that need it. */
export function SkillView({
  node,
  text,
}: {
  node: Data<SkillViewQuery, 'node'>;
  /** The catalog of the locale the page's path names. */
  text: UiText;
}) {
  const words = text.taxonomy.skill;
  return (
    <TaxonomyView
      node={node}
      heading={words.heading(node.name)}
      lede={node.description ?? words.lede(node.name)}
      rolesTitle={words.rolesTitle}
    />
  );
}
