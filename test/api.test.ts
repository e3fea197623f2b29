import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompareRolesDocument,
  EmployerPageDocument,
  FaqListDocument,
  HubPageDocument,
  IndustryPageDocument,
  RoleListDocument,
  RolePageDocument,
  SkillPageDocument,
  SpecialismListDocument,
  SpecialismPageDocument,
  TechnologyListDocument,
  TechnologyPageDocument,
} from '../src/generated/graphql.js';
import type { Orm } from '../src/db/orm.js';
import type { App } from '../src/server/app.js';
import type { ContentSet, LinkKind, NodeType } from '../src/seed/content-set.js';
import { readContentDir } from '../src/seed/read.js';
import { CONTENT_DIR, codes, data, run, seededOrm, testApp } from './helpers.js';

const TABLE = [
  'ml-infrastructure-engineer',
  'ai-infrastructure-engineer',
  'mlops-engineer',
  'platform-engineer',
  'machine-learning-engineer',
];

let orm: Orm;
let app: App;
let files: ContentSet;

/** What the seed files say, to check the API against (never hard-coded lists). */
const seed = {
  slugs: (type: NodeType) =>
    files.nodes
      .filter((n) => n.type === type)
      .map((n) => n.slug)
      .sort(),
  fields: (type: NodeType, slug: string) =>
    files.nodes.find((n) => n.type === type && n.slug === slug)!.fields,
  /** Targets of `from`'s links, in the editor's order. */
  targets: (kind: LinkKind, from: string) =>
    files.links
      .filter((l) => l.kind === kind && l.from === from)
      .sort((a, b) => a.position - b.position)
      .map((l) => l.to),
  /** Owners linking to `to`, sorted by slug. */
  owners: (kind: LinkKind, to: string) =>
    files.links
      .filter((l) => l.kind === kind && l.to === to)
      .map((l) => l.from)
      .sort(),
};
const slugs = (nodes: { slug: string }[] | undefined) => (nodes ?? []).map((n) => n.slug);

beforeAll(async () => {
  const read = await readContentDir(CONTENT_DIR);
  expect(read.problems.filter((p) => p.severity === 'error')).toEqual([]);
  files = read.content;
  orm = await seededOrm();
  app = await testApp(orm);
});

afterAll(async () => {
  await app.stop();
  await orm.close();
});

