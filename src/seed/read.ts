import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  fileFormats,
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

/** Largest seed file read, in bytes; bigger files are refused before parsing. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** YAML aliases allowed per file: enough for real reuse, too few for an alias bomb. */
const MAX_ALIASES = 100;

type Path = (string | number)[];

/** One parsed YAML file, able to say where any path inside it was written. */
class SourceFile {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Position of the value at `path`, or of its nearest written ancestor. */
  at(path: Path): SourceRef {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return this.pos(node.range[0]);
    }
    return { file: this.file, line: 1, column: 1 };
  }

  /** Position of the key `key` of the map at `path` (for unknown fields). */
  keyAt(path: Path, key: string): SourceRef {
    const map = this.doc.getIn(path, true) as
      { items?: { key: { value?: unknown; range?: number[] } }[] } | undefined;
    const pair = map?.items?.find((item) => item.key?.value === key);
    return pair?.key.range ? this.pos(pair.key.range[0]) : this.at(path);
  }

  private pos(offset: number): SourceRef {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

/** What a path in the seed tree holds, or null for files the reader ignores. */
function classify(
  file: string,
): { kind: FileKind; specialism?: string; name?: string } | 'unknown' | null {
  const parts = file.split('/');
  if (file.endsWith('.md') || parts[0] === 'schema' || parts.some((p) => p.startsWith('.')))
    return null;
  const taxonomy = /^taxonomy\/(skills|technologies|industries|hubs|employers)\.yaml$/.exec(file);
  if (taxonomy) return { kind: taxonomy[1] as FileKind };
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

/** Text of a file, or a problem if it cannot be used. */
async function readText(root: string, file: string): Promise<string | Problem> {
  const at = { file, line: 1, column: 1, severity: 'error' as const };
  const size = (await stat(join(root, file))).size;
  if (size > MAX_FILE_BYTES) {
    return {
      ...at,
      message: `file is ${size} bytes; the most a seed file may hold is ${MAX_FILE_BYTES}`,
    };
  }
  const bytes = await readFile(join(root, file));
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.trim() === '') return { ...at, message: 'file is empty' };
    return text;
  } catch {
    return { ...at, message: 'file is not UTF-8 text; save it as UTF-8' };
  }
}

function parse(
  file: string,
  text: string,
  problems: Problem[],
): { source: SourceFile; data: unknown } | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const source = new SourceFile(file, doc, lines);
  for (const error of doc.errors) {
    const { line, col } = lines.linePos(error.pos[0]);
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file, line, column: col, severity: 'error', message: `YAML: ${message}` });
  }
  if (doc.errors.length) return null;
  try {
    return { source, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    problems.push({
      ...source.at([]),
      severity: 'error',
      message: `YAML: ${(error as Error).message} (at most ${MAX_ALIASES} aliases per file)`,
    });
    return null;
  }
}

function pathLabel(path: Path): string {
  return path.reduce<string>(
    (label, part) =>
      typeof part === 'number' ? `${label}[${part}]` : label ? `${label}.${part}` : part,
    '',
  );
}

/** Validates `data` against a file schema; reports each issue where it was written. */
function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  source: SourceFile,
  problems: Problem[],
): z.infer<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          ...source.keyAt(path, key),
          severity: 'error',
          message: `${pathLabel([...path, key])}: unknown field "${key}"`,
        });
      }
      continue;
    }
    const where = pathLabel(path);
    problems.push({
      ...source.at(path),
      severity: 'error',
      message: where ? `${where}: ${issue.message}` : issue.message,
    });
  }
  return null;
}

/** Collects nodes and links while files are read, remembering where each was written. */
class Collector {
  readonly nodes: NodeRecord[] = [];
  readonly links: LinkRecord[] = [];

  node(type: NodeType, slug: string, fields: Record<string, unknown>, source: SourceRef): void {
    const ordered: Record<string, unknown> = {};
    for (const field of nodeModels[type].fields) ordered[field] = fields[field] ?? null;
    this.nodes.push({ type, slug, fields: ordered, source });
  }

