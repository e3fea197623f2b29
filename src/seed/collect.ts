import {
  RESERVED_PATHS,
  type EmployerFile,
  type FaqFile,
  type FileKind,
  type HubFile,
  type IndustryFile,
  type RoleFile,
  type SkillFile,
  type SpecialismFile,
  type TechnologyFile,
} from './format.js';
import {
  nodeModels,
  type LinkKind,
  type LinkRecord,
  type NodeRecord,
  type NodeType,
  type SourceRef,
} from './content-set.js';
import { toSlug } from './messages.js';
import { topicOf } from '../content/faq/faq-topics.js';
import { CONTRIBUTION_KINDS, type ContributionKind } from '../content/specialism/contributions.js';
import type { Place } from './parse.js';
import type { Problem } from './problems.js';
import type { Path, SourceFile } from './source-file.js';

/**
 * The located records a seed folder defines: each valid file's nodes and links, with the place
 * each was written. A file that cannot be used still tells which nodes it meant to define (its
 * slugs, or its file name), so links to them are not reported a second time.
 */

/** What the files defined, and meant to define, once every file is read. */
export interface CollectedGraph {
  readonly nodes: NodeRecord[];
  readonly links: LinkRecord[];
  /** Nodes by `nodeKey`. */
  readonly defined: Map<string, NodeRecord>;
  /** `nodeKey`s of nodes a broken file meant to define: links to them are not "unknown". */
  readonly declared: Set<string>;
  /** Node types whose defining file could not be read at all: their links are not checked. */
  readonly partial: Set<NodeType>;
  /** Each specialism folder, at its first file. */
  readonly specialismFolders: Map<string, SourceRef>;
  /** Nodes a specialism's `notes` name, each where its key is written: they must exist. */
  readonly noteTargets: { type: NodeType; slug: string; at: SourceRef }[];
}

/** A node's key among every type's nodes. */
export const nodeKey = (type: NodeType, slug: string) => `${type}:${slug}`;

const TAXONOMY: Partial<Record<FileKind, NodeType>> = {
  skills: 'skill',
  technologies: 'technology',
  industries: 'industry',
  hubs: 'hub',
  employers: 'employer',
};

/** The node type a list file (taxonomy, faqs.yaml) defines. */
const listType = (kind: FileKind): NodeType | undefined =>
  TAXONOMY[kind] ?? (kind === 'faqs' ? 'faq' : undefined);

function orNull(value: string | undefined): string | null {
  return value ?? null;
}

/** A link's `contributes` as stored: canonical JSON of the non-empty lists, or null. */
export function contributionText(
  contributes: Partial<Record<ContributionKind, string[]>> | undefined,
): string | null {
  const lists = CONTRIBUTION_KINDS.filter((k) => contributes?.[k]?.length).map((k) => [
    k,
    contributes![k],
  ]);
  return lists.length ? JSON.stringify(Object.fromEntries(lists)) : null;
}

/** Builds the records file by file; reports what one file alone shows to be wrong. */
export class Collector implements CollectedGraph {
  readonly nodes: NodeRecord[] = [];
  readonly links: LinkRecord[] = [];
  readonly defined = new Map<string, NodeRecord>();
  readonly declared = new Set<string>();
  readonly partial = new Set<NodeType>();
  readonly specialismFolders = new Map<string, SourceRef>();
  readonly noteTargets: { type: NodeType; slug: string; at: SourceRef }[] = [];

  constructor(private readonly problems: Problem[]) {}

  private error(at: SourceRef, message: string) {
    this.problems.push({ ...at, severity: 'error', message });
  }

  /** Notes a file before it is read: its specialism folder, and the node its path names. */
  enter(file: string, place: Place) {
    if (place.specialism && !this.specialismFolders.has(place.specialism)) {
      this.specialismFolders.set(place.specialism, { file, line: 1, column: 1 });
    }
    if (place.kind === 'specialism') this.declare('specialism', place.specialism!);
    if (place.kind === 'role') this.declare('role', place.name!);
  }

  /** A file that could not be parsed: links to the type of node it lists are not checked. */
  unreadable(place: Place) {
    const type = listType(place.kind);
    if (type) this.partial.add(type);
  }

