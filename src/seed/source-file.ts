import { LineCounter, parseDocument, type Document } from 'yaml';
import type { SourceRef } from './content-set.js';
import type { Problem } from './problems.js';
import { plainYamlErrors } from './yaml-errors.js';

export type Path = (string | number)[];

/** YAML aliases allowed per file: enough for real reuse, too few for an alias bomb. */
export const MAX_ALIASES = 100;

/** One parsed YAML file, able to say where any path inside it was written. */
export class SourceFile {
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

  /** How the scalar at `path` was written (`PLAIN`, `BLOCK_LITERAL`, `BLOCK_FOLDED`, …). */
  styleAt(path: Path): string | undefined {
    const node = this.doc.getIn(path, true) as { type?: string } | undefined;
    return node?.type;
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

/** A file's data, with where each value of it was written. */
export interface ParsedFile {
  source: SourceFile;
  data: unknown;
}

/**
 * Parses YAML text. Syntax errors (and alias bombs) become problems, placed where they are;
 * returns null when the file cannot be used.
 */
export function parseYaml(file: string, text: string, problems: Problem[]): ParsedFile | null {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const source = new SourceFile(file, doc, lines);
  for (const error of plainYamlErrors(doc.errors, text, (offset) => lines.linePos(offset))) {
    problems.push({
      file,
      line: error.line,
      column: error.column,
      severity: 'error',
      message: error.message,
    });
  }
  if (doc.errors.length) return null;
  try {
    const data: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
    const nul = pathToNul(data);
    if (nul) {
      problems.push({
        ...source.at(nul),
        severity: 'error',
        message: 'text may not contain the NUL character (\\0, \\u0000)',
      });
      return null;
    }
    return { source, data };
  } catch (error) {
    problems.push({
      ...source.at([]),
      severity: 'error',
      message: `YAML: ${(error as Error).message} (at most ${MAX_ALIASES} aliases per file)`,
    });
    return null;
  }
}

/** Where a string with the NUL character is (the database cannot store it), or null. */
function pathToNul(value: unknown, path: Path = []): Path | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathToNul(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathToNul(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