describe('specialism', () => {
  it('has the comparison table: the five roles in order, with the focus and difference of each', async () => {
    const { specialism } = await data(app, SpecialismPageDocument, { slug: 'ml-infrastructure' });
    expect(specialism?.name).toBe('ML Infrastructure');
    expect(specialism?.headline.length).toBeGreaterThan(10);
    const rows = specialism!.roleComparison.rows;
    expect(rows.map((r) => r.role.slug)).toEqual(TABLE);
    for (const row of rows) {
      expect(row.primaryFocus).toBe(seed.fields('role', row.role.slug).primaryFocus);
      expect(row.keyDifference).toBe(seed.fields('role', row.role.slug).keyDifference);
    }
    expect(rows[0].primaryFocus).toMatch(/platforms/i);
    expect(rows[4].primaryFocus).toMatch(/model/i);
    expect(specialism!.primaryRole?.slug).toBe('ml-infrastructure-engineer');
    expect(slugs(specialism!.roles)).toEqual(TABLE);
  });

  it('has its eight FAQs in page order, with real answers', async () => {
    const { specialism } = await data(app, SpecialismPageDocument, { slug: 'ml-infrastructure' });
    expect(slugs(specialism!.faqs)).toEqual(seed.targets('specialismFaq', 'ml-infrastructure'));
    expect(specialism!.faqs).toHaveLength(8);
    for (const faq of specialism!.faqs) expect(faq.answer.length).toBeGreaterThan(40);
  });

  it('carries the page sections from the files', async () => {
    const { specialism } = await data(app, SpecialismPageDocument, { slug: 'ml-infrastructure' });
    const fields = seed.fields('specialism', 'ml-infrastructure');
    expect(specialism!.hiringChallenges).toEqual(fields.hiringChallenges);
    expect(specialism!.whenToHire.scenarios).toHaveLength(5);
    expect(specialism!.interviewing).toMatchObject({
      methods: (fields.interviewing as { methods: string[] }).methods,
    });
    expect(specialism!.compensation.summary).toBe(
      (fields.compensation as { summary: string }).summary,
    );
    expect(slugs(specialism!.featuredEmployers)).toEqual(
      seed.targets('specialismEmployer', 'ml-infrastructure'),
    );
  });

  it('every specialism of the content folder answers, with its table in order', async () => {
    for (const slug of seed.slugs('specialism')) {
      const { specialism } = await data(app, SpecialismPageDocument, { slug });
      const links = files.links.filter((l) => l.kind === 'specialismRole' && l.from === slug);
      const order = links.sort((a, b) => a.position - b.position).map((l) => l.to);
      expect(
        specialism?.roleComparison.rows.map((r) => r.role.slug),
        slug,
      ).toEqual(order);
      expect(slugs(specialism?.faqs), slug).toEqual(seed.targets('specialismFaq', slug));
      expect(specialism!.faqs.length, slug).toBeGreaterThanOrEqual(6);
    }
    expect(seed.slugs('specialism').length).toBeGreaterThanOrEqual(2);
  });

  it('shares nodes between specialisms: one Python, one London, linked from each that uses them', async () => {
    const result = await run(
      app,
      '{ technology(slug: "python") { roles { specialisms { slug } } } hub(slug: "london") { roles { specialisms { slug } } } }',
    );
    const reached = (roles: { specialisms: { slug: string }[] }[]) =>
      [...new Set(roles.flatMap((r) => r.specialisms.map((s) => s.slug)))].sort();
    const d = result.data as {
      technology: { roles: { specialisms: { slug: string }[] }[] };
      hub: { roles: { specialisms: { slug: string }[] }[] };
    };
    // The specialisms whose roles link the node, as the files say.
    const expected = (kind: LinkKind, to: string) =>
      [
        ...new Set(seed.owners(kind, to).flatMap((role) => seed.owners('specialismRole', role))),
      ].sort();
    expect(expected('roleTechnology', 'python').length).toBeGreaterThan(1);
    expect(expected('roleHub', 'london').length).toBeGreaterThan(1);
    expect(reached(d.technology.roles)).toEqual(expected('roleTechnology', 'python'));
    expect(reached(d.hub.roles)).toEqual(expected('roleHub', 'london'));
  });

  it('lists every specialism', async () => {
    const { specialisms } = await data(app, SpecialismListDocument, { first: 10 });
    expect(specialisms.totalCount).toBe(seed.slugs('specialism').length);
    expect(slugs(specialisms.edges.map((e) => e.node))).toEqual(seed.slugs('specialism'));
  });
});

