import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPath } from '../src/render/render-page.js';
import { seedFromDir } from '../src/seed/index.js';
import { sitemapXml } from '../src/pages/sitemap.js';
import { as, data, emptyOrm, run, testApp, TEST_SITE } from './helpers.js';
import type { App } from '../src/server/app.js';

/**
 * Random sequences of editorial actions; after every step, nothing the public can reach — API
 * lists, links, filters, counts, comparisons, generated FAQs, pages, page links, the sitemap —
 * may show a node that is not published, or a draft edit of one that is.
 */

type NodeKind = 'skill' | 'technology' | 'hub' | 'role' | 'industry' | 'faq';
const KINDS: NodeKind[] = ['skill', 'technology', 'hub', 'role', 'industry', 'faq'];
const LINKS = [
  ['ROLE_SKILL', 'role', 'skill'],
  ['ROLE_TECHNOLOGY', 'role', 'technology'],
  ['ROLE_HUB', 'role', 'hub'],
  ['ROLE_INDUSTRY', 'role', 'industry'],
  ['ROLE_FAQ', 'role', 'faq'],
  ['SPECIALISM_ROLE', 'specialism', 'role'],
  ['SPECIALISM_FAQ', 'specialism', 'faq'],
] as const;

type Action =
  | { do: 'create'; kind: NodeKind; n: number }
  | { do: 'link'; link: number; from: number; to: number }
  | { do: 'unlink'; link: number; from: number; to: number }
  | {
      do: 'publish' | 'unpublish' | 'delete' | 'rename';
      kind: NodeKind | 'specialism';
      pick: number;
    };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ do: fc.constant('create' as const), kind: fc.constantFrom(...KINDS), n: fc.nat(99) }),
  fc.record({
    do: fc.constant('link' as const),
    link: fc.nat(LINKS.length - 1),
    from: fc.nat(),
    to: fc.nat(),
  }),
  fc.record({
    do: fc.constant('unlink' as const),
    link: fc.nat(LINKS.length - 1),
    from: fc.nat(),
    to: fc.nat(),
  }),
  fc.record({
    do: fc.constantFrom(
      'publish' as const,
      'unpublish' as const,
      'delete' as const,
      'rename' as const,
    ),
    kind: fc.constantFrom<NodeKind | 'specialism'>(...KINDS, 'specialism'),
    pick: fc.nat(),
  }),
);

const TYPE = {
  skill: 'SKILL',
  technology: 'TECHNOLOGY',
  hub: 'HUB',
  role: 'ROLE',
  industry: 'INDUSTRY',
  faq: 'FAQ',
  specialism: 'SPECIALISM',
};
const PLURAL = {
  skill: 'skills',
  technology: 'technologies',
  hub: 'hubs',
  role: 'roles',
  industry: 'industries',
  faq: 'faqs',
  specialism: 'specialisms',
};

function inputFor(kind: NodeKind, slug: string): string {
  const name = `Name ${slug}`;
  switch (kind) {
    case 'skill':
      return `{ slug: "${slug}", name: "${name}", category: "core-technical" }`;
    case 'technology':
      return `{ slug: "${slug}", name: "${name}", category: "orchestration" }`;
    case 'hub':
      return `{ slug: "${slug}", city: "${name}", country: "DE", region: "Europe" }`;
    case 'industry':
      return `{ slug: "${slug}", name: "${name}" }`;
    case 'faq':
      return `{ slug: "${slug}", question: "Question ${slug}?", answer: "Answer ${slug}." }`;
    case 'role':
      return `{ slug: "${slug}", name: "${name}", summary: "Summary ${slug}.", description: "About ${slug}.", primaryFocus: "Focus ${slug}", keyDifference: "Difference ${slug}." }`;
  }
}

/** Every node, as preview sees it: slug, status, and name (to spot draft edits). */
async function everything(app: App) {
  const out: Record<string, { slug: string; status: string; version: number }[]> = {};
  for (const kind of [...KINDS, 'specialism'] as const) {
    const result = await data<
      Record<string, { edges: { node: { slug: string; status: string; version: number } }[] }>,
      Record<string, never>
    >(
      app,
      `{ ${PLURAL[kind]}(first: 100) { edges { node { slug status version } } } }`,
      {},
      as.preview,
    );
    out[kind] = result[PLURAL[kind]].edges.map((e) => e.node);
  }
  return out;
}

const PUBLIC_QUERY = `{
  specialisms(first: 100) { totalCount edges { node { slug name headline primaryRole { slug name } roles { slug name } relatedRoles { slug }
    faqs { slug question answer } featuredEmployers { slug } technologies { slug name } industries { slug name } hubs { slug city }
    generatedFaqs { question answer }
    roleComparison { rows { role { slug } primaryFocus distinctSkills { slug } distinctTechnologies { slug } } sharedSkills { slug } sharedTechnologies { slug } } } } }
  roles(first: 100) { totalCount edges { node { slug name summary skills { slug name } skillLinks { level skill { slug } } technologies { slug name } industries { slug }
    hubs { slug city } relatedRoles { slug } specialisms { slug } faqs { slug question } } } }
  skills(first: 100) { totalCount edges { node { slug name roles { slug } } } }
  technologies(first: 100) { totalCount edges { node { slug name roles { slug } } } }
  industries(first: 100) { totalCount edges { node { slug name roles { slug } employers { slug } } } }
  hubs(first: 100) { totalCount edges { node { slug city roles { slug } employers { slug } } } }
  employers(first: 100) { totalCount edges { node { slug industries { slug } hubs { slug } specialisms { slug } } } }
  faqs(first: 100) { totalCount edges { node { slug question specialisms { slug } roles { slug } } } }
  pages { path links { path } jsonLd }
}`;