  /** The slugs an invalid file was trying to define, as best they can be read. */
  declareFromRaw(place: Place, data: unknown) {
    const type = listType(place.kind);
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      const slug = (item as { slug?: unknown } | null)?.slug;
      if (typeof slug === 'string') this.declare(type ?? (place.kind as NodeType), toSlug(slug));
    }
    if (type && !Array.isArray(data)) this.partial.add(type);
  }

  /** Adds the nodes and links of a file that passed its format. */
  collect(place: Place, data: unknown, source: SourceFile) {
    switch (place.kind) {
      case 'specialism': {
        const s = data as SpecialismFile;
        if (s.slug !== place.specialism) {
          this.error(
            source.at(['slug']),
            `slug "${s.slug}" must match its folder name "${place.specialism}"`,
          );
          this.declare('specialism', s.slug);
          return;
        }
        if ((RESERVED_PATHS as readonly string[]).includes(s.slug)) {
          this.error(
            source.at(['slug']),
            `slug "${s.slug}" is taken by the site's own /${s.slug}/ pages; choose another`,
          );
        }
        this.collectSpecialism(s, source);
        return;
      }
      case 'role': {
        const r = data as RoleFile;
        if (r.slug !== place.name) {
          this.error(
            source.at(['slug']),
            `slug "${r.slug}" must match its file name "${place.name}.yaml"`,
          );
          this.declare('role', r.slug);
          return;
        }
        this.collectRole(r, source);
        return;
      }
      case 'faqs':
        this.collectFaqs(place.specialism, data as FaqFile[], source);
        return;
      default:
        (data as unknown[]).forEach((item, i) =>
          this.collectTaxonomyItem(place.kind, item, i, source),
        );
    }
  }

  private declare(type: NodeType, slug: string) {
    this.declared.add(nodeKey(type, slug));
  }

  /** Adds a node; false (with an error) if its type already has one with this slug. */
  private node(
    type: NodeType,
    slug: string,
    fields: Record<string, unknown>,
    at: SourceRef,
  ): boolean {
    const key = nodeKey(type, slug);
    const first = this.defined.get(key);
    if (first?.source) {
      const where = `${first.source.file}:${first.source.line}`;
      this.error(at, `duplicate ${type} slug "${slug}" (first defined at ${where})`);
      return false;
    }
    const ordered: Record<string, unknown> = {};
    for (const field of nodeModels[type].fields) ordered[field] = fields[field] ?? null;
    const record = { type, slug, fields: ordered, source: at };
    this.defined.set(key, record);
    this.nodes.push(record);
    return true;
  }

  /** Links `from` to each slug of `targets` (written at `path` in `source`), in order. */
  private list(
    kind: LinkKind,
    from: string,
    targets: string[],
    source: SourceFile,
    path: Path,
    data: Record<string, unknown> = {},
    firstPosition = 0,
  ) {
    targets.forEach((to, i) => {
      const at = source.at([...path, i]);
      this.links.push({ kind, from, to, position: firstPosition + i, data, source: at });
    });
  }

  private collectTaxonomyItem(kind: FileKind, item: unknown, i: number, source: SourceFile) {
    const at = source.at([i, 'slug']);
    switch (kind) {
      case 'skills': {
        const s = item as SkillFile;
        this.node('skill', s.slug, { ...s, description: orNull(s.description) }, at);
        return;
      }
      case 'technologies': {
        const t = item as TechnologyFile;
        const fields = { ...t, website: orNull(t.website), description: orNull(t.description) };
        this.node('technology', t.slug, fields, at);
        return;
      }
      case 'industries': {
        const d = item as IndustryFile;
        this.node('industry', d.slug, { ...d, description: orNull(d.description) }, at);
        return;
      }
      case 'hubs': {
        const h = item as HubFile;
        this.node('hub', h.slug, { ...h, remoteNotes: orNull(h.remoteNotes) }, at);
        return;
      }
      case 'employers': {
        const e = item as EmployerFile;
        const fields = { ...e, website: orNull(e.website), description: orNull(e.description) };
        if (!this.node('employer', e.slug, fields, at)) return;
        this.list('employerIndustry', e.slug, e.industries, source, [i, 'industries']);
        this.list('employerHub', e.slug, e.hubs, source, [i, 'hubs']);
        return;
      }
      default:
        throw new Error(`not a taxonomy file kind: ${kind}`);
    }
  }

  private collectRole(role: RoleFile, source: SourceFile) {
    if (!this.node('role', role.slug, { ...role }, source.at(['slug']))) return;
    const { core, supporting } = role.skills;
    this.list('roleSkill', role.slug, core, source, ['skills', 'core'], { level: 'core' });
    const level = { level: 'supporting' };
    this.list(
      'roleSkill',
      role.slug,
      supporting,
      source,
      ['skills', 'supporting'],
      level,
      core.length,
    );
    this.list('roleTechnology', role.slug, role.technologies, source, ['technologies']);
    this.list('roleIndustry', role.slug, role.industries, source, ['industries']);
    this.list('roleHub', role.slug, role.hubs, source, ['hubs']);
    this.list('roleRelatedRole', role.slug, role.relatedRoles, source, ['relatedRoles']);
    this.list('roleFaq', role.slug, role.faqs, source, ['faqs']);
  }

  private collectSpecialism(s: SpecialismFile, source: SourceFile) {
    const fields = {
      ...s,
      whenToHire: {
        indicators: s.whenToHire.indicators,
        scenarios: s.whenToHire.scenarios,
        advice: orNull(s.whenToHire.advice),
      },
      interviewing: {
        overview: orNull(s.interviewing.overview),
        methods: s.interviewing.methods,
        probes: s.interviewing.probes,
        commonMistakes: s.interviewing.commonMistakes,
      },
      compensation: { summary: s.compensation.summary, factors: s.compensation.factors },
    };
    if (!this.node('specialism', s.slug, fields, source.at(['slug']))) return;
    const noted = { technologies: 'technology', skills: 'skill', industries: 'industry' } as const;
    for (const [kind, type] of Object.entries(noted) as [keyof typeof noted, NodeType][]) {
      for (const slug of Object.keys(s.notes?.[kind] ?? {})) {
        this.noteTargets.push({ type, slug, at: source.keyAt(['notes', kind], slug) });
      }
    }
    const at = source.at(['primaryRole']);
    this.links.push({
      kind: 'specialismRole',
      from: s.slug,
      to: s.primaryRole,
      position: 0,
      data: {
        primary: true,
        own: true,
        primaryFocus: null,
        keyDifference: null,
        contributes: null,
      },
      source: at,
    });
    s.relatedRoles.forEach((item, i) => {
      const link = typeof item === 'string' ? { role: item } : item;
      this.links.push({
        kind: 'specialismRole',
        from: s.slug,
        to: link.role,
        position: i + 1,
        data: {
          primary: false,
          own: false, // settled once every role file is read (resolve.ts)
          primaryFocus: orNull(link.primaryFocus),
          keyDifference: orNull(link.keyDifference),
          contributes: contributionText(link.contributes),
        },
        source: source.at(
          typeof item === 'string' ? ['relatedRoles', i] : ['relatedRoles', i, 'role'],
        ),
      });
    });
    this.list('specialismEmployer', s.slug, s.featuredEmployers, source, ['featuredEmployers']);
  }

  /**
   * FAQs of a faqs.yaml: each entry defines an FAQ (slug, question, answer) or, with its slug
   * alone, lists one defined in another file. A specialism's faqs.yaml also orders its FAQ page.
   */
  private collectFaqs(specialism: string | undefined, faqs: FaqFile[], source: SourceFile) {
    faqs.forEach((faq, i) => {
      const at = source.at([i, 'slug']);
      const reference = faq.question === undefined && faq.answer === undefined;
      if (reference && !specialism) {
        this.error(at, 'an FAQ here needs its question and answer');
      } else if (!reference) {
        if (faq.question === undefined) {
          this.error(
            source.at([i]),
            'missing required field "question" (an FAQ with an answer needs its question)',
          );
        } else if (faq.answer === undefined) {
          this.error(
            source.at([i]),
            'missing required field "answer" (an FAQ with a question needs its answer)',
          );
        }
        if (
          !this.node(
            'faq',
            faq.slug,
            {
              question: faq.question ?? '',
              answer: faq.answer ?? '',
              answers: faq.answers ?? topicOf(faq.question ?? ''),
            },
            at,
          )
        )
          return;
      }
      if (specialism) {
        this.links.push({
          kind: 'specialismFaq',
          from: specialism,
          to: faq.slug,
          position: i,
          data: {},
          source: at,
        });
      }
    });
  }
}
