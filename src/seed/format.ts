import { z } from 'zod';
import { COUNTRY_ALIASES, COUNTRY_CODES } from './countries.js';

/**
 * The seed file format, one schema per kind of file. The loader validates with these and the
 * published JSON Schemas are generated from them, so the two cannot disagree.
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
] as const;

const slug = z
  .string()
  .regex(
    SLUG_PATTERN,
    'must be lowercase kebab-case: a-z, 0-9 and single hyphens, e.g. "mlops-engineer"',
  )
  .describe('Stable identifier: lowercase kebab-case of the English name. Links use it.');

/** A slug that names another node. */
const ref = (kind: string) => slug.describe(`Slug of a ${kind}.`);
const refs = (kind: string) =>
  z.array(ref(kind)).default([]).describe(`Slugs of ${kind}s, in display order.`);

const text = z.string().trim().min(1, 'must not be empty');
const markdown = z.string().trim().min(1, 'must not be empty').describe('Markdown.');
const lines = (what: string) => z.array(text).default([]).describe(what);
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const skillFormat = z
  .strictObject({
    slug,
    name: text.describe('Display name, e.g. "Distributed systems".'),
    category: slug.describe(
      'Category slug, e.g. core-technical, cloud-infrastructure, ml-infrastructure.',
    ),
    description: text.optional().describe('What the skill covers, in a sentence or two.'),
  })
  .describe('A skill: an ability a role needs.');

export const technologyFormat = z
  .strictObject({
    slug,
    name: text.describe('Display name, e.g. "Argo Workflows".'),
    category: slug.describe(
      'Category slug, e.g. orchestration, cloud-platform, programming-language.',
    ),
    website: url.optional().describe('Official website.'),
    description: text.optional().describe('What it is and what it is used for.'),
  })
  .describe('A technology: a tool, framework, cloud platform or programming language.');

export const industryFormat = z
  .strictObject({
    slug,
    name: text.describe('Display name, e.g. "Financial services".'),
    description: text.optional().describe('Why and how this sector hires.'),
  })
  .describe('An industry that hires.');

export const hubFormat = z
  .strictObject({
    slug,
    city: text.describe('City name, e.g. "Zurich".'),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "GB"')
      .refine((code) => COUNTRY_CODES.has(code), {
        error: (issue) => {
          const meant = COUNTRY_ALIASES[issue.input as string];
          return `"${issue.input as string}" is not an ISO 3166-1 country code${meant ? ` (for this country use "${meant}")` : ''}`;
        },
      })
      .describe('ISO 3166-1 alpha-2 country code, e.g. "CH".'),
    region: text.describe('Wider region, e.g. "Europe" or "North America".'),
    remoteNotes: text.optional().describe('How remote and hybrid hiring works around this hub.'),
  })
  .describe('A hub: a city where roles are hired.');

export const employerFormat = z
  .strictObject({
    slug,
    name: text.describe('Display name, e.g. "Google DeepMind".'),
    kind: slug.describe(
      'Kind of organisation, e.g. ai-native, big-tech, cloud-provider, data-platform.',
    ),
    website: url.optional().describe('Official website.'),
    description: text.optional().describe('What the organisation does, in a sentence.'),
    industries: refs('industry'),
    hubs: refs('hub'),
  })
  .describe('An employer: a named organisation that hires.');

export const roleFormat = z
  .strictObject({
    slug,
    name: text.describe('Job title, e.g. "MLOps Engineer".'),
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
    skills: z
      .strictObject({
        core: refs('skill').describe('Slugs of skills needed from day one.'),
        supporting: refs('skill').describe('Slugs of skills that help, often learnt on the job.'),
      })
      .default({ core: [], supporting: [] })
      .describe('Skills the role needs, by level.'),
    technologies: refs('technology'),
    industries: refs('industry'),
    hubs: refs('hub'),
    relatedRoles: refs('role').describe('Slugs of roles often compared or confused with this one.'),
    faqs: refs('FAQ').describe('Slugs of FAQs about this role (defined in a faqs.yaml), in order.'),
  })
  .describe('A role: a job employers hire for. One file per role, named <slug>.yaml.');

export const specialismFormat = z
  .strictObject({
    slug,
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
    primaryRole: ref('role').describe(
      'Slug of the role the specialism is named after (first comparison row).',
    ),
    relatedRoles: refs('role').describe(
      'Slugs of the roles compared with the primary role, in table order.',
    ),
    featuredEmployers: refs('employer').describe('Slugs of example employers shown on the page.'),
  })
  .describe('A specialism: specialisms/<slug>/specialism.yaml.');

export const faqFormat = z
  .strictObject({
    slug: slug.describe('Stable identifier of the question, e.g. "what-is-an-mlops-engineer".'),
    question: text
      .optional()
      .describe(
        'The question, as a reader would ask it. Give only the slug to list an FAQ defined in another faqs.yaml.',
      ),
    answer: z.string().trim().optional().describe('The answer. Markdown.'),
  })
  .describe(
    'A question and answer, or (slug alone) a link to an FAQ defined in another faqs.yaml.',
  );

/** The kinds of seed file, their place in the tree and their schema. */
export const fileFormats = {
  skills: { path: 'taxonomy/skills.yaml', schema: z.array(skillFormat).describe('Every skill.') },
  technologies: {
    path: 'taxonomy/technologies.yaml',
    schema: z.array(technologyFormat).describe('Every technology.'),
  },
  industries: {
    path: 'taxonomy/industries.yaml',
    schema: z.array(industryFormat).describe('Every industry.'),
  },
  hubs: { path: 'taxonomy/hubs.yaml', schema: z.array(hubFormat).describe('Every hub.') },
  employers: {
    path: 'taxonomy/employers.yaml',
    schema: z.array(employerFormat).describe('Every employer.'),
  },
  specialism: { path: 'specialisms/<slug>/specialism.yaml', schema: specialismFormat },
  faqs: {
    path: 'specialisms/<slug>/faqs.yaml or faqs.yaml',
    schema: z.array(faqFormat).describe('FAQs, in page order.'),
  },
  role: { path: 'specialisms/<slug>/roles/<role>.yaml or roles/<role>.yaml', schema: roleFormat },
} as const;

export type FileKind = keyof typeof fileFormats;
export type SkillFile = z.infer<typeof skillFormat>;
export type TechnologyFile = z.infer<typeof technologyFormat>;
export type IndustryFile = z.infer<typeof industryFormat>;
export type HubFile = z.infer<typeof hubFormat>;
export type EmployerFile = z.infer<typeof employerFormat>;
export type RoleFile = z.infer<typeof roleFormat>;
export type SpecialismFile = z.infer<typeof specialismFormat>;
export type FaqFile = z.infer<typeof faqFormat>;
