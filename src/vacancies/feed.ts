import { z } from 'zod';
import { EEA_COUNTRIES } from '../content/common/countries.js';
import { didYouMean, withSuggestion } from '../content/common/suggest.js';
import { markdown, nodeFields, slug, text } from '../content/fields.js';

/**
 * An applicant-tracking system's feed: a JSON array of job records, or JSON Lines (one record
 * per line). The field names are the vacancy's own, with links by slug.
 */

const v = nodeFields.vacancy;
const slugs = (what: string) => z.array(slug).max(100).default([]).describe(`Slugs of ${what}.`);

export const feedRecord = z.strictObject({
  id: z.string().trim().min(1, 'must not be empty').max(200),
  title: v.title,
  role: slug.describe('Slug of the role the job hires for.'),
  hubs: slugs('the hubs the job is in (none when fully remote)'),
  workplace: v.workplace,
  remoteCountries: v.remoteCountries,
  employer: slug.optional().describe('Slug of the employer (absent: advertised in confidence).'),
  employmentType: v.employmentType,
  salary: v.salary,
  datePosted: v.datePosted,
  validThrough: v.validThrough,
  description: v.description,
  applyUrl: v.applyUrl,
  skills: slugs('skills the job asks for'),
  technologies: slugs('technologies the job uses'),
  translations: z
    .record(
      z.string().regex(/^[a-z]{2}-[A-Z]{2}$/, 'must be a locale code, e.g. "de-DE"'),
      z.strictObject({ title: text.optional(), description: markdown.optional() }),
    )
    .optional()
    .describe('Title and description in other locales, by locale code.'),
});

export type FeedRecord = z.infer<typeof feedRecord>;

export interface FeedProblem {
  /** 0-based place of the record in the feed (JSON Lines: line number − 1). */
  index: number;
  /** The record's `id`, when it has one. */
  id: string | null;
  /** The field at fault, e.g. `salary.min`; empty for the record as a whole. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

/** What the graph holds that a feed may name: slugs per type, and each hub's country. */
export interface FeedGraph {
  roles: Set<string>;
  hubs: Map<string, { country: string }>;
  employers: Set<string>;
  skills: Set<string>;
  technologies: Set<string>;
  /** The skills and technologies linked to each role (a vacancy asking for others is odd). */
  roleSkills: Map<string, Set<string>>;
  roleTechnologies: Map<string, Set<string>>;
  locales: Set<string>;
}

/** The records of a feed's text: a JSON array, or JSON Lines. Throws on text that is neither. */
export function parseFeed(source: string): { records: unknown[]; problems: FeedProblem[] } {
  const trimmed = source.trim();
  if (trimmed === '') return { records: [], problems: [] };
  if (trimmed.startsWith('[')) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (Array.isArray(parsed)) return { records: parsed, problems: [] };
    } catch (error) {
      return {
        records: [],
        problems: [
          {
            index: 0,
            id: null,
            field: '',
            message: `the feed is not valid JSON: ${(error as Error).message}`,
            severity: 'error',
          },
        ],
      };
    }
  }
  const records: unknown[] = [];
  const problems: FeedProblem[] = [];
  trimmed.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records[index] = JSON.parse(line) as unknown;
    } catch (error) {
      problems.push({
        index,
        id: null,
        field: '',
        message: `line ${index + 1} is not a JSON record: ${(error as Error).message}`,
        severity: 'error',
      });
    }
  });
  return { records: records.filter((r) => r !== undefined), problems };
}

