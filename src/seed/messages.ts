import { distance } from 'fastest-levenshtein';
import { didYouMean, withSuggestion } from '../content/common/suggest.js';
import type { z } from 'zod';
import type { Path } from './source-file.js';

/** Plain-English wording of validation problems, kept together so they read alike. */

// The did-you-mean helper is shared with the vacancy feed importer, so it lives in content/.
export { didYouMean, withSuggestion };

/** A node as did-you-mean knows it: its slug and the words people call it by. */
export interface Nameable {
  slug: string;
  /** Display names and aliases ("C++", "Google Cloud Platform", "GCP"). */
  names: string[];
}

/** "C++" → "c-plus-plus", "C#" → "c-sharp": a name's slug with its symbols spelt out. */
function nameKey(name: string): string {
  return toSlug(name.replace(/\+/g, ' plus ').replace(/#/g, ' sharp '));
}

/** "Google Cloud Platform" → "gcp"; undefined for one word. */
function initials(name: string): string | undefined {
  const words = name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.length > 1 ? words.map((w) => w[0]!.toLowerCase()).join('') : undefined;
}

/**
 * The slug an editor probably meant by an unknown `word`, judged on slugs and on names and
 * aliases: `c-plus-plus` finds `cpp` (named "C++"), `gcp` finds `google-cloud-platform` (its
 * initials) rather than `go`. An exact match of a name, an alias or the initials wins; otherwise
 * the nearest by edit distance, where short words must be nearer (a three-letter word is one edit
 * from a typo, or it is a different word).
 */
export function suggestSlug(word: string, nodes: readonly Nameable[]): string | undefined {
  const keys: [string, string][] = [];
  for (const node of nodes) {
    keys.push([node.slug, node.slug]);
    for (const name of node.names) {
      keys.push([nameKey(name), node.slug]);
      const short = initials(name);
      if (short) keys.push([short, node.slug]);
    }
  }
  const exact = keys.find(([key]) => key === word);
  if (exact) return exact[1];
  const allowed = word.length <= 4 ? 1 : Math.max(2, Math.floor(word.length / 4));
  let best: [number, string] | undefined;
  for (const [key, slug] of keys) {
    if (!key) continue;
    const d = distance(word, key);
    if (d <= allowed && (!best || d < best[0])) best = [d, slug];
  }
  return best?.[1];
}

/** The kebab-case slug an editor probably meant, e.g. "ML Ops" → "ml-ops". */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function pathLabel(path: Path): string {
  return path.reduce<string>(
    (label, part) =>
      typeof part === 'number' ? `${label}[${part}]` : label ? `${label}.${part}` : part,
    '',
  );
}

export function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a map of fields';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a map of fields',
  number: 'a number',
  boolean: 'true or false',
};

/** Why some required fields matter, added to "missing required field" messages. */
const WHY: Record<string, string> = {
  primaryRole: 'a specialism needs a primary role: the first row of its comparison table',
  slug: 'every node needs a slug: links and page addresses use it',
};

interface ContainerDef {
  type: string;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

/** The zod schema that validates the value at `path`, unwrapping defaults and optionals. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let inner = s;
    for (;;) {
      const def = (inner as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
      if (def.innerType && ['default', 'optional', 'nullable', 'prefault'].includes(def.type)) {
        inner = def.innerType;
      } else return inner;
    }
  };
  for (const part of path) {
    if (!current) return undefined;
    const def: ContainerDef = (unwrap(current) as unknown as { def: ContainerDef }).def;
    current = typeof part === 'number' ? def.element : def.shape?.[part];
  }
  return current ? unwrap(current) : undefined;
}

/** Field names the object schema at `path` accepts. */
export function knownFields(schema: z.ZodType, path: Path): string[] {
  const target = schemaAt(schema, path) as unknown as
    { def?: { shape?: Record<string, unknown> } } | undefined;
  return Object.keys(target?.def?.shape ?? {});
}

function unknownField(key: string, fields: string[]): string {
  const suggestion = didYouMean(key, fields);
  if (suggestion || fields.length > 4) return withSuggestion(`unknown field "${key}"`, suggestion);
  return `unknown field "${key}" (expected ${fields.map((f) => `"${f}"`).join(' or ')})`;
}

export interface IssueReport {
  /** Where to point: the value's path, or its parent's for a missing field. */
  path: Path;
  /** For unknown fields: report at this key of the map at `path`. */
  key?: string;
  message: string;
}

/** Turns one zod issue into plain reports (one per unknown field). */
export function describeIssue(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  data: unknown,
): IssueReport[] {
  const path = issue.path as Path;
  // A list file's item index is clear from the line number; the field name is what helps.
  const label = pathLabel(typeof path[0] === 'number' ? path.slice(1) : path);
  const prefix = label ? `${label}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const fields = knownFields(schema, path);
      return issue.keys.map((key) => ({
        path,
        key,
        message: unknownField(key, fields),
      }));
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      const field = path.at(-1);
      if (value === undefined && typeof field === 'string') {
        const why = WHY[field] ? ` (${WHY[field]})` : '';
        return [{ path: path.slice(0, -1), message: `missing required field "${field}"${why}` }];
      }
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const markdown =
        (schemaAt(schema, path) as { meta?: () => { format?: string } } | undefined)?.meta?.()
          ?.format === 'markdown';
      if (markdown && value !== null && typeof value === 'object') {
        // Without "|", YAML reads the text's "- " lines as a list and its "#" headings as comments.
        return [
          {
            path,
            message: `${prefix}Markdown text needs "|" after the colon (a missing "|": YAML read the text's "- " lines as ${describeValue(value)} and its "#" headings as comments). Fix: write "${String(field)}: |" and indent the text under it`,
          },
        ];
      }
      if (path.length === 0)
        return [{ path, message: `the file must hold ${expected}, not ${describeValue(value)}` }];
      return [{ path, message: `${prefix}must be ${expected}, not ${describeValue(value)}` }];
    }
    case 'invalid_format': {
      const value = valueAt(data, path);
      if (typeof value === 'string' && issue.format === 'regex' && path.at(-1) !== 'country') {
        const slug = toSlug(value);
        return [
          {
            path,
            message: `${prefix}${issue.message}${slug && slug !== value ? ` (try "${slug}")` : ''}`,
          },
        ];
      }
      return [{ path, message: `${prefix}${issue.message}` }];
    }
    default:
      return [{ path, message: `${prefix}${issue.message}` }];
  }
}
