import { didYouMean, withSuggestion } from '../content/common/suggest.js';
import type { z } from 'zod';
import type { Path } from './source-file.js';

/** Plain-English wording of validation problems, kept together so they read alike. */

// The did-you-mean helper is shared with the vacancy feed importer, so it lives in content/.
export { didYouMean, withSuggestion };

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