const KNOWN_FIELDS = Object.keys(feedRecord.shape);

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here = data;
  for (const key of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

/**
 * Checks every record of a feed against the format and the graph, and returns every problem at
 * once: each with the record's index and id, the field, and what is wrong. `strict` makes the
 * pay-transparency warning an error.
 */
export function checkFeed(
  records: unknown[],
  graph: FeedGraph,
  options: { strict?: boolean } = {},
): { valid: { index: number; record: FeedRecord }[]; problems: FeedProblem[] } {
  const problems: FeedProblem[] = [];
  const valid: { index: number; record: FeedRecord }[] = [];
  const seen = new Map<string, number>();
  records.forEach((raw, index) => {
    // Feeds often carry numeric ids: they name the job all the same.
    const input =
      raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'number'
        ? { ...raw, id: String((raw as { id: number }).id) }
        : raw;
    const rawId = valueAt(input, ['id']);
    const id = typeof rawId === 'string' && rawId.trim() ? rawId.trim() : null;
    const before = problems.length;
    const report = (field: string, message: string, severity: FeedProblem['severity'] = 'error') =>
      problems.push({ index, id, field, message, severity });

    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      report('', 'must be an object (a job record)');
      return;
    }
    const parsed = feedRecord.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String);
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys)
            report(
              [...path, key].join('.'),
              withSuggestion(
                'unknown field',
                path.length ? undefined : didYouMean(key, KNOWN_FIELDS),
              ),
            );
        } else if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) {
          report(path.join('.'), 'is missing (it is required)');
        } else {
          report(path.join('.'), issue.message);
        }
      }
    }
    // The graph: checked even when the format failed, so one run names every problem.
    const record = input as Record<string, unknown>;
    const role = typeof record.role === 'string' ? record.role : null;
    if (role !== null && !graph.roles.has(role))
      report('role', withSuggestion(`unknown role "${role}"`, didYouMean(role, graph.roles)));
    const listed = (field: string, known: Set<string> | Map<string, unknown>, what: string) => {
      const value = record[field];
      if (!Array.isArray(value)) return;
      value.forEach((s, i) => {
        if (typeof s === 'string' && !known.has(s))
          report(
            `${field}.${i}`,
            withSuggestion(`unknown ${what} "${s}"`, didYouMean(s, known.keys())),
          );
      });
    };
    listed('hubs', graph.hubs, 'hub');
    listed('skills', graph.skills, 'skill');
    listed('technologies', graph.technologies, 'technology');
    if (typeof record.employer === 'string' && !graph.employers.has(record.employer))
      report(
        'employer',
        withSuggestion(
          `unknown employer "${record.employer}"`,
          didYouMean(record.employer, graph.employers),
        ),
      );
    if (id !== null) {
      const first = seen.get(id);
      if (first !== undefined)
        report('id', `the feed lists id "${id}" twice (also record ${first})`);
      else seen.set(id, index);
    }
    if (!parsed.success || problems.slice(before).some((p) => p.severity === 'error')) return;

    const job = parsed.data;
    if (job.workplace === 'REMOTE' && job.remoteCountries.length === 0)
      report('remoteCountries', 'a REMOTE job must name the countries it accepts applicants from');
    if (job.workplace !== 'REMOTE' && job.hubs.length === 0)
      report(
        'hubs',
        `a job that is not REMOTE needs at least one hub (this one is ${job.workplace})`,
      );
    if (job.workplace !== 'REMOTE' && job.remoteCountries.length > 0)
      report(
        'remoteCountries',
        `only a REMOTE job has applicant countries (this one is ${job.workplace})`,
      );
    if (job.validThrough && Date.parse(job.validThrough) < Date.parse(job.datePosted))
      report('validThrough', 'is before datePosted');
    for (const locale of Object.keys(job.translations ?? {}))
      if (!graph.locales.has(locale))
        report(
          `translations.${locale}`,
          withSuggestion(`the site has no locale "${locale}"`, didYouMean(locale, graph.locales)),
        );
    const roleSkills = graph.roleSkills.get(job.role) ?? new Set();
    job.skills.forEach((s, i) => {
      if (!roleSkills.has(s))
        report(`skills.${i}`, `skill "${s}" is not linked to role "${job.role}"`, 'warning');
    });
    const roleTech = graph.roleTechnologies.get(job.role) ?? new Set();
    job.technologies.forEach((t, i) => {
      if (!roleTech.has(t))
        report(
          `technologies.${i}`,
          `technology "${t}" is not linked to role "${job.role}"`,
          'warning',
        );
    });
    const eea = job.hubs.filter((h) => EEA_COUNTRIES.has(graph.hubs.get(h)?.country ?? ''));
    if (!job.salary && eea.length)
      report(
        'salary',
        `no salary range for a job in ${eea.join(', ')} (EU/EEA): the EU Pay Transparency Directive has employers state pay to applicants`,
        options.strict ? 'error' : 'warning',
      );
    if (!problems.slice(before).some((p) => p.severity === 'error'))
      valid.push({ index, record: job });
  });
  return { valid, problems };
}

/** One line per problem: `record 3 (id "j-17"), salary.min: min must not be above max`. */
export function describeProblem(p: FeedProblem): string {
  const who = `record ${p.index}${p.id ? ` (id "${p.id}")` : ''}`;
  return `${p.severity}: ${who}${p.field ? `, ${p.field}` : ''}: ${p.message}`;
}
