import { stat } from 'node:fs/promises';
import type { z } from 'zod';
import type { LocaleConfig } from '../content/locales.js';
import { Collector } from './collect.js';
import type { ContentSet } from './content-set.js';
import { fileFormats } from './format.js';
import { classify, listFiles, NOT_A_SEED_FILE, readYaml, type Place } from './parse.js';
import type { Problem } from './problems.js';
import { resolveLinks } from './resolve.js';
import { findFoldedMarkdown } from './markdown-style.js';
import { findPlaceholders, findSmells } from './smells.js';
import {
  missingTranslations,
  readLocales,
  readTranslation,
  translationTarget,
  type DefinedBy,
} from './translations.js';
import { validateFormat } from './validate.js';

export interface ReadResult {
  content: ContentSet;
  problems: Problem[];
}

/**
 * Reads one seed folder, job by job: each file is parsed (`parse.ts`), checked against its
 * format (`validate.ts`) and turned into located records (`collect.ts`); then links are resolved
 * across files (`resolve.ts`), translations read, and smells judged.
 */
class Reader {
  readonly problems: Problem[] = [];
  private readonly records = new Collector(this.problems);

  constructor(private readonly root: string) {}

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
      if (place === 'unknown')
        this.problems.push({
          file,
          line: 1,
          column: 1,
          severity: 'error',
          message: NOT_A_SEED_FILE,
        });
      else await this.readSeedFile(file, place);
    }
    resolveLinks(this.records, this.problems);
    const locales = localesFile ? await this.readLocalesFile(localesFile) : undefined;
    await this.readTranslations(translations, locales ?? null);
    const content: ContentSet = { nodes: this.records.nodes, links: this.records.links };
    if (locales) content.locales = locales;
    // Smells are only judged on a graph that loaded whole; with errors they would mislead.
    if (!this.problems.some((p) => p.severity === 'error')) {
      this.problems.push(...findSmells(content));
      if (locales) this.problems.push(...missingTranslations(content, locales));
    }
    return { content, problems: this.problems };
  }

  private async readSeedFile(file: string, place: Place) {
    this.records.enter(file, place);
    const parsed = await readYaml(this.root, file, this.problems);
    if (!parsed) return this.records.unreadable(place);
    const { source, data } = parsed;
    const schema = fileFormats[place.kind].schema as z.ZodType;
    const result = validateFormat(schema, data, source, this.problems);
    if (!result.success) return this.records.declareFromRaw(place, data);
    const folded = findFoldedMarkdown(place.kind, result.data, source);
    this.problems.push(...folded);
    if (folded.length) return this.records.declareFromRaw(place, data);
    this.problems.push(...findPlaceholders(data, (path) => source.at(path)));
    this.records.collect(place, result.data, source);
  }

  private async readLocalesFile(file: string): Promise<LocaleConfig | undefined> {
    const parsed = await readYaml(this.root, file, this.problems);
    if (!parsed) return undefined;
    const specialisms = new Set(
      this.records.nodes.filter((n) => n.type === 'specialism').map((n) => n.slug),
    );
    return readLocales(parsed.data, parsed.source, specialisms, this.problems) ?? undefined;
  }

  private async readTranslations(
    files: { file: string; base: string; locale: string }[],
    locales: LocaleConfig | null,
  ) {
    const definedBy: DefinedBy = new Map();
    for (const node of this.records.nodes) {
      if (!node.source) continue;
      const list = definedBy.get(node.source.file) ?? [];
      list.push(node);
      definedBy.set(node.source.file, list);
    }
    for (const { file, base, locale } of files) {
      const parsed = await readYaml(this.root, file, this.problems);
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
