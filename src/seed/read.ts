import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { z } from 'zod';
import {
  fileFormats,
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
  linkModels,
  nodeModels,
  type ContentSet,
  type LinkKind,
  type LinkRecord,
  type NodeRecord,
  type NodeType,
  type SourceRef,
} from './content-set.js';
import type { Problem } from './problems.js';
import { describeIssue, didYouMean, toSlug, withSuggestion } from './messages.js';
import { findPlaceholders, findSmells } from './smells.js';
import { parseYaml, type Path, type SourceFile } from './source-file.js';
import type { LocaleConfig } from '../content/locales.js';
import {
  missingTranslations,
  readLocales,
  readTranslation,
  translationTarget,
  type DefinedBy,
} from './translations.js';

/** Largest seed file read, in bytes; bigger files are refused before parsing. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const TAXONOMY: Partial<Record<FileKind, NodeType>> = {
  skills: 'skill',
  technologies: 'technology',
  industries: 'industry',
  hubs: 'hub',
  employers: 'employer',
};

interface Place {
  kind: FileKind;
  /** The specialism folder the file is in, if any. */
  specialism?: string;
  /** A role file's name, without `.yaml`. */
  name?: string;
}

const NOT_A_SEED_FILE =
  'not a seed file: expected taxonomy/<skills|technologies|industries|hubs|employers>.yaml, ' +
  'specialisms/<slug>/specialism.yaml, specialisms/<slug>/faqs.yaml, ' +
  'specialisms/<slug>/roles/<role>.yaml, roles/<role>.yaml or faqs.yaml';

/** What a path in the seed tree holds; null for files the reader ignores (docs, schemas). */
function classify(file: string): Place | 'unknown' | null {
  const parts = file.split('/');
  if (file.endsWith('.md') || parts[0] === 'schema' || parts.some((p) => p.startsWith('.'))) {
    return null;
  }
  const taxonomy = /^taxonomy\/(skills|technologies|industries|hubs|employers)\.yaml$/.exec(file);
  if (taxonomy) return { kind: taxonomy[1] as FileKind };
  if (file === 'faqs.yaml') return { kind: 'faqs' };
  const shared = /^roles\/([^/]+)\.yaml$/.exec(file);
  if (shared) return { kind: 'role', name: shared[1] };
  const inSpecialism =
    /^specialisms\/([^/]+)\/(specialism\.yaml|faqs\.yaml|roles\/([^/]+)\.yaml)$/.exec(file);
  if (inSpecialism) {
    const [, specialism, rest, role] = inSpecialism;
    if (role) return { kind: 'role', specialism, name: role };
    return { kind: rest === 'faqs.yaml' ? 'faqs' : 'specialism', specialism };
  }
  return 'unknown';
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, full)));
    else if (entry.isFile()) files.push(relative(root, full).split(sep).join('/'));
  }
  return files.sort();
}

function orNull(value: string | undefined): string | null {
  return value ?? null;
}

export interface ReadResult {
  content: ContentSet;
  problems: Problem[];
}

/**
 * Reads one seed folder. Collects nodes and links with the place each was written, and every
 * problem found. A file that cannot be used still tells which nodes it meant to define (its
 * slugs, or its file name), so links to them are not reported a second time.
 */
class Reader {
  readonly problems: Problem[] = [];
  readonly nodes: NodeRecord[] = [];
  readonly links: LinkRecord[] = [];
  private readonly defined = new Map<string, NodeRecord>();
  /** Nodes a broken file meant to define: links to them are not "unknown". */
  private readonly declared = new Set<string>();
  /** Node types whose defining file could not be read at all: their links are not checked. */
  private readonly partial = new Set<NodeType>();
  private readonly specialismFolders = new Map<string, SourceRef>();

  constructor(private readonly root: string) {}

  error(at: SourceRef, message: string) {
    this.problems.push({ ...at, severity: 'error', message });
  }

