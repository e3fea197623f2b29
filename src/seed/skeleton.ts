import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SLUG_PATTERN } from './format.js';
import { schemaModeline } from './json-schema.js';

/** "computer-vision" → "Computer Vision". */
function titleOf(slug: string): string {
  return slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function specialismFile(slug: string, name: string, role: string): string {
  const path = `specialisms/${slug}/specialism.yaml`;
  return `#${schemaModeline('specialism', path)}
# The ${name} specialism: its landing page. Replace every TODO; \`npx rolegraph check\` lists those left.
# Long text is Markdown after "|"; lists are one "- item" per line and keep their order on the page.

# Stable identifier, used in links and in the page address (/${slug}/). Must match the folder name.
slug: ${slug}
# Display name.
name: ${name}
# One-line headline at the top of the landing page.
headline: "TODO: one line saying what the firm offers for ${name} hiring"
# Opening paragraphs: what the specialism is and why demand is growing.
intro: |
  TODO: two or three short paragraphs introducing ${name} and the roles in it.
# Who hires, where and why: kinds of employer, sectors, startups versus enterprises, hubs.
marketOverview: |
  TODO: the hiring market for ${name}.
# Reasons hiring in this specialism is hard, one per item.
hiringChallenges:
  - "TODO: a reason hiring is hard"
# When a company should hire.
whenToHire:
  # Signs that the organisation needs the hire.
  indicators:
    - "TODO: a sign that it is time to hire"
  # Typical situations in which companies hire.
  scenarios:
    - "TODO: a typical hiring scenario"
  # Optional advice on timing.
  # advice: |
  #   ...
# How to interview and assess candidates.
interviewing:
  # Assessment methods that work.
  methods:
    - "TODO: an assessment method"
  # What to probe for in interviews.
  probes:
    - "TODO: something to explore with candidates"
  # Mistakes hiring teams commonly make.
  commonMistakes:
    - "TODO: a common mistake"
# Compensation trends. Trends only: never invent salary figures.
compensation:
  summary: |
    TODO: how pay moves with seniority, location and company type.
  factors:
    - "TODO: something that pushes pay up or down"
# Closing call to action for hiring managers.
callToAction: |
  TODO: invite hiring managers to talk to the team.
# The role the specialism is named after: the first row of its comparison table.
primaryRole: ${role}
# Roles compared with the primary role, in table order. Any role's slug, from any folder.
relatedRoles: []
# Example employers shown on the page: slugs from taxonomy/employers.yaml.
featuredEmployers: []
`;
}

function roleFile(slug: string, role: string, roleName: string): string {
  const path = `specialisms/${slug}/roles/${role}.yaml`;
  return `#${schemaModeline('role', path)}
# The ${roleName} role. The file name is the role's slug.

slug: ${role}
name: ${roleName}
# One or two plain sentences: what the role is.
summary: "TODO: what a ${roleName} does, in a sentence"
# The role in depth: definition, scope, what it is not. Markdown.
description: |
  TODO: describe the role.
# A few words for the comparison table's "primary focus" column.
primaryFocus: "TODO: primary focus"
# One sentence for the comparison table's "key difference" column.
keyDifference: "TODO: what sets this role apart"
# Typical areas of ownership.
responsibilities: []
# What the role produces.
deliverables: []
# Teams and functions where the role sits.
teams: []
# People and teams it works with most.
collaborators: []
# Career backgrounds people in the role come from.
backgrounds: []
# Skills (slugs from taxonomy/skills.yaml): core ones first, then supporting ones. Aim for 3 or more.
skills:
  core: []
  supporting: []
# Slugs from taxonomy/technologies.yaml, taxonomy/industries.yaml and taxonomy/hubs.yaml.
technologies: []
industries: []
hubs: []
# Roles often compared or confused with this one.
relatedRoles: []
# FAQs about this role: slugs of FAQs defined in a faqs.yaml.
faqs:
  - what-does-a-${role}-do
`;
}

function faqsFile(slug: string, role: string, roleName: string): string {
  const path = `specialisms/${slug}/faqs.yaml`;
  return `#${schemaModeline('faqs', path)}
# The FAQ page, in order. Each FAQ has a slug, a question and a Markdown answer.
# To show an FAQ defined in another specialism, list its slug alone: "- slug: …".

- slug: what-does-a-${role}-do
  question: What does a ${roleName} do?
  answer: |
    TODO: answer in two to four sentences.
`;
}

/**
 * Writes a skeleton specialism folder (specialism, one primary role, one FAQ) with comments that
 * say what each field is for. \`check\` accepts it with warnings only (the TODO placeholders and
 * the role's missing skills); \`seed\` refuses it until the placeholders are filled in. Returns
 * the files written.
 */
export async function newSpecialism(
  contentDir: string,
  slug: string,
  options: { primaryRole?: string } = {},
): Promise<string[]> {
  for (const [what, value] of [
    ['specialism', slug],
    ['--primary-role', options.primaryRole],
  ] as const) {
    if (value !== undefined && !SLUG_PATTERN.test(value)) {
      throw new Error(
        `${what} "${value}" is not a slug: use lowercase kebab-case, e.g. "computer-vision"`,
      );
    }
  }
  const folder = join(contentDir, 'specialisms', slug);
  if (await stat(folder).catch(() => null)) throw new Error(`${folder} already exists`);
  const name = titleOf(slug);
  // The primary role names its file, its slug, the table's first row and its FAQ: one choice
  // here instead of three renames later.
  const role = options.primaryRole ?? `${slug}-engineer`;
  const roleName = titleOf(role);
  const files: [string, string][] = [
    [join(folder, 'specialism.yaml'), specialismFile(slug, name, role)],
    [join(folder, 'faqs.yaml'), faqsFile(slug, role, roleName)],
    [join(folder, 'roles', `${role}.yaml`), roleFile(slug, role, roleName)],
  ];
  await mkdir(join(folder, 'roles'), { recursive: true });
  for (const [path, text] of files) await writeFile(path, text, { flag: 'wx' });
  return files.map(([path]) => path);
}
