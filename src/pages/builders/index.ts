import type { PageDraft } from '../page-draft.js';
import type { Page } from '../page.types.js';
import type { PageKind, PageRefOf } from '../paths.js';
import type { BuildContext, Builders } from './builder.js';
import { buildHome } from './home.js';
import { buildHub } from './hub.js';
import { buildIndustry } from './industry.js';
import { buildJob } from './job.js';
import { buildJobs } from './jobs.js';
import { buildRoleInHub } from './role-in-hub.js';
import { buildRole } from './role.js';
import { buildSkill } from './skill.js';
import { buildSpecialismComparison } from './specialism-comparison.js';
import { buildSpecialismFaq } from './specialism-faq.js';
import { buildSpecialism } from './specialism.js';
import { buildTechnology } from './technology.js';

export type { BuildContext, Builder, SpecialismFacts } from './builder.js';

/** The builder of each kind of page. */
export const PAGE_BUILDERS: Builders = {
  home: buildHome,
  specialism: buildSpecialism,
  specialismFaq: buildSpecialismFaq,
  specialismComparison: buildSpecialismComparison,
  role: buildRole,
  roleInHub: buildRoleInHub,
  skill: buildSkill,
  technology: buildTechnology,
  industry: buildIndustry,
  hub: buildHub,
  jobs: buildJobs,
  job: buildJob,
};

/**
 * Builds the page `ref` of kind `kind` (pass `ref.kind`): taking the kind apart lets the table's
 * entry and the reference agree on the kind without a cast.
 */
export function buildPage<K extends PageKind>(
  kind: K,
  draft: PageDraft,
  ref: PageRefOf<K>,
  context: BuildContext,
): Promise<Page | null> {
  return PAGE_BUILDERS[kind](draft, ref, context);
}