describe('role', () => {
  it.each(TABLE)('%s has exactly the links its file gives, in order', async (slug) => {
    const { role } = await data(app, RolePageDocument, { slug });
    expect(role).not.toBeNull();
    expect(role!.skillLinks.map((l) => l.skill.slug)).toEqual(seed.targets('roleSkill', slug));
    expect(slugs(role!.technologies)).toEqual(seed.targets('roleTechnology', slug));
    expect(slugs(role!.industries)).toEqual(seed.targets('roleIndustry', slug));
    expect(slugs(role!.hubs)).toEqual(seed.targets('roleHub', slug));
    expect(slugs(role!.relatedRoles)).toEqual(seed.targets('roleRelatedRole', slug));
    expect(slugs(role!.faqs)).toEqual(seed.targets('roleFaq', slug));
    expect(slugs(role!.specialisms)).toContain('ml-infrastructure');
    expect(role!.responsibilities).toEqual(seed.fields('role', slug).responsibilities);
  });

  it('knows which skills are core and which supporting', async () => {
    const { role } = await data(app, RolePageDocument, { slug: 'ml-infrastructure-engineer' });
    const core = files.links.filter(
      (l) =>
        l.kind === 'roleSkill' &&
        l.from === 'ml-infrastructure-engineer' &&
        l.data.level === 'core',
    );
    expect(role!.skillLinks.filter((l) => l.level === 'CORE').map((l) => l.skill.slug)).toEqual(
      core.map((l) => l.to),
    );
    expect(role!.skillLinks.length).toBeGreaterThanOrEqual(15);
    const onlyCore = await run(
      app,
      '{ role(slug: "ml-infrastructure-engineer") { skills(level: CORE) { slug } } }',
    );
    expect(slugs((onlyCore.data as { role: { skills: { slug: string }[] } }).role.skills)).toEqual(
      core.map((l) => l.to),
    );
  });

  it('the ML Infrastructure Engineer has the technologies, hubs and industries of the source page', async () => {
    const { role } = await data(app, RolePageDocument, { slug: 'ml-infrastructure-engineer' });
    for (const t of [
      'kubernetes',
      'docker',
      'terraform',
      'airflow',
      'kubeflow',
      'mlflow',
      'argo-workflows',
      'ray',
      'spark',
      'kafka',
      'aws',
      'azure',
      'google-cloud-platform',
      'python',
      'go',
      'rust',
    ]) {
      expect(slugs(role!.technologies)).toContain(t);
    }
    expect(slugs(role!.hubs).sort()).toEqual([
      'amsterdam',
      'berlin',
      'cambridge',
      'london',
      'new-york',
      'paris',
      'san-francisco',
      'seattle',
      'toronto',
      'zurich',
    ]);
    expect(role!.industries.length).toBeGreaterThanOrEqual(10);
  });
});

describe('reverse links', () => {
  it('technology(kubernetes).roles holds exactly the roles that link it', async () => {
    const { technology } = await data(app, TechnologyPageDocument, { slug: 'kubernetes' });
    expect(slugs(technology!.roles)).toContain('ml-infrastructure-engineer');
    expect(slugs(technology!.roles)).toEqual(seed.owners('roleTechnology', 'kubernetes'));
  });

  it('skill, industry and hub list their roles (and employers) from the links', async () => {
    for (const slug of seed.slugs('skill').slice(0, 8)) {
      const { skill } = await data(app, SkillPageDocument, { slug });
      expect(slugs(skill!.roles)).toEqual(seed.owners('roleSkill', slug));
    }
    for (const slug of seed.slugs('industry')) {
      const { industry } = await data(app, IndustryPageDocument, { slug });
      expect(slugs(industry!.roles)).toEqual(seed.owners('roleIndustry', slug));
      expect(slugs(industry!.employers)).toEqual(seed.owners('employerIndustry', slug));
    }
    for (const slug of seed.slugs('hub')) {
      const { hub } = await data(app, HubPageDocument, { slug });
      expect(slugs(hub!.roles)).toEqual(seed.owners('roleHub', slug));
      expect(slugs(hub!.employers)).toEqual(seed.owners('employerHub', slug));
      expect(hub!.name).toBe(hub!.city);
    }
  });

  it('employers list their industries, hubs and specialisms', async () => {
    for (const slug of seed.slugs('employer')) {
      const { employer } = await data(app, EmployerPageDocument, { slug });
      expect(slugs(employer!.industries)).toEqual(seed.targets('employerIndustry', slug));
      expect(slugs(employer!.hubs)).toEqual(seed.targets('employerHub', slug));
      expect(slugs(employer!.specialisms)).toEqual(seed.owners('specialismEmployer', slug));
    }
  });
});

