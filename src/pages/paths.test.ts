import { describe, expect, it } from 'vitest';
import {
  localizedPath,
  pageCountBound,
  parsePath,
  pathOf,
  sitePagePath,
  splitLocale,
  type GraphSize,
  type PageKind,
  type PageRef,
  type PageRefOf,
} from './paths.js';

/** One page of every kind with the path it lives at; a new kind without one fails the typecheck. */
const EXAMPLES: { [K in PageKind]: [PageRefOf<K>, string] } = {
  home: [{ kind: 'home' }, '/'],
  specialism: [{ kind: 'specialism', slug: 'ml-infrastructure' }, '/ml-infrastructure/'],
  specialismFaq: [{ kind: 'specialismFaq', slug: 'robotics' }, '/robotics/faq/'],
  specialismComparison: [
    { kind: 'specialismComparison', slug: 'ai4science' },
    '/ai4science/compare/',
  ],
  role: [{ kind: 'role', slug: 'mlops-engineer' }, '/roles/mlops-engineer/'],
  roleInHub: [
    { kind: 'roleInHub', slug: 'mlops-engineer', hub: 'london' },
    '/roles/mlops-engineer/london/',
  ],
  skill: [{ kind: 'skill', slug: 'distributed-systems' }, '/skills/distributed-systems/'],
  technology: [{ kind: 'technology', slug: 'kubernetes' }, '/technologies/kubernetes/'],
  industry: [{ kind: 'industry', slug: 'financial-services' }, '/industries/financial-services/'],
  hub: [{ kind: 'hub', slug: 'san-francisco' }, '/hubs/san-francisco/'],
  jobs: [{ kind: 'jobs' }, '/jobs/'],
  job: [
    { kind: 'job', slug: 'senior-mlops-engineer-london-3f9a2c' },
    '/jobs/senior-mlops-engineer-london-3f9a2c/',
  ],
};
const examples = Object.values(EXAMPLES) as [PageRef, string][];

describe('pathOf and parsePath', () => {
  it.each(examples)('%o lives at %s, and the path names it again', (ref, path) => {
    expect(pathOf(ref)).toBe(path);
    expect(parsePath(path)).toStrictEqual(ref);
  });

  it.each(examples)('%o round-trips through every locale prefix', (ref) => {
    for (const locale of [undefined, 'de-DE', 'fr-FR']) {
      const { locale: found, rest } = splitLocale(localizedPath(pathOf(ref), locale));
      expect(found).toBe(locale);
      expect(parsePath(rest)).toStrictEqual(ref);
    }
  });

  it('reads paths without the trailing slash, and ignores a query or a fragment', () => {
    expect(parsePath('')).toStrictEqual({ kind: 'home' });
    expect(parsePath('/?q=x')).toStrictEqual({ kind: 'home' });
    expect(parsePath('/roles/mlops-engineer')).toStrictEqual({
      kind: 'role',
      slug: 'mlops-engineer',
    });
    expect(parsePath('/robotics/faq?utm_source=x')).toStrictEqual({
      kind: 'specialismFaq',
      slug: 'robotics',
    });
    expect(parsePath('/hubs/london/#roles')).toStrictEqual({ kind: 'hub', slug: 'london' });
  });

  it('gives a node folder precedence over the specialism subpages', () => {
    // "faq" after a folder is a role's slug, not a specialism's FAQ page.
    expect(parsePath('/roles/faq/')).toStrictEqual({ kind: 'role', slug: 'faq' });
    expect(parsePath('/skills/compare/')).toStrictEqual({ kind: 'skill', slug: 'compare' });
  });

  it.each([
    ['a reserved first segment alone', '/roles/'],
    ['a reserved segment as a specialism', '/graphql/faq/'],
    ['an unknown specialism subpage', '/robotics/jobs/'],
    ['a third segment outside roles', '/skills/python/london/'],
    ['too many segments', '/roles/mlops-engineer/london/extra/'],
    ['capitals', '/Roles/mlops-engineer/'],
    ['an underscore', '/roles/mlops_engineer/'],
    ['an empty segment', '/roles//mlops-engineer/'],
    ['a dot segment', '/roles/../'],
    ['an encoded slash', '/roles/a%2Fb/'],
  ])('names no page for %s (%s)', (_, path) => {
    expect(parsePath(path)).toBeNull();
  });
});

