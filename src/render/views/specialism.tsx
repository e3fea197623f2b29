import type { SpecialismViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import { Chips, Items, Prose, Ref, Section, Tags, rolePath, type Data } from '../components.js';
import { useText } from '../ui-text/index.js';
import { useJobsText } from '../ui-text/jobs.js';
import { JobsSection } from './job-parts.js';
import { EnquiryForm } from './enquiry.js';

type Specialism = Data<SpecialismViewQuery, 'specialism'>;

/** The landing page's short table: each role's focus and key difference. */
function ComparisonSummary({ s }: { s: Specialism }) {
  const t = useText();
  return (
    <div class="table-wrap">
      <table>
        <caption>{t.specialism.comparisonCaption(s.name)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.common.role}</th>
            <th scope="col">{t.common.primaryFocus}</th>
            <th scope="col">{t.common.keyDifference}</th>
          </tr>
        </thead>
        <tbody>
          {s.roleComparison.rows.map((row) => (
            <tr>
              <th scope="row">
                <Ref path={rolePath(row.role.slug)}>{row.role.name}</Ref>
              </th>
              <td>{row.primaryFocus}</td>
              <td>{row.keyDifference}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** `/<specialism>/`: the landing page, from market overview to the enquiry form. */
export function SpecialismView({ s }: { s: Specialism }) {
  const t = useText();
  const j = useJobsText();
  const sp = t.specialism;
  return (
    <>
      <div class="hero">
        <h1>{sp.heading(s.name)}</h1>
        <p class="lede">{s.headline}</p>
      </div>
      <Section id="overview" title={sp.aboutHiring(s.name)}>
        <Prose html={s.intro} />
      </Section>
      <Section id="roles" title={sp.rolesTitle}>
        <ComparisonSummary s={s} />
        <p>
          <Ref path={pathOf({ kind: 'specialismComparison', slug: s.slug })}>
            {sp.compareLink(s.name)}
          </Ref>
        </p>
      </Section>
      <Section id="market" title={sp.marketTitle}>
        <Prose html={s.marketOverview} />
      </Section>
      <Section id="challenges" title={sp.challengesTitle} show={s.hiringChallenges.length > 0}>
        <Items items={s.hiringChallenges} />
      </Section>
      <Section id="when" title={sp.whenTitle}>
        <h3>{sp.signsTitle}</h3>
        <Items items={s.whenToHire.indicators} />
        <h3>{sp.scenariosTitle}</h3>
        <Items items={s.whenToHire.scenarios} />
        <Prose html={s.whenToHire.advice} nested={2} />
      </Section>
      <Section id="interviewing" title={sp.interviewingTitle}>
        <Prose html={s.interviewing.overview} />
        <h3>{sp.methodsTitle}</h3>
        <Items items={s.interviewing.methods} />
        <h3>{sp.probesTitle}</h3>
        <Items items={s.interviewing.probes} />
        <h3>{sp.mistakesTitle}</h3>
        <Items items={s.interviewing.commonMistakes} />
      </Section>
      <Section id="compensation" title={sp.compensationTitle}>
        <Prose html={s.compensation.summary} />
        {s.compensation.factors.length > 0 && (
          <>
            <h3>{sp.payFactorsTitle}</h3>
            <Items items={s.compensation.factors} />
          </>
        )}
      </Section>
      <Section id="stack" title={sp.stackTitle}>
        <h3>{t.common.technologies}</h3>
        <Chips
          items={s.technologies.map((t) => ({
            path: pathOf({ kind: 'technology', slug: t.slug }),
            label: t.name,
          }))}
        />
        <h3>{t.common.industries}</h3>
        <Chips
          items={s.industries.map((i) => ({
            path: pathOf({ kind: 'industry', slug: i.slug }),
            label: i.name,
          }))}
        />
        <h3>{t.common.hubs}</h3>
        <Chips
          items={s.hubs.map((h) => ({
            path: pathOf({ kind: 'hub', slug: h.slug }),
            label: h.city,
          }))}
        />
      </Section>
      <Section id="employers" title={sp.employersTitle} show={s.featuredEmployers.length > 0}>
        <Tags names={s.featuredEmployers} />
      </Section>
      <JobsSection title={j.jobsFor(s.name)} jobs={s.vacancies} />
      <Section id="faq" title={t.common.questions}>
        <p>
          <Ref path={pathOf({ kind: 'specialismFaq', slug: s.slug })}>{sp.faqLink(s.name)}</Ref>
        </p>
      </Section>
      <Section id="contact" title={sp.contactTitle(s.name)} className="cta">
        <Prose html={s.callToAction} />
      </Section>
      <Section id="enquire" title={sp.enquireTitle}>
        <EnquiryForm specialism={s.slug} roles={s.roleComparison.rows.map((r) => r.role)} />
      </Section>
    </>
  );
}
