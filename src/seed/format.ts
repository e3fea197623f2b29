import { z } from 'zod';
import { nodeFields, slug, text } from '../content/fields.js';

/**
 * The seed file format, one schema per kind of file. The loader validates with these and the
 * published JSON Schemas are generated from them, so the two cannot disagree.
 */

export { RESERVED_PATHS, SLUG_PATTERN } from '../content/fields.js';

/** A slug that names another node. */
const ref = (kind: string) => slug.describe(`Slug of a ${kind}.`);
const refs = (kind: string) =>
  z.array(ref(kind)).default([]).describe(`Slugs of ${kind}s, in display order.`);

export const skillFormat = z
  .strictObject({
    slug,
    ...nodeFields.skill,
  })
  .describe('A skill: an ability a role needs.');

export const technologyFormat = z
  .strictObject({
    slug,
    ...nodeFields.technology,
  })
  .describe('A technology: a tool, framework, cloud platform or programming language.');

export const industryFormat = z
  .strictObject({
    slug,
    ...nodeFields.industry,
  })
  .describe('An industry that hires.');

export const hubFormat = z
  .strictObject({
    slug,
    ...nodeFields.hub,
  })
  .describe('A hub: a city where roles are hired.');

export const employerFormat = z
  .strictObject({
    slug,
    ...nodeFields.employer,
    industries: refs('industry'),
    hubs: refs('hub'),
  })
  .describe('An employer: a named organisation that hires.');

export const roleFormat = z
  .strictObject({
    slug,
    ...nodeFields.role,
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

/**
 * A role in a specialism's table that lives in another specialism's folder (borrowed), with this
 * specialism's view of it.
 */
export const roleLinkFormat = z
  .strictObject({
    role: ref('role'),
    primaryFocus: text
      .optional()
      .describe("The role's primary focus in this specialism's table; default: the role's own."),
    keyDifference: text
      .optional()
      .describe("The role's key difference in this specialism's table; default: the role's own."),
    contributes: z
      .strictObject({
        technologies: refs('technology'),
        industries: refs('industry'),
        hubs: refs('hub'),
      })
      .partial()
      .optional()
      .describe(
        "What a borrowed role adds to this specialism's technologies, industries and hubs (and its generated FAQ answers) beyond what it shares with the specialism's own roles: slugs the role itself links.",
      ),
  })
  .describe("A related role with this specialism's view of it.");

export const specialismFormat = z
  .strictObject({
    slug,
    ...nodeFields.specialism,
    primaryRole: ref('role').describe(
      'Slug of the role the specialism is named after (first comparison row).',
    ),
    relatedRoles: z
      .array(z.union([ref('role'), roleLinkFormat]))
      .default([])
      .describe(
        "The roles compared with the primary role, in table order: a slug, or { role, primaryFocus?, keyDifference?, contributes? } for this specialism's view of it. A specialism's technologies, industries, hubs and generated FAQ answers come from its own roles (in its folder, and its primary role); a role borrowed from another folder adds only what it shares with them, plus what `contributes` lists.",
      ),
    featuredEmployers: refs('employer').describe('Slugs of example employers shown on the page.'),
  })
  .describe('A specialism: specialisms/<slug>/specialism.yaml.');

export const faqFormat = z
  .strictObject({
    slug: slug.describe('Stable identifier of the question, e.g. "what-is-an-mlops-engineer".'),
    question: nodeFields.faq.question
      .optional()
      .describe(
        'The question, as a reader would ask it. Give only the slug to list an FAQ defined in another faqs.yaml.',
      ),
    answer: nodeFields.faq.answer.optional(),
    answers: nodeFields.faq.answers,
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
export type RoleLinkFile = z.infer<typeof roleLinkFormat>;
export type FaqFile = z.infer<typeof faqFormat>;
