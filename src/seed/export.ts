import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { EntityManager } from '@mikro-orm/core';
import { ContentState } from '../content/read/content-state.entity.js';
import { Document } from 'yaml';
import { PublicationStatus } from '../content/common/content-node.entity.js';
import { storedFields } from '../content/model.js';
import { parseContributions } from '../content/specialism/contributions.js';
import { linkRepository, nodeRepository } from '../content/node-repository.js';
import {
  linkKinds,
  linkModels,
  nodeTypes,
  type ContentSet,
  type LinkKind,
  type LinkRecord,
  type NodeRecord,
  type NodeType,
} from './content-set.js';
import type { FileKind } from './format.js';
import { jsonSchemas, SCHEMA_DIR, schemaModeline } from './json-schema.js';

type Row = Record<string, unknown> & { slug: string };

/**
 * The published content of the database as a content set (what the public sees): nodes sorted
 * by slug, links in their published order. Drafts are not seed content.
 */
export async function readDatabase(rootEm: EntityManager): Promise<ContentSet> {
  const em = rootEm.fork();
  const nodes: NodeRecord[] = [];
  for (const type of nodeTypes) {
    const rows = await nodeRepository(em, type).find(
      { status: PublicationStatus.PUBLISHED },
      { orderBy: { slug: 'asc' } },
    );
    for (const row of rows) {
      const record: NodeRecord = { type, slug: row.slug, fields: storedFields(type, row) };
      const translations = row.translations as NodeRecord['translations'] | null;
      if (translations) record.translations = translations;
      nodes.push(record);
    }
  }
  const links: LinkRecord[] = [];
  for (const kind of linkKinds) {
    const model = linkModels[kind];
    const [fromProp] = model.from;
    const [toProp] = model.to;
    const where = {
      inPublished: true,
      [fromProp]: { status: PublicationStatus.PUBLISHED },
      [toProp]: { status: PublicationStatus.PUBLISHED },
    };
    const rows = await linkRepository(em, kind).find(where);
    const records = rows.map((row) => ({
      kind,
      from: (row[fromProp] as Row).slug,
      to: (row[toProp] as Row).slug,
      position: row.position,
      data: Object.fromEntries(model.data.map((d) => [d, row[d]])),
    }));
    records.sort((a, b) => a.from.localeCompare(b.from) || a.position - b.position);
    links.push(...records);
  }
  const state = await em.findOne(ContentState, 1);
  return { nodes, links, ...(state?.locales && { locales: state.locales }) };
}

/** Drops nulls, empty lists and empty maps, so files hold only what was written. */
function compact(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && !Array.isArray(v)) {
      const inner = compact(v as Record<string, unknown>);
      if (Object.keys(inner).length) out[key] = inner;
      continue;
    }
    out[key] = v;
  }
  return out;
}

/** Answers questions about a content set's links. */
class Graph {
  private readonly byKind = new Map<LinkKind, LinkRecord[]>();

  constructor(readonly content: ContentSet) {
    for (const link of content.links) {
      const list = this.byKind.get(link.kind) ?? [];
      list.push(link);
      this.byKind.set(link.kind, list);
    }
  }

  nodes(type: NodeType): NodeRecord[] {
    return this.content.nodes
      .filter((n) => n.type === type)
      .sort((a, b) => a.slug.localeCompare(b.slug));
  }

  /** Links out of `from`, in order. */
  out(kind: LinkKind, from: string): LinkRecord[] {
    return (this.byKind.get(kind) ?? [])
      .filter((l) => l.from === from)
      .sort((a, b) => a.position - b.position);
  }

  targets(kind: LinkKind, from: string): string[] {
    return this.out(kind, from).map((l) => l.to);
  }

  /** Owners of links into `to`, sorted by slug. */
  owners(kind: LinkKind, to: string, where: (l: LinkRecord) => boolean = () => true): string[] {
    return (this.byKind.get(kind) ?? [])
      .filter((l) => l.to === to && where(l))
      .map((l) => l.from)
      .sort();
  }
}

const HEADERS: Record<FileKind, string> = {
  skills: 'Skills: abilities roles need, shared by every specialism.',
  technologies: 'Technologies: tools, frameworks, clouds and programming languages.',
  industries: 'Industries that hire.',
  hubs: 'Hubs: cities where roles are hired.',
  employers: 'Employers: named organisations, with their industries and hubs.',
  specialism: 'The specialism landing page.',
  faqs: 'FAQs, in page order.',
  role: 'A role.',
};