describe('splitLocale', () => {
  it('splits a locale prefix off, leaving at least "/"', () => {
    expect(splitLocale('/de-DE/roles/x/')).toStrictEqual({ locale: 'de-DE', rest: '/roles/x/' });
    expect(splitLocale('/fr-FR/')).toStrictEqual({ locale: 'fr-FR', rest: '/' });
    expect(splitLocale('/fr-FR')).toStrictEqual({ locale: 'fr-FR', rest: '/' });
  });

  it('leaves paths of the default locale whole, with no locale', () => {
    expect(splitLocale('/')).toStrictEqual({ rest: '/' });
    expect(splitLocale('/roles/x/')).toStrictEqual({ rest: '/roles/x/' });
  });

  it('takes only a whole segment of the form ll-CC as a locale', () => {
    expect(splitLocale('/de-de/roles/x/')).toStrictEqual({ rest: '/de-de/roles/x/' });
    expect(splitLocale('/de-DEx/')).toStrictEqual({ rest: '/de-DEx/' });
    expect(splitLocale('/deu-DE/')).toStrictEqual({ rest: '/deu-DE/' });
    expect(splitLocale('/roles/de-DE/')).toStrictEqual({ rest: '/roles/de-DE/' });
  });
});

describe('localizedPath', () => {
  it('prefixes the locale, and leaves the default locale (undefined) unprefixed', () => {
    expect(localizedPath('/roles/x/', undefined)).toBe('/roles/x/');
    expect(localizedPath('/roles/x/', 'de-DE')).toBe('/de-DE/roles/x/');
    expect(localizedPath('/', 'fr-FR')).toBe('/fr-FR/');
  });
});

describe('sitePagePath', () => {
  it.each([
    '/',
    '/ml-infrastructure/',
    '/robotics/compare/',
    '/roles/mlops-engineer/',
    '/roles/mlops-engineer/london/',
    '/de-DE/',
    '/fr-FR/technologies/kubernetes/',
  ])('keeps the page path %s', (path) => {
    expect(sitePagePath(path)).toBe(path);
  });

  it.each([
    ['another host', '//evil.example'],
    ['another host, with a slash', '//evil.example/'],
    ['another host behind a backslash', '/\\evil.example'],
    ['another host behind a backslash, with a slash', '/\\evil.example/'],
    ['another host after a locale', '/de-DE//evil.example/'],
    ['an absolute URL', 'https://evil.example/'],
    ['a scheme', 'javascript:alert(1)'],
    ['a query', '/roles/mlops-engineer/?q=1'],
    ['a query naming another host', '/?next=//evil.example/'],
    ['a fragment', '/roles/mlops-engineer/#top'],
    ['no trailing slash', '/roles/mlops-engineer'],
    ['no leading slash', 'roles/mlops-engineer/'],
    ['an encoded slash', '/%2F%2Fevil.example/'],
    ['a trailing newline', '/roles/mlops-engineer/\n'],
    ['capitals in a slug', '/roles/MLOps/'],
    ['a path of no page', '/skills/python/london/'],
    ['a reserved folder alone', '/roles/'],
    ['nothing', ''],
  ])('refuses %s (%j)', (_, target) => {
    expect(sitePagePath(target)).toBeNull();
  });
});

describe('pageCountBound', () => {
  const size = (nodes: Partial<GraphSize['nodes']>, roleHubLinks = 0): GraphSize => ({
    nodes: { specialism: 0, role: 0, skill: 0, technology: 0, industry: 0, hub: 0, ...nodes },
    roleHubLinks,
  });

  it('counts the home page alone for an empty graph', () => {
    expect(pageCountBound(size({}))).toBe(1);
  });

  it('counts three pages per specialism and one per role, role in hub and taxonomy node', () => {
    expect(pageCountBound(size({ specialism: 1 }))).toBe(4);
    for (const type of ['role', 'skill', 'technology', 'industry', 'hub'] as const)
      expect(pageCountBound(size({ [type]: 1 })), type).toBe(2);
    expect(pageCountBound(size({}, 1))).toBe(2);
    expect(
      pageCountBound(
        size({ specialism: 2, role: 5, skill: 7, technology: 11, industry: 13, hub: 17 }, 19),
      ),
    ).toBe(1 + 3 * 2 + 5 + 19 + 7 + 11 + 13 + 17);
  });
});
