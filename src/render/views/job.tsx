import type { JobViewQuery } from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import { Prose, Ref, Section, rolePath, type Data } from '../components.js';
import { useText } from '../ui-text/index.js';
import { day, useJobsText } from '../ui-text/jobs.js';
import { ApplicationForm } from './application.js';
import { JobList, SalaryText } from './job-parts.js';

/**
 * `/jobs/<slug>/`: everything the JobPosting markup says, visible (title, description, place,
 * workplace, contract, pay, dates, employer, reference, how to apply: a link to the
 * employer's site, or the application form on this page). Expired or closed: what
 * the role is and live jobs like it instead.
 */
export function JobView({ job }: { job: Data<JobViewQuery, 'vacancy'> }) {
  const j = useJobsText();
  const t = useText();
  const role = job.role!;
  if (job.state !== 'LIVE') {
    const others = role.vacancies.filter((v) => v.slug !== job.slug);
    return (
      <>
        <div class="hero">
          <h1>{j.goneHeading}</h1>
          <p class="lede">{j.gone(job.title, <Ref path={rolePath(role.slug)}>{role.name}</Ref>)}</p>
          <p>{role.summary}</p>
        </div>
        <Section id="jobs" title={j.likeThis(role.name)} show={others.length > 0}>
          <JobList jobs={others} />
        </Section>
      </>
    );
  }
  return (
    <>
      <div class="hero">
        <h1>{job.title}</h1>
        <dl class="facts">
          <dt>{t.common.role}</dt>
          <dd>
            <Ref path={rolePath(role.slug)}>{role.name}</Ref>
          </dd>
          <dt>{j.place}</dt>
          <dd>
            {job.hubs.length
              ? job.hubs.map((h, i) => (
                  <>
                    {i > 0 && ', '}
                    <Ref path={pathOf({ kind: 'hub', slug: h.slug })}>{h.city}</Ref> (
                    {t.countryName(h.country)})
                  </>
                ))
              : j.workplaces.REMOTE}
          </dd>
          {job.workplace === 'REMOTE' && (
            <>
              <dt>{j.remoteFrom}</dt>
              <dd>{job.remoteCountries.map((c) => t.countryName(c)).join(', ')}</dd>
            </>
          )}
          <dt>{j.workplace}</dt>
          <dd>{j.workplaces[job.workplace]}</dd>
          <dt>{j.employmentType}</dt>
          <dd>{j.types[job.employmentType]}</dd>
          <dt>{j.salary}</dt>
          <dd>
            <SalaryText salary={job.salary} />
          </dd>
          <dt>{j.employer}</dt>
          <dd>{job.employer ? job.employer.name : j.confidential}</dd>
          <dt>{j.posted}</dt>
          <dd>
            <time dateTime={job.datePosted}>{day(job.datePosted, t.lang)}</time>
          </dd>
          {job.validThrough && (
            <>
              <dt>{j.closes}</dt>
              <dd>
                <time dateTime={job.validThrough}>{day(job.validThrough, t.lang)}</time>
              </dd>
            </>
          )}
          <dt>{j.reference}</dt>
          <dd>{job.externalId ?? job.slug}</dd>
        </dl>
      </div>
      <Section id="description" title={job.title}>
        <Prose html={job.description} />
      </Section>
      <Section id="apply" title={j.applyTitle}>
        {job.applyUrl ? (
          <p>
            {j.applyAt((text) => (
              <a href={job.applyUrl!} rel="nofollow noopener">
                {text}
              </a>
            ))}
          </p>
        ) : (
          // No application URL: the site takes applications itself, on this page.
          <ApplicationForm job={job.slug} />
        )}
      </Section>
    </>
  );
}
