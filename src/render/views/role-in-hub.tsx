import type { RoleInHubViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import { Chips, Prose, Section, Tags, refTo, rolePath, type Data } from '../components.js';
import { useText } from '../ui-text/index.js';
import { useJobsText } from '../ui-text/jobs.js';
import { AdvertisedSalaries, JobsSection } from './job-parts.js';
import { RoleFacts, SkillsAndTools } from './role-parts.js';

/** `/roles/<role>/<hub>/`: the role in one hub, its employers there, and the role's other hubs. */
export function RoleInHubView({
  role,
  hub,
  country,
}: {
  role: Data<RoleInHubViewQuery, 'role'>;
  hub: Data<RoleInHubViewQuery, 'hub'>;
  /** The hub's country, named in the page's language. */
  country: string;
}) {
  const t = useText();
  const j = useJobsText();
  // Other hubs are linked only where the role has a page of its own there.
  const pages = new Set(role.hubPages.map((h) => h.slug));
  const others = role.hubs.filter((h) => h.slug !== hub.slug && pages.has(h.slug));
  return (
    <>
      <div class="hero">
        <h1>{t.roleInHub.heading(role.name, hub.city)}</h1>
        <p class="lede">{role.summary}</p>
        <RoleFacts role={role} />
      </div>
      <Section id="location" title={t.roleInHub.locationTitle(hub.city, country)}>
        <p>
          {t.roleInHub.intro({
            city: hub.city,
            region: hub.region,
            role: role.name,
            roleLink: refTo(rolePath(role.slug)),
            hubLink: refTo(pathOf({ kind: 'hub', slug: hub.slug })),
          })}
        </p>
        {hub.remoteNotes && <p>{hub.remoteNotes}</p>}
        {hub.employers.length > 0 && (
          <>
            <h3>{t.roleInHub.employersIn(hub.city)}</h3>
            <Tags names={hub.employers} />
          </>
        )}
      </Section>
      <Section id="note" title={j.hubNoteTitle} show={Boolean(role.hubNote)}>
        <Prose html={role.hubNote} />
      </Section>
      <JobsSection title={j.jobsFor(`${role.name}, ${hub.city}`)} jobs={role.hubVacancies} />
      <AdvertisedSalaries salaries={role.hubSalaries} />
      <SkillsAndTools role={role} />
      <Section id="elsewhere" title={t.roleInHub.otherHubs(role.name)} show={others.length > 0}>
        <Chips
          items={others.map((h) => ({
            path: pathOf({ kind: 'roleInHub', slug: role.slug, hub: h.slug }),
            label: h.city,
          }))}
        />
      </Section>
    </>
  );
}
