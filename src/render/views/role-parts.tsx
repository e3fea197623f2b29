import type { RoleInHubViewQuery, RoleViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import { Chips, Ref, Section, specialismPath, type Data } from '../components.js';
import { useText } from '../ui-text/index.js';

/** What a role page and a role-in-hub page both know of the role. */
export type RoleDetails = Data<RoleViewQuery, 'role'> | Data<RoleInHubViewQuery, 'role'>;

/** The role's focus, key difference and specialisms, under its heading. */
export function RoleFacts({ role }: { role: RoleDetails }) {
  const t = useText();
  return (
    <dl class="facts">
      <dt>{t.common.primaryFocus}</dt>
      <dd>{role.primaryFocus}</dd>
      <dt>{t.common.keyDifference}</dt>
      <dd>{role.keyDifference}</dd>
      <dt>{t.common.specialisms}</dt>
      <dd>
        {role.specialisms.map((s, i) => (
          <>
            {i > 0 && ', '}
            <Ref path={specialismPath(s.slug)}>{s.name}</Ref>
          </>
        ))}
      </dd>
    </dl>
  );
}

/** The role's skills (core, then supporting) and technologies. */
export function SkillsAndTools({ role }: { role: RoleDetails }) {
  const t = useText();
  const core = role.skillLinks.filter((l) => l.level === 'CORE');
  const supporting = role.skillLinks.filter((l) => l.level === 'SUPPORTING');
  const chip = (l: (typeof core)[number]) => ({
    path: pathOf({ kind: 'skill', slug: l.skill.slug }),
    label: l.skill.name,
  });
  return (
    <>
      <Section id="skills" title={t.common.skills} show={role.skillLinks.length > 0}>
        {core.length > 0 && <h3>{t.role.coreSkills}</h3>}
        <Chips items={core.map(chip)} />
        {supporting.length > 0 && <h3>{t.role.supportingSkills}</h3>}
        <Chips items={supporting.map(chip)} />
      </Section>
      <Section id="technologies" title={t.common.technologies} show={role.technologies.length > 0}>
        <Chips
          items={role.technologies.map((t) => ({
            path: pathOf({ kind: 'technology', slug: t.slug }),
            label: t.name,
          }))}
        />
      </Section>
    </>
  );
}