  /** Links `from` to each slug of `targets` (written at `path` in `source`), in order. */
  list(
    kind: LinkKind,
    from: string,
    targets: string[],
    source: SourceFile,
    path: Path,
    data: Record<string, unknown> = {},
    firstPosition = 0,
  ): void {
    targets.forEach((to, i) => {
      this.links.push({
        kind,
        from,
        to,
        position: firstPosition + i,
        data,
        source: source.at([...path, i]),
      });
    });
  }
}

function orNull(value: string | undefined): string | null {
  return value ?? null;
}

function collectTaxonomy(
  kind: FileKind,
  items: unknown[],
  source: SourceFile,
  out: Collector,
): void {
  items.forEach((raw, i) => {
    const at = source.at([i, 'slug']);
    switch (kind) {
      case 'skills': {
        const s = raw as SkillFile;
        out.node('skill', s.slug, { ...s, description: orNull(s.description) }, at);
        break;
      }
      case 'technologies': {
        const t = raw as TechnologyFile;
        out.node(
          'technology',
          t.slug,
          { ...t, website: orNull(t.website), description: orNull(t.description) },
          at,
        );
        break;
      }
      case 'industries': {
        const d = raw as IndustryFile;
        out.node('industry', d.slug, { ...d, description: orNull(d.description) }, at);
        break;
      }
      case 'hubs': {
        const h = raw as HubFile;
        out.node('hub', h.slug, { ...h, remoteNotes: orNull(h.remoteNotes) }, at);
        break;
      }
      case 'employers': {
        const e = raw as EmployerFile;
        out.node(
          'employer',
          e.slug,
          { ...e, website: orNull(e.website), description: orNull(e.description) },
          at,
        );
        out.list('employerIndustry', e.slug, e.industries, source, [i, 'industries']);
        out.list('employerHub', e.slug, e.hubs, source, [i, 'hubs']);
        break;
      }
      default:
        throw new Error(`not a taxonomy file kind: ${kind}`);
    }
  });
}

function collectRole(role: RoleFile, source: SourceFile, out: Collector): void {
  out.node('role', role.slug, { ...role }, source.at(['slug']));
  out.list('roleSkill', role.slug, role.skills.core, source, ['skills', 'core'], { level: 'core' });
  out.list(
    'roleSkill',
    role.slug,
    role.skills.supporting,
    source,
    ['skills', 'supporting'],
    { level: 'supporting' },
    role.skills.core.length,
  );
  out.list('roleTechnology', role.slug, role.technologies, source, ['technologies']);
  out.list('roleIndustry', role.slug, role.industries, source, ['industries']);
  out.list('roleHub', role.slug, role.hubs, source, ['hubs']);
  out.list('roleRelatedRole', role.slug, role.relatedRoles, source, ['relatedRoles']);
}

function collectSpecialism(s: SpecialismFile, source: SourceFile, out: Collector): void {
  out.node(
    'specialism',
    s.slug,
    {
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
    },
    source.at(['slug']),
  );
  out.list('specialismRole', s.slug, [s.primaryRole], source, ['primaryRole'], { primary: true });
  // `primaryRole` is a single value, not a list: place it at the field itself.
  out.links[out.links.length - 1].source = source.at(['primaryRole']);
  out.list(
    'specialismRole',
    s.slug,
    s.relatedRoles,
    source,
    ['relatedRoles'],
    { primary: false },
    1,
  );
  out.list('specialismEmployer', s.slug, s.featuredEmployers, source, ['featuredEmployers']);
}

function collectFaqs(
  specialism: string,
  faqs: FaqFile[],
  source: SourceFile,
  out: Collector,
): void {
  faqs.forEach((faq, i) => {
    out.node(
      'faq',
      faq.slug,
      { question: faq.question, answer: faq.answer },
      source.at([i, 'slug']),
    );
    out.links.push({
      kind: 'specialismFaq',
      from: specialism,
      to: faq.slug,
      position: i,
      data: {},
      source: source.at([i, 'slug']),
    });
    faq.roles.forEach((role, j) => {
      // Positions are set once every file is read: a role's FAQs can come from several files.
      out.links.push({
        kind: 'roleFaq',
        from: role,
        to: faq.slug,
        position: -1,
        data: {},
        source: source.at([i, 'roles', j]),
      });
    });
  });
}