  async readAll(): Promise<ReadResult> {
    const translations: { file: string; base: string; locale: string }[] = [];
    let localesFile: string | undefined;
    for (const file of await listFiles(this.root)) {
      if (file === 'locales.yaml') {
        localesFile = file;
        continue;
      }
      // A file beside another, named with a locale: its translation, read once every node is known.
      const target = translationTarget(file);
      if (target && classify(target.base) !== 'unknown' && classify(target.base) !== null) {
        translations.push({ file, ...target });
        continue;
      }
      const place = classify(file);
      if (place === null) continue;
      if (place === 'unknown') this.error({ file, line: 1, column: 1 }, NOT_A_SEED_FILE);
      else await this.readFile(file, place);
    }
    this.checkLinks();
    const locales = localesFile ? await this.readLocalesFile(localesFile) : undefined;
    await this.readTranslations(translations, locales ?? null);
    const content: ContentSet = { nodes: this.nodes, links: this.links };
    if (locales) content.locales = locales;
    // Smells are only judged on a graph that loaded whole; with errors they would mislead.
    if (!this.problems.some((p) => p.severity === 'error')) {
      this.problems.push(...findSmells(content));
      if (locales) this.problems.push(...missingTranslations(content, locales));
    }
    return { content, problems: this.problems };
  }

  private async readLocalesFile(file: string): Promise<LocaleConfig | undefined> {
    const text = await this.readText(file);
    const parsed = text === null ? null : parseYaml(file, text, this.problems);
    if (!parsed) return undefined;
    const specialisms = new Set(
      this.nodes.filter((n) => n.type === 'specialism').map((n) => n.slug),
    );
    return readLocales(parsed.data, parsed.source, specialisms, this.problems) ?? undefined;
  }

  private async readTranslations(
    files: { file: string; base: string; locale: string }[],
    locales: LocaleConfig | null,
  ) {
    const definedBy: DefinedBy = new Map();
    for (const node of this.nodes) {
      if (!node.source) continue;
      const list = definedBy.get(node.source.file) ?? [];
      list.push(node);
      definedBy.set(node.source.file, list);
    }
    for (const { file, base, locale } of files) {
      const text = await this.readText(file);
      const parsed = text === null ? null : parseYaml(file, text, this.problems);
      if (!parsed) continue;
      readTranslation(
        parsed.data,
        parsed.source,
        { base, locale },
        locales,
        definedBy,
        this.problems,
      );
    }
  }

