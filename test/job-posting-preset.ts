import { createRequire } from 'node:module';

/**
 * `structured-data-testing-tool` (the outside validator the vacancy issue names), typed for the
 * tests. Read from its source (4.5.0): it groups each JSON-LD `<script>` by its top-level `@type`
 * (a node inside `@graph` is not seen), and its Google preset has no JobPosting rules (WebPage,
 * ClaimReview, Organization, articles and postings only). So the job page writes its JobPosting
 * as a document of its own, and the tests add `JOB_POSTING`, a custom preset in the library's own
 * format, for the properties Google requires of a JobPosting.
 */
export interface ValidatorTest {
  test: string;
  description?: string;
  group?: string;
  passed?: boolean;
  optional?: boolean;
}

export interface ValidatorResult {
  passed: ValidatorTest[];
  failed: ValidatorTest[];
  schemas: string[];
}

export interface Preset {
  name: string;
  description?: string;
  schema?: string;
  tests?: (Omit<ValidatorTest, 'passed'> & { expect?: unknown; type?: string })[];
  presets?: Preset[];
}

interface Library {
  structuredDataTest(html: string, options: { presets: Preset[] }): Promise<ValidatorResult>;
}

const require = createRequire(import.meta.url);
const library = require('structured-data-testing-tool') as Library;
export const { Google } = require('structured-data-testing-tool/presets') as { Google: Preset };

/** Google's required JobPosting properties (Google for Jobs), for every JobPosting found. */
export const JOB_POSTING: Preset = {
  name: 'Google JobPosting',
  description: 'The properties Google requires of a JobPosting',
  // Without this, a page with no JobPosting would pass: the per-posting tests only run on one.
  tests: [{ test: 'JobPosting', type: 'jsonld', description: 'a JobPosting on the page' }],
  presets: [
    {
      name: 'JobPosting required properties',
      schema: 'JobPosting',
      tests: [
        { test: 'JobPosting[*]."@type"', expect: 'JobPosting' },
        { test: 'JobPosting[*].title' },
        { test: 'JobPosting[*].description' },
        { test: 'JobPosting[*].datePosted' },
        { test: 'JobPosting[*].hiringOrganization.name' },
        {
          // A place, or a remote job with the countries it takes applicants from.
          test: 'JobPosting[*] | (jobLocation || (jobLocationType == `"TELECOMMUTE"` && applicantLocationRequirements))',
          description:
            'jobLocation, or jobLocationType TELECOMMUTE with applicantLocationRequirements',
        },
      ],
    },
  ],
};

/**
 * Runs the validator over a page's HTML with the Google preset and `JOB_POSTING`. Resolves with
 * the result when every test passes; rejects with the failed tests otherwise.
 */
export async function validateJobPage(html: string): Promise<ValidatorResult> {
  try {
    return await library.structuredDataTest(html, { presets: [Google, JOB_POSTING] });
  } catch (error) {
    const res = (error as { res?: ValidatorResult }).res;
    if (!res) throw error;
    const message = `structured data failed: ${res.failed.map((t) => t.description ?? t.test).join('; ')}`;
    throw Object.assign(new Error(message, { cause: error }), { result: res });
  }
}