/** Checks that hold across files: unique slugs, links to nodes that exist, no self-links. */
function crossCheck(
  content: ContentSet,
  specialismFolders: Map<string, SourceRef>,
  problems: Problem[],
): void {
  const error = (at: SourceRef | undefined, message: string) =>
    problems.push({ ...(at ?? { file: '?', line: 1, column: 1 }), severity: 'error', message });

  const seen = new Map<string, NodeRecord>();
  for (const node of content.nodes) {
    const key = `${node.type}:${node.slug}`;
    const first = seen.get(key);
    if (first?.source) {
      const where = `${first.source.file}:${first.source.line}`;
      error(node.source, `duplicate ${node.type} slug "${node.slug}" (first defined at ${where})`);
    } else seen.set(key, node);
  }

  for (const [slug, at] of specialismFolders) {
    if (!seen.has(`specialism:${slug}`)) error(at, `specialisms/${slug}/ has no specialism.yaml`);
  }

  const listed = new Set<string>();
  for (const link of content.links) {
    const model = linkModels[link.kind];
    const fromType = model.from[1];
    const toType = model.to[1];
    if (!seen.has(`${fromType}:${link.from}`))
      error(link.source, `unknown ${fromType} "${link.from}"`);
    if (!seen.has(`${toType}:${link.to}`)) error(link.source, `unknown ${toType} "${link.to}"`);
    if (fromType === toType && link.from === link.to) {
      error(link.source, `${fromType} "${link.from}" cannot be linked to itself`);
    }
    const key = `${link.kind}:${link.from}>${link.to}`;
    if (listed.has(key))
      error(link.source, `"${link.to}" is listed twice for ${fromType} "${link.from}"`);
    listed.add(key);
  }
}

export interface ReadResult {
  content: ContentSet;
  problems: Problem[];
}

/**
 * Reads a seed folder into a content set. Never throws for bad content: every problem found is
 * returned, placed at its file, line and column. Throws only if `root` is not a readable folder.
 */
export async function readContentDir(root: string): Promise<ReadResult> {
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new Error(`content folder not found: ${root}`);

  const problems: Problem[] = [];
  const out = new Collector();
  const specialismFolders = new Map<string, SourceRef>();

  for (const file of await listFiles(root)) {
    const what = classify(file);
    if (what === null) continue;
    if (what === 'unknown') {
      problems.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        message:
          'not a seed file: expected taxonomy/<skills|technologies|industries|hubs|employers>.yaml, ' +
          'specialisms/<slug>/specialism.yaml, specialisms/<slug>/faqs.yaml or specialisms/<slug>/roles/<role>.yaml',
      });
      continue;
    }
    const text = await readText(root, file);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    const parsed = parse(file, text, problems);
    if (!parsed) continue;
    const { source, data } = parsed;
    const valid = validate(fileFormats[what.kind].schema, data, source, problems);
    if (valid === null) continue;

    if (what.specialism && !specialismFolders.has(what.specialism)) {
      specialismFolders.set(what.specialism, { file, line: 1, column: 1 });
    }
    switch (what.kind) {
      case 'specialism': {
        const s = valid as SpecialismFile;
        if (s.slug !== what.specialism) {
          problems.push({
            ...source.at(['slug']),
            severity: 'error',
            message: `slug "${s.slug}" must match its folder name "${what.specialism}"`,
          });
        }
        collectSpecialism(s, source, out);
        break;
      }
      case 'role': {
        const r = valid as RoleFile;
        if (r.slug !== what.name) {
          problems.push({
            ...source.at(['slug']),
            severity: 'error',
            message: `slug "${r.slug}" must match its file name "${what.name}.yaml"`,
          });
        }
        collectRole(r, source, out);
        break;
      }
      case 'faqs':
        collectFaqs(what.specialism!, valid as FaqFile[], source, out);
        break;
      default:
        collectTaxonomy(what.kind, valid as unknown[], source, out);
    }
  }

  const next = new Map<string, number>();
  for (const link of out.links) {
    if (link.kind !== 'roleFaq') continue;
    link.position = next.get(link.from) ?? 0;
    next.set(link.from, link.position + 1);
  }

  const content: ContentSet = { nodes: out.nodes, links: out.links };
  crossCheck(content, specialismFolders, problems);
  return { content, problems };
}
