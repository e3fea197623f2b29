import { z } from 'zod';
import { COUNTRY_ALIASES, COUNTRY_CODES } from './common/countries.js';

/**
 * The fields of every content type and what makes them valid, in one place: the seed file
 * format, its JSON Schemas, the editorial mutations' inputs and their validation all come from
 * these zod schemas, so they cannot disagree.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** First path segments the site uses itself, so no specialism may take them as its slug. */
export const RESERVED_PATHS = [
  'roles',
  'skills',
  'technologies',
  'industries',
  'hubs',
  'graphql',
  'graphiql',
  'assets',
  'healthz',
  'preview',
  'enquiries',
  'studio',
  'search',
  'jobs',
] as const;

export const slug = z
  .string()
  .regex(
    SLUG_PATTERN,
    'must be lowercase kebab-case: a-z, 0-9 and single hyphens, e.g. "mlops-engineer"',
  )
  .describe('Stable identifier: lowercase kebab-case of the English name. Links use it.');

/** Longest single text value: far beyond any real paragraph, well short of abuse. */
export const MAX_TEXT = 20_000;

export const text = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`);
// `format: markdown` tells forms (and JSON Schema readers) to offer a Markdown editor.
export const markdown = text.meta({ format: 'markdown', description: 'Markdown.' });
export const lines = (what: string) => z.array(text).max(200).default([]).describe(what);
/** Longest alias: a product or job name, not a sentence. */
export const MAX_ALIAS = 60;
/**
 * Other names a node is known by, for search: what people type ("K8s" for Kubernetes, "Golang"
 * for Go). The same in every locale (they are names, not prose), so not translated.
 */
export const aliases = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_ALIAS, `must be at most ${MAX_ALIAS} characters`),
  )
  .max(20, 'at most 20 aliases')
  .default([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((alias, i) => {
      const key = alias.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [i], message: `repeats the alias "${alias}"` });
      seen.add(key);
    });
  })
  .describe('Other names people search for it by, e.g. "K8s" for Kubernetes. Not translated.');
export const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
export const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "GB"')
  .refine((code) => COUNTRY_CODES.has(code), {
    error: (issue) => {
      const meant = COUNTRY_ALIASES[issue.input as string];
      return `"${issue.input as string}" is not an ISO 3166-1 country code${meant ? ` (for this country use "${meant}")` : ''}`;
    },
  })
  .describe('ISO 3166-1 alpha-2 country code, e.g. "CH".');

/** The questions an FAQ page answers from the graph, each of which an authored FAQ may take over. */
export const FAQ_TOPICS = ['roles', 'technologies', 'industries', 'hubs'] as const;
export type FaqTopic = (typeof FAQ_TOPICS)[number];

/** ISO 4217 currency codes the runtime knows (Intl's list: every currency in use). */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export const currency = z
  .string()
  .refine((code) => CURRENCIES.has(code), {
    error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code, e.g. "GBP"`,
  })
  .describe('ISO 4217 currency code, e.g. "GBP".');

/** A date (`2026-12-01`) or a date and time with its offset (`2026-12-01T09:00:00Z`). */
export const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/,
    'must be an ISO 8601 date ("2026-12-01") or date-time with offset ("2026-12-01T09:00:00Z")',
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

export const WORKPLACES = ['ONSITE', 'HYBRID', 'REMOTE'] as const;
export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
] as const;
export const SALARY_PERIODS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;

/** A vacancy's advertised pay range. */
export const salary = z
  .strictObject({
    currency,
    min: z.number().nonnegative('must not be negative').describe('Lowest pay in the range.'),
    max: z.number().nonnegative('must not be negative').describe('Highest pay in the range.'),
    period: z
      .enum(SALARY_PERIODS)
      .describe('What the amounts pay for: HOUR, DAY, WEEK, MONTH or YEAR.'),
  })
  .refine((s) => s.min <= s.max, { error: 'min must not be above max', path: ['min'] })
  .describe('The advertised pay range.');