describe('connections', () => {
  it('walks every role exactly once, two at a time, forward', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 50; page++) {
      const {
        roles,
      }: {
        roles: {
          totalCount: number;
          edges: { cursor: string; node: { slug: string } }[];
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor?: string | null };
        };
      } = await data(app, RoleListDocument, { first: 2, after });
      total = roles.totalCount;
      expect(roles.edges.length).toBeLessThanOrEqual(2);
      expect(roles.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...roles.edges.map((e) => e.node.slug));
      if (!roles.pageInfo.hasNextPage) break;
      after = roles.pageInfo.endCursor ?? null;
    }
    expect(total).toBe(seed.slugs('role').length);
    expect(seen).toEqual(seed.slugs('role'));
  });

  it('walks every role exactly once, backward with last/before', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 50; page++) {
      const {
        roles,
      }: {
        roles: {
          edges: { node: { slug: string } }[];
          pageInfo: { hasPreviousPage: boolean; startCursor?: string | null };
        };
      } = await data(app, RoleListDocument, { last: 2, before });
      seen.unshift(...roles.edges.map((e) => e.node.slug));
      if (!roles.pageInfo.hasPreviousPage) break;
      before = roles.pageInfo.startCursor ?? null;
    }
    expect(seen).toEqual(seed.slugs('role'));
  });

  it('an empty page has null cursors', async () => {
    const { roles } = await data(app, RoleListDocument, { first: 0 });
    expect(roles.edges).toEqual([]);
    expect(roles.pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasNextPage: true });
  });
});

describe('filters by linked slug', () => {
  const filters: [keyof typeof roleFilter, LinkKind][] = [];
  const roleFilter = {
    skill: 'roleSkill',
    technology: 'roleTechnology',
    hub: 'roleHub',
    industry: 'roleIndustry',
  } as const;
  for (const [arg, kind] of Object.entries(roleFilter))
    filters.push([arg as keyof typeof roleFilter, kind]);

  it.each(filters)('roles(%s:) return exactly the linked roles', async (arg, kind) => {
    const targets = [...new Set(files.links.filter((l) => l.kind === kind).map((l) => l.to))];
    for (const target of targets) {
      const { roles } = await data(app, RoleListDocument, { first: 100, [arg]: target });
      expect(slugs(roles.edges.map((e) => e.node)), `${arg}: ${target}`).toEqual(
        seed.owners(kind, target),
      );
      expect(roles.totalCount).toBe(seed.owners(kind, target).length);
    }
  });

  it('roles(specialism:) returns the roles of the specialism', async () => {
    const { roles } = await data(app, RoleListDocument, {
      first: 100,
      specialism: 'ml-infrastructure',
    });
    expect(slugs(roles.edges.map((e) => e.node))).toEqual([...TABLE].sort());
  });

  it('combines filters with AND', async () => {
    const { roles } = await data(app, RoleListDocument, {
      first: 100,
      technology: 'kubernetes',
      hub: 'zurich',
    });
    const both = seed
      .owners('roleTechnology', 'kubernetes')
      .filter((r) => seed.owners('roleHub', 'zurich').includes(r));
    expect(slugs(roles.edges.map((e) => e.node))).toEqual(both);
  });

  it('technologies by category and by role', async () => {
    const categories = new Set(
      files.nodes.filter((n) => n.type === 'technology').map((n) => n.fields.category as string),
    );
    expect(categories.size).toBeGreaterThan(3);
    for (const category of categories) {
      const { technologies } = await data(app, TechnologyListDocument, { first: 100, category });
      const expected = files.nodes
        .filter((n) => n.type === 'technology' && n.fields.category === category)
        .map((n) => n.slug)
        .sort();
      expect(technologies.edges.map((e) => e.node.slug)).toEqual(expected);
    }
    const { technologies } = await data(app, TechnologyListDocument, {
      first: 100,
      role: 'mlops-engineer',
    });
    expect(technologies.edges.map((e) => e.node.slug)).toEqual(
      [...seed.targets('roleTechnology', 'mlops-engineer')].sort(),
    );
  });

  it('FAQs by specialism and by role', async () => {
    const bySpecialism = await data(app, FaqListDocument, {
      first: 100,
      specialism: 'ml-infrastructure',
    });
    expect(bySpecialism.faqs.totalCount).toBe(8);
    const byRole = await data(app, FaqListDocument, { first: 100, role: 'mlops-engineer' });
    expect(byRole.faqs.edges.map((e) => e.node.slug)).toEqual(
      [...seed.targets('roleFaq', 'mlops-engineer')].sort(),
    );
    expect(byRole.faqs.totalCount).toBeGreaterThan(0);
  });

  it('a filter naming no node gives an empty connection', async () => {
    const { roles } = await data(app, RoleListDocument, {
      first: 10,
      technology: 'no-such-technology',
    });
    expect(roles).toMatchObject({ totalCount: 0, edges: [] });
  });
});

