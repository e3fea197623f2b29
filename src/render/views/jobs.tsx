import type { JobsViewQuery } from '../../generated/graphql.js';
import { useJobsText } from '../ui-text/jobs.js';
import { JobList } from './job-parts.js';

export interface JobFilters {
  role?: string;
  hub?: string;
  workplace?: string;
  employmentType?: string;
}

/**
 * `/jobs/`: live jobs, newest first, with filters that are a plain GET form and pages that are
 * plain links, so both work without JavaScript.
 */
export function JobsView({
  data,
  filters,
  path,
}: {
  data: JobsViewQuery;
  filters: JobFilters;
  path: string;
}) {
  const j = useJobsText();
  const roles = new Map<string, string>();
  const hubs = new Map<string, string>();
  for (const { node } of data.filters.edges) {
    if (node.role) roles.set(node.role.slug, node.role.name);
    for (const h of node.hubs) hubs.set(h.slug, h.city);
  }
  const sorted = (m: Map<string, string>) => [...m].sort((a, b) => a[1].localeCompare(b[1]));
  const { edges, pageInfo, totalCount } = data.vacancies;
  const next = new URLSearchParams(
    Object.entries({ ...filters, after: pageInfo.endCursor ?? '' }).filter(
      (e): e is [string, string] => Boolean(e[1]),
    ),
  );
  const select = (
    name: keyof JobFilters,
    label: string,
    any: string,
    options: [string, string][],
  ) => (
    <p>
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{any}</option>
        {options.map(([value, text]) => (
          <option value={value} selected={filters[name] === value}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <>
      <div class="hero">
        <h1>{j.heading}</h1>
        <p class="lede">{j.lede}</p>
      </div>
      <form method="get" action={path} class="filters" aria-label={j.filters}>
        {select('role', j.role, j.anyRole, sorted(roles))}
        {select('hub', j.hub, j.anyHub, sorted(hubs))}
        {select('workplace', j.workplace, j.anyWorkplace, Object.entries(j.workplaces))}
        {select('employmentType', j.employmentType, j.anyType, Object.entries(j.types))}
        <p>
          <button type="submit">{j.filter}</button> <a href={path}>{j.clear}</a>
        </p>
      </form>
      <p role="status">{totalCount ? j.count(totalCount) : j.none}</p>
      <JobList jobs={edges.map((e) => e.node)} />
      {pageInfo.hasNextPage && (
        <p>
          <a href={`${path}?${next.toString()}`} rel="next">
            {j.more}
          </a>
        </p>
      )}
    </>
  );
}
