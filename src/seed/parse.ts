import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileKind } from './format.js';
import type { Problem } from './problems.js';
import { parseYaml, type ParsedFile } from './source-file.js';

/**
 * Finding and parsing the files of a seed folder: which file holds what (from its place in the
 * tree), and its text as YAML whose every value knows its line and column.
 */

/** Largest seed file read, in bytes; bigger files are refused before parsing. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** What a seed file holds, from its path. */
export interface Place {
  kind: FileKind;
  /** The specialism folder the file is in, if any. */
  specialism?: string;
  /** A role file's name, without `.yaml`. */
  name?: string;
}

/** Reported for a file where no seed file belongs. */
export const NOT_A_SEED_FILE =
  'not a seed file: expected taxonomy/<skills|technologies|industries|hubs|employers>.yaml, ' +
  'specialisms/<slug>/specialism.yaml, specialisms/<slug>/faqs.yaml, ' +
  'specialisms/<slug>/roles/<role>.yaml, roles/<role>.yaml or faqs.yaml';

/** What a path in the seed tree holds; null for files the reader ignores (docs, schemas). */
export function classify(file: string): Place | 'unknown' | null {
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

/** Every file under `dir`, as `/`-separated paths relative to `root`, sorted. */
export async function listFiles(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, full)));
    else if (entry.isFile()) files.push(relative(root, full).split(sep).join('/'));
  }
  return files.sort();
}

/**
 * Reads and parses one YAML file of the folder at `root`. A file too big, not UTF-8, empty or
 * not valid YAML adds its problem to `problems` and gives null.
 */
export async function readYaml(
  root: string,
  file: string,
  problems: Problem[],
): Promise<ParsedFile | null> {
  const text = await readText(root, file, problems);
  return text === null ? null : parseYaml(file, text, problems);
}

async function readText(root: string, file: string, problems: Problem[]): Promise<string | null> {
  const error = (message: string) =>
    problems.push({ file, line: 1, column: 1, severity: 'error', message });
  const size = (await stat(join(root, file))).size;
  if (size > MAX_FILE_BYTES) {
    error(`file is ${size} bytes; the most a seed file may hold is ${MAX_FILE_BYTES}`);
    return null;
  }
  const bytes = await readFile(join(root, file));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    error('file is not UTF-8 text; save it as UTF-8');
    return null;
  }
  if (text.trim() === '') {
    error('file is empty');
    return null;
  }
  return text;
}