  private async readText(file: string): Promise<string | null> {
    const at = { file, line: 1, column: 1 };
    const size = (await stat(join(this.root, file))).size;
    if (size > MAX_FILE_BYTES) {
      this.error(at, `file is ${size} bytes; the most a seed file may hold is ${MAX_FILE_BYTES}`);
      return null;
    }
    const bytes = await readFile(join(this.root, file));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      this.error(at, 'file is not UTF-8 text; save it as UTF-8');
      return null;
    }
    if (text.trim() === '') {
      this.error(at, 'file is empty');
      return null;
    }
    return text;
  }

  private async readFile(file: string, place: Place) {
    if (place.specialism && !this.specialismFolders.has(place.specialism)) {
      this.specialismFolders.set(place.specialism, { file, line: 1, column: 1 });
    }
    if (place.kind === 'specialism') this.declare('specialism', place.specialism!);
    if (place.kind === 'role') this.declare('role', place.name!);

    const text = await this.readText(file);
    const parsed = text === null ? null : parseYaml(file, text, this.problems);
    if (!parsed) {
      const type = TAXONOMY[place.kind] ?? (place.kind === 'faqs' ? 'faq' : undefined);
      if (type) this.partial.add(type);
      return;
    }
    const { source, data } = parsed;
    const schema = fileFormats[place.kind].schema as z.ZodType;
    const result = schema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const report of describeIssue(issue, schema, data)) {
          const at =
            report.key === undefined
              ? source.at(report.path)
              : source.keyAt(report.path, report.key);
          this.error(at, report.message);
        }
      }
      this.declareFromRaw(place, data);
      return;
    }
    this.problems.push(...findPlaceholders(data, (path) => source.at(path)));
    this.collect(place, result.data, source);
  }

  private declare(type: NodeType, slug: string) {
    this.declared.add(`${type}:${slug}`);
  }

  /** The slugs an invalid file was trying to define, as best they can be read. */
  private declareFromRaw(place: Place, data: unknown) {
    const type = TAXONOMY[place.kind] ?? (place.kind === 'faqs' ? 'faq' : undefined);
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      const slug = (item as { slug?: unknown } | null)?.slug;
      if (typeof slug === 'string') this.declare(type ?? (place.kind as NodeType), toSlug(slug));
    }
    if (type && !Array.isArray(data)) this.partial.add(type);
  }

  private collect(place: Place, data: unknown, source: SourceFile) {
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

  /** Adds a node; false (with an error) if its type already has one with this slug. */
  private node(
    type: NodeType,
    slug: string,
    fields: Record<string, unknown>,
    at: SourceRef,
  ): boolean {
    const key = `${type}:${slug}`;
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
    const at = source.at(['primaryRole']);
    this.links.push({
      kind: 'specialismRole',
      from: s.slug,
      to: s.primaryRole,
      position: 0,
      data: { primary: true },
      source: at,
    });
    const related = { primary: false };
    this.list('specialismRole', s.slug, s.relatedRoles, source, ['relatedRoles'], related, 1);
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
            { question: faq.question ?? '', answer: faq.answer ?? '' },
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

  /** Checks that hold across files: links name nodes that exist, once, and never themselves. */
  private checkLinks() {
    for (const [slug, at] of this.specialismFolders) {
      if (!this.declared.has(`specialism:${slug}`)) {
        this.error(at, `specialisms/${slug}/ has no specialism.yaml`);
        this.declare('specialism', slug);
      }
    }
    const slugsOf = new Map<NodeType, string[]>();
    for (const node of this.nodes)
      slugsOf.set(node.type, [...(slugsOf.get(node.type) ?? []), node.slug]);
    const known = (type: NodeType, slug: string) =>
      this.defined.has(`${type}:${slug}`) ||
      this.declared.has(`${type}:${slug}`) ||
      this.partial.has(type);
    const unknown = (type: NodeType, slug: string) =>
      withSuggestion(
        `unknown ${type} "${slug}": no ${type} has this slug`,
        didYouMean(slug, slugsOf.get(type) ?? []),
      );

    const listed = new Set<string>();
    for (const link of this.links) {
      const at = link.source!;
      const [, fromType] = linkModels[link.kind].from;
      const [, toType] = linkModels[link.kind].to;
      if (!known(fromType, link.from)) this.error(at, unknown(fromType, link.from));
      if (!known(toType, link.to)) this.error(at, unknown(toType, link.to));
      const key = `${link.kind}:${link.from}>${link.to}`;
      if (link.kind === 'roleRelatedRole' && link.from === link.to) {
        this.error(
          at,
          `role "${link.from}" is compared with itself: remove it from its own relatedRoles`,
        );
      } else if (link.kind === 'specialismRole' && listed.has(key)) {
        this.error(
          at,
          `role "${link.to}" is compared with itself: it is the primary role, so it cannot also be a related role`,
        );
      } else if (listed.has(key)) {
        this.error(at, `"${link.to}" is listed twice`);
      }
      listed.add(key);
    }
  }
}

/**
 * Reads a seed folder into a content set. Never throws for bad content: every problem found is
 * returned, placed at its file, line and column. Throws only if `root` is not a readable folder.
 */
export async function readContentDir(root: string): Promise<ReadResult> {
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`content folder not found: ${root}`);
  return new Reader(root).readAll();
}
