import type {
  AdvertisedPayFragment,
  JobCardFragment,
  SalaryFragment,
} from '../../generated/graphql.js';
import { pathOf } from '../../pages/paths.js';
import { Ref, Section } from '../components.js';
import { useText } from '../ui-text/index.js';
import { day, money, useJobsText } from '../ui-text/jobs.js';

/** "£80,000 – £95,000 per year" in the page's language. */
export function SalaryText({ salary }: { salary: SalaryFragment | null }) {
  const j = useJobsText();
  const { lang } = useText();
  if (!salary) return <>{j.notStated}</>;
  const range =
    salary.min === salary.max
      ? money(salary.min, salary.currency, lang)
      : `${money(salary.min, salary.currency, lang)} – ${money(salary.max, salary.currency, lang)}`;
  return (
    <>
      {range} {j.per[salary.period]}
    </>
  );
}

/** Where a job is: its hubs' cities, or remote with the countries it accepts. */
export function placeOf(job: Pick<JobCardFragment, 'hubs' | 'workplace'>, remote: string): string {
  return job.hubs.length ? job.hubs.map((h) => h.city).join(', ') : remote;
}

/** A list of jobs: each links to its page, with place, workplace, contract, pay and date. */
export function JobList({ jobs }: { jobs: JobCardFragment[] }) {
  const j = useJobsText();
  const { lang } = useText();
  return (
    <ul class="cards jobs">
      {jobs.map((job) => (
        <li>
          <h3>
            <Ref path={pathOf({ kind: 'job', slug: job.slug })}>{job.title}</Ref>
          </h3>
          <p>
            {placeOf(job, j.workplaces.REMOTE)} · {j.workplaces[job.workplace]} ·{' '}
            {j.types[job.employmentType]}
            {job.employer ? ` · ${job.employer.name}` : ''}
          </p>
          <p>
            <SalaryText salary={job.salary} /> · {j.posted} {day(job.datePosted, lang)}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A section of live jobs; nothing when there are none. */
export function JobsSection({ title, jobs }: { title: string; jobs: JobCardFragment[] }) {
  return (
    <Section id="jobs" title={title} show={jobs.length > 0}>
      <JobList jobs={jobs} />
    </Section>
  );
}

/** Advertised pay percentiles, with how many vacancies back them (only ever 3 or more). */
export function AdvertisedSalaries({ salaries }: { salaries: AdvertisedPayFragment[] }) {
  const j = useJobsText();
  const { lang } = useText();
  return (
    <Section id="salaries" title={j.advertisedTitle} show={salaries.length > 0}>
      {salaries.map((s) => (
        <table>
          <caption>
            {s.currency}, {j.per[s.period]}: {j.fromAdvertised(s.count)}
          </caption>
          <tbody>
            {[s.p10, s.p25, s.p50, s.p75, s.p90].map((value, i) => (
              <tr>
                <th scope="row">{j.percentiles[i]}</th>
                <td>{money(value, s.currency, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Section>
  );
}
