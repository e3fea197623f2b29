import type { ComponentChildren } from 'preact';
import type {
  HubViewQuery,
  IndustryViewQuery,
  SkillViewQuery,
  TechnologyViewQuery,
} from '../../generated/graphql.js';
import { Ref, Section, Tags, rolePath, specialismPath, type Data } from '../components.js';
import { useText } from '../ui-text/index.js';

interface RoleCard {
  slug: string;
  name: string;
  summary: string;
}

function RoleCards({ roles, pathFor }: { roles: RoleCard[]; pathFor: (slug: string) => string }) {
  return (
    <ul class="cards">
      {roles.map((r) => (
        <li class="card">
          <h3>
            <Ref path={pathFor(r.slug)}>{r.name}</Ref>
          </h3>
          <p>{r.summary}</p>
        </li>
      ))}
    </ul>
  );
}

type TaxonomyNode =
  | Data<SkillViewQuery, 'node'>
  | Data<TechnologyViewQuery, 'node'>
  | Data<IndustryViewQuery, 'node'>
  | Data<HubViewQuery, 'node'>;

/**
 * The page of a skill, technology, industry or hub: the node, its roles as cards, its employers;
 * each kind's view words the heading, lede and list title.
 */
export function TaxonomyView({
  node,
  heading,
  lede,
  rolesTitle,
  pathFor = rolePath,
  children,
}: {
  node: TaxonomyNode;
  /** What the kind adds after its roles (a hub's live jobs). */
  children?: ComponentChildren;
  heading: string;
  lede: string;
  rolesTitle: string;
  /** Where a role's card links, by the role's slug; its own page unless given. */
  pathFor?: (slug: string) => string;
}) {
  const t = useText();
  const employers = 'employers' in node ? node.employers : [];
  const notes = 'specialismNotes' in node ? node.specialismNotes : [];
  const website = 'website' in node ? node.website : null;
  return (
    <>
      <div class="hero">
        <h1>{heading}</h1>
        <p class="lede">{lede}</p>
        {website && (
          <p>
            {t.taxonomy.officialSite(
              <a href={website}>{website.replace(/^https?:\/\/|\/$/g, '')}</a>,
            )}
          </p>
        )}
      </div>
      <Section id="specialisms" title={t.taxonomy.bySpecialism} show={notes.length > 0}>
        <dl>
          {notes.map((n) => (
            <>
              <dt>
                <Ref path={specialismPath(n.specialism.slug)}>{n.specialism.name}</Ref>
              </dt>
              <dd>{n.note}</dd>
            </>
          ))}
        </dl>
      </Section>
      <Section id="roles" title={rolesTitle}>
        <RoleCards roles={node.roles} pathFor={pathFor} />
      </Section>
      {children}
      <Section id="employers" title={t.common.employers} show={employers.length > 0}>
        <Tags names={employers} />
      </Section>
    </>
  );
}
