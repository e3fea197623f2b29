import type { RoleViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import { Chips, Items, Prose, Ref, Section, rolePath, type Data } from '../components.js';
import { intlFor } from '../../content/common/intl.js';
import { useText } from '../ui-text/index.js';
import { useJobsText } from '../ui-text/jobs.js';
import { AdvertisedSalaries, JobsSection } from './job-parts.js';
import { RoleFacts, SkillsAndTools } from './role-parts.js';

/** `/roles/<role>/`: what the role does, who it works with, what it needs, where it is hired. */
export function RoleView({ role }: { role: Data<RoleViewQuery, 'role'> }) {
  const t = useText();
  const j = useJobsText();
  const pages = new Set(role.hubPages.map((h) => h.slug));
  return (
    <>
      <div class="hero">
        <h1>{role.name}</h1>
        <p class="lede">{role.summary}</p>
        <RoleFacts role={role} />
      </div>
      <Section id="about" title={t.role.aboutTitle}>
        <Prose html={role.description} />
      </Section>
      <Section
        id="responsibilities"
        title={t.role.responsibilitiesTitle}
        show={role.responsibilities.length > 0}
      >
        <Items items={role.responsibilities} />
      </Section>
      <Section
        id="deliverables"
        title={t.role.deliverablesTitle}
        show={role.deliverables.length > 0}
      >
        <Items items={role.deliverables} />
      </Section>
      <Section
        id="teams"
        title={t.role.teamsTitle}
        show={role.teams.length + role.collaborators.length > 0}
      >
        <Items items={role.teams} />
        {role.collaborators.length > 0 && (
          <>
            <h3>{t.role.collaboratorsTitle}</h3>
            <Items items={role.collaborators} />
          </>
        )}
      </Section>
      <Section id="backgrounds" title={t.role.backgroundsTitle} show={role.backgrounds.length > 0}>
        <Items items={role.backgrounds} />
      </Section>
      <SkillsAndTools role={role} />
      <Section id="industries" title={t.role.industriesTitle} show={role.industries.length > 0}>
        <Chips
          items={role.industries.map((i) => ({
            path: pathOf({ kind: 'industry', slug: i.slug }),
            label: i.name,
          }))}
        />
      </Section>
      <AdvertisedSalaries salaries={role.advertisedSalaries} />
      <JobsSection title={j.jobsFor(role.name)} jobs={role.vacancies} />
      <Section id="hubs" title={t.role.hubsTitle} show={role.hubs.length > 0}>
        {/* Only hubs where the role has a page of its own are pages; the others are names. */}
        <Chips
          items={role.hubs
            .filter((h) => pages.has(h.slug))
            .map((h) => ({
              path: pathOf({ kind: 'roleInHub', slug: role.slug, hub: h.slug }),
              label: t.role.inHub(role.name, h.city),
            }))}
        />
        {role.hubs.some((h) => !pages.has(h.slug)) && (
          <p>
            {intlFor(t.lang).list(role.hubs.filter((h) => !pages.has(h.slug)).map((h) => h.city))}
          </p>
        )}
      </Section>
      <Section id="related" title={t.role.relatedTitle} show={role.relatedRoles.length > 0}>
        <ul>
          {role.relatedRoles.map((r) => (
            <li>{t.role.related(<Ref path={rolePath(r.slug)}>{r.name}</Ref>, r.primaryFocus)}</li>
          ))}
        </ul>
      </Section>
      <Section id="faq" title={t.common.questions} show={role.faqs.length > 0} className="faq">
        {role.faqs.map((faq) => (
          <div id={faq.slug}>
            <h3>{faq.question}</h3>
            <Prose html={faq.answer} nested={2} />
          </div>
        ))}
      </Section>
    </>
  );
}