/** The stored fields of each node type (slug and links aside), with their validation. */
export const nodeFields = {
  specialism: {
    name: text.describe('Display name, e.g. "ML Infrastructure".'),
    headline: text.describe('One-line headline for the landing page.'),
    intro: markdown.describe('Opening paragraphs. Markdown.'),
    marketOverview: markdown.describe('Who hires, where and why. Markdown.'),
    hiringChallenges: lines('Reasons hiring in this specialism is hard.'),
    whenToHire: z
      .strictObject({
        indicators: lines('Signs that the organisation needs the hire.'),
        scenarios: lines('Typical situations in which companies hire.'),
        advice: markdown.optional().describe('Advice on timing. Markdown.'),
      })
      .default({ indicators: [], scenarios: [] })
      .describe('When to hire.'),
    interviewing: z
      .strictObject({
        overview: markdown.optional().describe('What strong candidates show. Markdown.'),
        methods: lines('Assessment methods that work.'),
        probes: lines('What to probe for in interviews.'),
        commonMistakes: lines('Mistakes hiring teams commonly make.'),
      })
      .default({ methods: [], probes: [], commonMistakes: [] })
      .describe('How to interview and assess candidates.'),
    compensation: z
      .strictObject({
        summary: markdown.describe('How pay moves. Trends only, no invented figures. Markdown.'),
        factors: lines('What pushes compensation up or down.'),
      })
      .describe('Compensation trends.'),
    callToAction: markdown.describe('Closing call to action for hiring managers. Markdown.'),
    notes: z
      .strictObject({
        technologies: z
          .record(slug, text)
          .optional()
          .describe('Technology slug → what it means in this specialism.'),
        skills: z
          .record(slug, text)
          .optional()
          .describe('Skill slug → what it means in this specialism.'),
        industries: z
          .record(slug, text)
          .optional()
          .describe('Industry slug → what it means in this specialism.'),
      })
      .optional()
      .describe(
        "This specialism's view of shared nodes, shown on the node's page under the specialism's name (a shared node's own description stays neutral).",
      ),
  },
  role: {
    name: text.describe('Job title, e.g. "MLOps Engineer".'),
    aliases,
    summary: text.describe('One or two plain sentences saying what the role is.'),
    description: markdown.describe(
      'The role in depth: definition, scope, what it is not. Markdown.',
    ),
    primaryFocus: text.describe(
      'What the role concentrates on, in a few words (comparison table).',
    ),
    keyDifference: text.describe(
      'What sets it apart from its neighbours, in a sentence (comparison table).',
    ),
    responsibilities: lines('What the role does: typical areas of ownership.'),
    deliverables: lines('What the role typically produces.'),
    teams: lines('Teams and functions where the role usually sits.'),
    collaborators: lines('People and teams the role works with most.'),
    backgrounds: lines('Career backgrounds people in the role come from.'),
    hubNotes: z
      .record(slug, markdown)
      .optional()
      .describe(
        'Text written for the role in one of its hubs, by hub slug; a role-in-hub page with a note is indexable. Markdown.',
      ),
  },
  skill: {
    name: text.describe('Display name, e.g. "Distributed systems".'),
    aliases,
    category: slug.describe(
      'Category slug, e.g. core-technical, cloud-infrastructure, ml-infrastructure.',
    ),
    description: text.optional().describe('What the skill covers, in a sentence or two.'),
  },
  technology: {
    name: text.describe('Display name, e.g. "Argo Workflows".'),
    aliases,
    category: slug.describe(
      'Category slug, e.g. orchestration, cloud-platform, programming-language.',
    ),
    website: url.optional().describe('Official website.'),
    description: text.optional().describe('What it is and what it is used for.'),
  },
  industry: {
    name: text.describe('Display name, e.g. "Financial services".'),
    description: text.optional().describe('Why and how this sector hires.'),
  },
  hub: {
    city: text.describe('City name, e.g. "Zurich".'),
    aliases,
    country,
    region: text.describe('Wider region, e.g. "Europe" or "North America".'),
    remoteNotes: text.optional().describe('How remote and hybrid hiring works around this hub.'),
  },
  employer: {
    name: text.describe('Display name, e.g. "Google DeepMind".'),
    kind: slug.describe(
      'Kind of organisation, e.g. ai-native, big-tech, cloud-provider, data-platform.',
    ),
    website: url.optional().describe('Official website.'),
    description: text.optional().describe('What the organisation does, in a sentence.'),
  },
  faq: {
    question: text.describe('The question, as a reader would ask it.'),
    answer: z
      .string()
      .trim()
      .max(MAX_TEXT)
      .meta({ format: 'markdown' })
      .describe('The answer. Markdown.'),
    answers: z
      .enum(FAQ_TOPICS)
      .optional()
      .describe(
        'What graph question this authored FAQ answers (industries, technologies, hubs or roles of the specialism): the FAQ page then leaves out the answer it would generate for it, so the two never disagree. Set by itself for obvious questions ("Which industries hire …?").',
      ),
  },
  vacancy: {
    externalId: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200)
      .optional()
      .describe("The applicant-tracking system's id for the job (the feed's `id`); unique."),
    title: text.describe('Job title as advertised, e.g. "Senior MLOps Engineer".'),
    description: markdown.describe('The advertisement. Markdown.'),
    workplace: z.enum(WORKPLACES).describe('Where the work is done: ONSITE, HYBRID or REMOTE.'),
    remoteCountries: z
      .array(country)
      .max(250)
      .default([])
      .describe(
        'Countries a remote job accepts applicants from (ISO codes); required when REMOTE.',
      ),
    employmentType: z
      .enum(EMPLOYMENT_TYPES)
      .describe('FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY or INTERN.'),
    salary: salary.optional(),
    datePosted: isoDate.describe('When the job was first advertised.'),
    validThrough: isoDate
      .optional()
      .describe('When the advertisement ends (a date alone: the end of that day, UTC).'),
    applyUrl: url
      .optional()
      .describe("Where to apply; without one, the site's own form takes applications."),
  },
} as const satisfies Record<string, z.ZodRawShape>;
