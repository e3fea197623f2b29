import type { Orm } from '../src/db/orm.js';
import { Vacancy } from '../src/content/entities.js';
import { seedFromDir } from '../src/seed/index.js';
import type { ImportOptions } from '../src/vacancies/import.js';
import { emptyOrm, TEST_SITE } from './helpers.js';

/**
 * The vacancy tests' fixture: the seed folder and a feed around "now" (a hybrid London job with a
 * salary, an on-site Berlin job without one, a UK-only remote contract, and an expired job).
 */
export const FIXTURE = 'test/fixtures/seed/vacancies';
export const options: ImportOptions = { siteUrl: TEST_SITE.url };
/** "Now" for these tests: the feed's dates are around it. */
export const NOW = '2026-12-01T12:00:00Z';

export const london = {
  id: 'J-1',
  title: 'Senior Platform Engineer',
  role: 'platform-engineer',
  hubs: ['london'],
  workplace: 'HYBRID',
  employer: 'acme',
  employmentType: 'FULL_TIME',
  salary: { currency: 'GBP', min: 90000, max: 110000, period: 'YEAR' },
  datePosted: '2026-11-20',
  validThrough: '2027-01-31',
  description: 'Run the **paved road** for 200 engineers.',
  skills: ['distributed-systems'],
  technologies: ['kubernetes'],
};
export const berlin = {
  id: 'J-2',
  title: 'Platform Engineer',
  role: 'platform-engineer',
  hubs: ['berlin'],
  workplace: 'ONSITE',
  employmentType: 'FULL_TIME',
  datePosted: '2026-11-25',
  validThrough: '2027-02-28',
  description: 'On site in Berlin.',
};
export const remote = {
  id: 'J-3',
  title: 'Platform Engineer (contract)',
  role: 'platform-engineer',
  workplace: 'REMOTE',
  remoteCountries: ['GB'],
  employmentType: 'CONTRACTOR',
  salary: { currency: 'GBP', min: 600, max: 700, period: 'DAY' },
  datePosted: '2026-11-28',
  validThrough: '2027-01-15',
  description: 'Six months, fully remote from the UK.',
  applyUrl: 'https://ats.example.com/j-3',
};
export const expired = {
  id: 'J-4',
  title: 'Site Reliability Engineer',
  role: 'platform-engineer',
  hubs: ['london'],
  workplace: 'ONSITE',
  employmentType: 'FULL_TIME',
  salary: { currency: 'GBP', min: 70000, max: 80000, period: 'YEAR' },
  datePosted: '2026-09-01',
  validThrough: '2026-10-31',
  description: 'This advertisement has ended.',
};
export const feed = [london, berlin, remote, expired];

export async function fixtureOrm(): Promise<Orm> {
  const orm = await emptyOrm();
  await seedFromDir(orm.em, FIXTURE);
  return orm;
}

export const slugOf = async (orm: Orm, id: string) =>
  (await orm.em.fork().findOneOrFail(Vacancy, { externalId: id })).slug;

/** A clock a test moves: pass it as the app's `now`, and to the expiry sweep. */
export interface TestClock {
  (): Date;
  set(at: string): void;
}

export function testClock(at: string = NOW): TestClock {
  let time = Date.parse(at);
  return Object.assign(() => new Date(time), {
    set(to: string) {
      time = Date.parse(to);
    },
  });
}
