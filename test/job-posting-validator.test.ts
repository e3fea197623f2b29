import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import { listen, type RunningServer } from '../src/server/app.js';
import { importFeed } from '../src/vacancies/import.js';
import { testApp } from './helpers.js';
import { JOB_POSTING, validateJobPage, type ValidatorResult } from './job-posting-preset.js';
import { jsonLdOf } from './site.js';
import { feed, fixtureOrm, options, slugOf, testClock } from './vacancy-feed.js';

/**
 * The outside validator over the rendered job pages: `structured-data-testing-tool` with its
 * Google preset and the JobPosting rules Google requires (see `job-posting-preset.ts`). The
 * field-by-field checks are in vacancies.test.ts.
 */
let orm: Orm;
let server: RunningServer;

const page = async (id: string) =>
  (await fetch(`${server.origin}/jobs/${await slugOf(orm, id)}/`)).text();

/** The page's HTML with its JobPosting document changed by `edit`. */
function withPosting(html: string, edit: (posting: Record<string, unknown>) => unknown): string {
  return html.replace(
    /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
    (whole, json: string) => {
      const doc = JSON.parse(json) as Record<string, unknown>;
      if (doc['@type'] !== 'JobPosting') return whole;
      return `<script type="application/ld+json">${JSON.stringify(edit(doc))}</script>`;
    },
  );
}

const failuresOf = async (html: string) => {
  const error = await validateJobPage(html).then(
    () => null,
    (e: Error & { result: ValidatorResult }) => e,
  );
  expect(error, 'the validator should fail this page').not.toBeNull();
  return error!.result.failed.map((t) => t.test);
};

beforeAll(async () => {
  orm = await fixtureOrm();
  await importFeed(orm.em, JSON.stringify(feed), options);
  server = await listen(await testApp(orm, { now: testClock() }), 0);
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

describe('the outside validator (structured-data-testing-tool, Google preset)', () => {
  it('passes the London job page, JobPosting rules included', async () => {
    const html = await page('J-1');
    // One JobPosting, as a document of its own, beside the page's graph.
    expect(jsonLdOf(html).filter((d) => (d as Record<string, unknown>)['@type'])).toHaveLength(1);
    const result = await validateJobPage(html);
    expect(result.schemas).toContain('JobPosting');
    expect(result.failed).toEqual([]);
    const passed = result.passed.map((t) => t.test);
    for (const field of ['title', 'description', 'datePosted', 'hiringOrganization.name'])
      expect(passed).toContain(`JobPosting[0].${field}`);
    expect(passed.some((t) => t.startsWith('JobPosting[0] | (jobLocation'))).toBe(true);
  });

  it('passes the remote job (TELECOMMUTE with its applicant countries)', async () => {
    const result = await validateJobPage(await page('J-3'));
    expect(result.failed).toEqual([]);
    expect(result.schemas).toContain('JobPosting');
  });

  it('fails a page whose JobPosting lacks datePosted', async () => {
    const html = withPosting(await page('J-1'), ({ datePosted: _dropped, ...rest }) => rest);
    expect(await failuresOf(html)).toContain('JobPosting[0].datePosted');
  });

  it('fails a page whose JobPosting has neither a place nor a remote applicant location', async () => {
    const html = withPosting(await page('J-3'), (p) => ({
      ...p,
      applicantLocationRequirements: undefined,
    }));
    expect((await failuresOf(html)).some((t) => t.startsWith('JobPosting[0] | (jobLocation'))).toBe(
      true,
    );
  });

  it('fails a job page with no JobPosting at all (the posting inside @graph is not seen)', async () => {
    const html = withPosting(await page('J-1'), () => ({
      '@context': 'https://schema.org',
      '@graph': [],
    }));
    expect(await failuresOf(html)).toContain(JOB_POSTING.tests![0].test);
  });
});