/** A related role as written in specialism.yaml: its slug, or its slug with the link's view. */
function relatedRoleEntry(link: LinkRecord): string | Record<string, unknown> {
  const { primaryFocus, keyDifference, contributes } = link.data;
  if (primaryFocus == null && keyDifference == null && contributes == null) return link.to;
  return compact({
    role: link.to,
    primaryFocus: primaryFocus ?? undefined,
    keyDifference: keyDifference ?? undefined,
    contributes: contributes == null ? undefined : parseContributions(contributes as string),
  });
}

function yamlFile(kind: FileKind, path: string, data: unknown): string {
  const doc = new Document(data);
  doc.commentBefore = `${schemaModeline(kind, path)}\n ${HEADERS[kind]}`;
  return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
}

/**
 * Renders a content set as seed files (path → text), in the format `readContentDir` reads.
 * Deterministic: the same content always gives the same bytes. A role lives in the folder of the
 * specialism it is primary for (else the first that lists it, else `roles/`); an FAQ is defined
 * in the first specialism that lists it (else the top-level `faqs.yaml`) and linked by slug from
 * the others.
 */
export function renderFiles(content: ContentSet): Map<string, string> {
  const g = new Graph(content);
  const files = new Map<string, string>();
  const put = (kind: FileKind, path: string, data: unknown) =>
    files.set(path, yamlFile(kind, path, data));
  /** The nodes whose text each file holds, for their translation files. */
  const defines = new Map<string, NodeRecord[]>();
  const holds = (path: string, nodes: NodeRecord[]) => defines.set(path, nodes);

  const taxonomy: [FileKind, NodeType, (n: NodeRecord) => Record<string, unknown>][] = [
    ['skills', 'skill', (n) => ({ slug: n.slug, ...n.fields })],
    ['technologies', 'technology', (n) => ({ slug: n.slug, ...n.fields })],
    ['industries', 'industry', (n) => ({ slug: n.slug, ...n.fields })],
    ['hubs', 'hub', (n) => ({ slug: n.slug, ...n.fields })],
    [
      'employers',
      'employer',
      (n) => ({
        slug: n.slug,
        ...n.fields,
        industries: g.targets('employerIndustry', n.slug),
        hubs: g.targets('employerHub', n.slug),
      }),
    ],
  ];
  for (const [kind, type, render] of taxonomy) {
    const nodes = g.nodes(type);
    holds(`taxonomy/${kind}.yaml`, nodes);
    if (nodes.length)
      put(
        kind,
        `taxonomy/${kind}.yaml`,
        nodes.map((n) => compact(render(n))),
      );
  }

  const specialisms = g.nodes('specialism');
  const roleHome = new Map<string, string>();
  // The folder a role was read from (an own, non-primary link) wins, so a second read settles
  // the same links as own; then the specialism it is primary for; then the first that lists it.
  const homeRank = [
    (d: Record<string, unknown>) => d.own === true && d.primary !== true,
    (d: Record<string, unknown>) => d.primary === true,
    () => true,
  ];
  for (const rank of homeRank) {
    for (const s of specialisms) {
      for (const link of g.out('specialismRole', s.slug)) {
        if (rank(link.data) && !roleHome.has(link.to)) roleHome.set(link.to, s.slug);
      }
    }
  }
  const faqHome = new Map<string, string>();
  for (const s of specialisms) {
    for (const faq of g.targets('specialismFaq', s.slug))
      if (!faqHome.has(faq)) faqHome.set(faq, s.slug);
  }
  const faqs = new Map(g.nodes('faq').map((n) => [n.slug, n]));

  for (const s of specialisms) {
    const roleLinks = g.out('specialismRole', s.slug);
    holds(`specialisms/${s.slug}/specialism.yaml`, [s]);
    put(
      'specialism',
      `specialisms/${s.slug}/specialism.yaml`,
      compact({
        slug: s.slug,
        ...s.fields,
        primaryRole: roleLinks.find((l) => l.data.primary)?.to,
        relatedRoles: roleLinks.filter((l) => !l.data.primary).map(relatedRoleEntry),
        featuredEmployers: g.targets('specialismEmployer', s.slug),
      }),
    );
    const slugs = g.targets('specialismFaq', s.slug);
    const list = slugs.map((slug) =>
      faqHome.get(slug) === s.slug ? compact({ slug, ...faqs.get(slug)!.fields }) : { slug },
    );
    holds(
      `specialisms/${s.slug}/faqs.yaml`,
      slugs.filter((slug) => faqHome.get(slug) === s.slug).map((slug) => faqs.get(slug)!),
    );
    if (list.length) put('faqs', `specialisms/${s.slug}/faqs.yaml`, list);
  }
  const homeless = g.nodes('faq').filter((n) => !faqHome.has(n.slug));
  holds('faqs.yaml', homeless);
  if (homeless.length)
    put(
      'faqs',
      'faqs.yaml',
      homeless.map((n) => compact({ slug: n.slug, ...n.fields })),
    );

  for (const role of g.nodes('role')) {
    const skills = g.out('roleSkill', role.slug);
    const home = roleHome.get(role.slug);
    const path = home ? `specialisms/${home}/roles/${role.slug}.yaml` : `roles/${role.slug}.yaml`;
    holds(path, [role]);
    put(
      'role',
      path,
      compact({
        slug: role.slug,
        ...role.fields,
        skills: {
          core: skills.filter((l) => l.data.level === 'core').map((l) => l.to),
          supporting: skills.filter((l) => l.data.level !== 'core').map((l) => l.to),
        },
        technologies: g.targets('roleTechnology', role.slug),
        industries: g.targets('roleIndustry', role.slug),
        hubs: g.targets('roleHub', role.slug),
        relatedRoles: g.targets('roleRelatedRole', role.slug),
        faqs: g.targets('roleFaq', role.slug),
      }),
    );
  }

  // Each file's translations beside it, one file per locale, with only the translated text.
  for (const [path, nodes] of defines) {
    const single = /(^|\/)(specialism\.yaml|roles\/[^/]+\.yaml)$/.test(path);
    const locales = [...new Set(nodes.flatMap((n) => Object.keys(n.translations ?? {})))].sort();
    for (const locale of locales) {
      const data = single
        ? nodes[0]!.translations![locale]
        : nodes
            .filter((n) => n.translations?.[locale])
            .map((n) => ({ slug: n.slug, ...n.translations![locale] }));
      const doc = new Document(data);
      doc.commentBefore = ` ${locale} text of ${path.split('/').pop()}: only the translated fields.`;
      files.set(
        path.replace(/\.yaml$/, `.${locale}.yaml`),
        doc.toString({ lineWidth: 0, blockQuote: 'literal' }),
      );
    }
  }
  if (content.locales) {
    const doc = new Document({
      default: content.locales.default,
      locales: Object.fromEntries(
        content.locales.locales.map((l) => [
          l.code,
          {
            name: l.name,
            ...(l.fallback.length && { fallback: l.fallback }),
            ...(l.specialisms && { specialisms: l.specialisms }),
          },
        ]),
      ),
    });
    doc.commentBefore = ' The languages this site publishes (see content-seed/README.md).';
    files.set('locales.yaml', doc.toString({ lineWidth: 0 }));
  }

  for (const [name, text] of jsonSchemas()) files.set(`${SCHEMA_DIR}/${name}`, text);
  return files;
}

/** Top-level entries of a seed folder that an export owns (and `--force` replaces). */
const OWNED = ['taxonomy', 'specialisms', 'roles', 'faqs.yaml', 'locales.yaml', SCHEMA_DIR];

/**
 * Writes the database to `dir` as seed files. Refuses a folder that already holds seed files
 * unless `force`, which first removes what an export writes (other files are kept).
 */
export async function exportToDir(
  em: EntityManager,
  dir: string,
  { force = false } = {},
): Promise<Map<string, string>> {
  const existing = await readdir(dir).catch(() => [] as string[]);
  const clashing = existing.filter((entry) => OWNED.includes(entry));
  if (clashing.length && !force) {
    throw new Error(
      `${dir} already holds seed files (${clashing.join(', ')}); use --force to replace them`,
    );
  }
  const files = renderFiles(await readDatabase(em));
  for (const entry of clashing) await rm(join(dir, entry), { recursive: true, force: true });
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return files;
}