describe('compareRoles', () => {
  it('returns the same table type with shared and distinct skills and technologies', async () => {
    const pair = ['mlops-engineer', 'platform-engineer'];
    const { compareRoles } = await data(app, CompareRolesDocument, { slugs: pair });
    expect(compareRoles.rows.map((r) => r.role.slug)).toEqual(pair);
    const [a, b] = pair.map((r) => seed.targets('roleSkill', r));
    expect(slugs(compareRoles.sharedSkills)).toEqual(a.filter((s) => b.includes(s)));
    expect(slugs(compareRoles.rows[0].distinctSkills)).toEqual(a.filter((s) => !b.includes(s)));
    expect(slugs(compareRoles.rows[1].distinctSkills)).toEqual(b.filter((s) => !a.includes(s)));
    const [ta, tb] = pair.map((r) => seed.targets('roleTechnology', r));
    expect(slugs(compareRoles.sharedTechnologies)).toEqual(ta.filter((t) => tb.includes(t)));
    expect(slugs(compareRoles.rows[1].distinctTechnologies)).toEqual(
      tb.filter((t) => !ta.includes(t)),
    );
  });

  it('with three roles, shared means held by all and distinct by one only', async () => {
    const three = ['ml-infrastructure-engineer', 'mlops-engineer', 'machine-learning-engineer'];
    const { compareRoles } = await data(app, CompareRolesDocument, { slugs: three });
    const lists = three.map((r) => seed.targets('roleTechnology', r));
    expect(slugs(compareRoles.sharedTechnologies)).toEqual(
      lists[0].filter((t) => lists.every((l) => l.includes(t))),
    );
    compareRoles.rows.forEach((row, i) => {
      const others = lists.filter((_, j) => j !== i).flat();
      expect(slugs(row.distinctTechnologies)).toEqual(lists[i].filter((t) => !others.includes(t)));
    });
  });
});

describe('lookups and bad arguments', () => {
  it('unknown slugs give null, without errors', async () => {
    for (const query of [
      'role',
      'specialism',
      'skill',
      'technology',
      'industry',
      'hub',
      'employer',
      'faq',
    ]) {
      const result = await run(app, `{ ${query}(slug: "no-such-${query}") { slug } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({ [query]: null });
    }
  });

  it('slug lookups ignore case and surrounding spaces', async () => {
    const { role } = await data(app, RolePageDocument, { slug: ' MLOps-Engineer ' });
    expect(role?.slug).toBe('mlops-engineer');
  });

  it.each([
    ['{ roles(first: 1000) { totalCount } }', 'first'],
    ['{ roles(first: 101) { totalCount } }', 'first'],
    ['{ roles(first: -1) { totalCount } }', 'first'],
    ['{ roles(last: 500) { totalCount } }', 'last'],
    ['{ roles(first: 2, last: 2) { totalCount } }', 'last'],
    ['{ roles(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'after'],
    ['{ compareRoles(slugs: []) { rows { primaryFocus } } }', 'slugs'],
    [
      '{ compareRoles(slugs: ["mlops-engineer", "no-such-role"]) { rows { primaryFocus } } }',
      'slugs',
    ],
    [
      '{ compareRoles(slugs: ["mlops-engineer", "MLOPS-engineer"]) { rows { primaryFocus } } }',
      'slugs',
    ],
    [
      `{ compareRoles(slugs: [${Array.from({ length: 11 }, (_, i) => `"r${i}"`).join(',')}]) { rows { primaryFocus } } }`,
      'slugs',
    ],
  ])('%s is refused with BAD_USER_INPUT naming %s', async (query, argumentName) => {
    const result = await run(app, query);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.argumentName).toBe(argumentName);
    expect(result.errors?.[0].message).toMatch(new RegExp(`^${argumentName}: `));
  });
});
