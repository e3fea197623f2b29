import { z } from 'zod';
import { fileFormats, type FileKind } from './format.js';
import type { Problem } from './problems.js';
import type { Path, SourceFile } from './source-file.js';

/**
 * Markdown written as a folded YAML block (`>`) loses its line breaks: YAML joins the lines, so
 * lists and headings run into one paragraph, silently. Such a field is an error at its line.
 */

interface SchemaNode {
  type?: string | string[];
  format?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

const schemas = new Map<FileKind, SchemaNode>();
function schemaOf(kind: FileKind): SchemaNode {
  let schema = schemas.get(kind);
  if (!schema) {
    const format = fileFormats[kind].schema as z.ZodType;
    schema = z.toJSONSchema(format, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
    schemas.set(kind, schema);
  }
  return schema;
}

export const FOLDED_MARKDOWN =
  'use "|" for Markdown: ">" joins lines, so lists and headings run together';

/** Markdown fields of a valid file written with `>`, each at its line. */
export function findFoldedMarkdown(kind: FileKind, data: unknown, source: SourceFile): Problem[] {
  const problems: Problem[] = [];
  const walk = (schema: SchemaNode, value: unknown, path: Path) => {
    if (schema.format === 'markdown' && typeof value === 'string') {
      if (source.styleAt(path) === 'BLOCK_FOLDED') {
        const field = path.filter((p) => typeof p === 'string').join('.');
        problems.push({
          ...source.at(path),
          severity: 'error',
          message: `${field}: ${FOLDED_MARKDOWN}`,
        });
      }
      return;
    }
    for (const option of schema.anyOf ?? []) walk(option, value, path);
    if (Array.isArray(value) && schema.items) {
      value.forEach((item, i) => walk(schema.items!, item, [...path, i]));
    } else if (value && typeof value === 'object' && schema.properties) {
      for (const [key, item] of Object.entries(value)) {
        const child = schema.properties[key];
        if (child) walk(child, item, [...path, key]);
      }
    }
  };
  walk(schemaOf(kind), data, []);
  return problems;
}