async function checkPublicView(app: App) {
  const all = await everything(app);
  const hidden = Object.values(all)
    .flat()
    .filter((n) => n.status !== 'PUBLISHED')
    .map((n) => n.slug);
  const result = await run(app, PUBLIC_QUERY);
  expect(result.errors).toBeUndefined();
  const text = JSON.stringify(result.data);
  for (const slug of hidden) {
    expect(text, `"${slug}" is not published`).not.toContain(`"${slug}"`);
    expect(text, `"${slug}" is not published`).not.toContain(`/${slug}/`);
  }
  // Draft edits of published nodes never show.
  expect(text).not.toContain('DRAFT-EDIT');
  // Counts agree with what is listed.
  const d = result.data as Record<string, { totalCount?: number; edges?: unknown[] }>;
  for (const list of Object.values(d))
    if (list && 'totalCount' in list) expect(list.totalCount).toBe(list.edges!.length);
  // Filters by a hidden node find nothing.
  for (const kind of ['skill', 'technology', 'hub', 'industry', 'specialism'] as const) {
    for (const { slug, status } of all[kind]) {
      if (status === 'PUBLISHED') continue;
      const filtered = await data<{ roles: { totalCount: number } }, Record<string, never>>(
        app,
        `{ roles(${kind}: "${slug}") { totalCount } }`,
      );
      expect(filtered.roles.totalCount, `roles(${kind}: "${slug}")`).toBe(0);
    }
  }
  // Rendered pages and the sitemap.
  const pages = (result.data as { pages: { path: string }[] }).pages;
  const sitemap = await sitemapXml(
    TEST_SITE.url,
    pages.map((p) => ({ path: p.path, lastModified: new Date(0).toISOString() })),
  );
  for (const page of pages) {
    const html = (await renderPath(page.path, app.query, TEST_SITE.name)).html;
    for (const slug of hidden) {
      expect(html, `${page.path} shows ${slug}`).not.toContain(`/${slug}/`);
      expect(sitemap).not.toContain(`/${slug}/`);
    }
    expect(html).not.toContain('DRAFT-EDIT');
  }
}

async function apply(app: App, step: Action, counter: { n: number }) {
  const all = await everything(app);
  const pick = <T>(list: T[], i: number) => (list.length ? list[i % list.length] : undefined);
  switch (step.do) {
    case 'create': {
      const slug = `pc-${step.kind}-${counter.n++}`;
      await run(
        app,
        `mutation { create${step.kind[0].toUpperCase()}${step.kind.slice(1)}(input: ${inputFor(step.kind, slug)}) { slug } }`,
        {},
        as.editor,
      );
      return;
    }
    case 'link':
    case 'unlink': {
      const [kind, fromType, toType] = LINKS[step.link];
      const from = pick(all[fromType], step.from);
      const to = pick(all[toType], step.to);
      if (!from || !to) return;
      await run(
        app,
        `mutation { ${step.do}(input: { kind: ${kind}, from: "${from.slug}", to: "${to.slug}" }) { slug } }`,
        {},
        as.editor,
      );
      return;
    }
    default: {
      const node = pick(all[step.kind], step.pick);
      if (!node) return;
      const type = TYPE[step.kind];
      if (step.do === 'delete') {
        await run(
          app,
          `mutation { delete${type[0]}${type.slice(1).toLowerCase()}(slug: "${node.slug}", force: true) { slug } }`,
          {},
          as.editor,
        );
      } else if (step.do === 'rename') {
        const field = step.kind === 'hub' ? 'city' : step.kind === 'faq' ? 'question' : 'name';
        const name = step.kind === 'specialism' || step.kind === 'role' ? 'name' : field;
        const kindName = step.kind[0].toUpperCase() + step.kind.slice(1);
        await run(
          app,
          `mutation { update${kindName}(slug: "${node.slug}", version: ${node.version}, input: { ${name}: "DRAFT-EDIT ${counter.n++}" }) { slug } }`,
          {},
          as.editor,
        );
      } else {
        await run(
          app,
          `mutation { ${step.do}(type: ${type}, slug: "${node.slug}") { slug } }`,
          {},
          as.editor,
        );
      }
    }
  }
}

describe('the public never sees unpublished content', () => {
  it('after every step of random editorial sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 14 }), async (steps) => {
        const orm = await emptyOrm();
        await seedFromDir(orm.em, 'test/fixtures/seed/base');
        // Reads the whole graph in one query, far past the public cost limit.
        const app = await testApp(orm, {
          limits: { maxCost: 10_000_000, maxDepth: 50 },
          mutationRate: null,
        });
        const counter = { n: 0 };
        try {
          await checkPublicView(app);
          for (const step of steps) {
            await apply(app, step, counter);
            // A rename of a published node stays a draft until publish: publish some of them.
            await checkPublicView(app);
          }
        } finally {
          await app.stop();
          await orm.close();
        }
      }),
      { numRuns: 12, seed: 20261128, endOnFailure: true },
    );
  }, 300_000);
});
