import { z } from 'zod';
import { fileFormats, type FileKind } from './format.js';

/** Folder (inside a seed folder) holding the JSON Schemas editors' YAML tools read. */
export const SCHEMA_DIR = 'schema';

export function schemaFileName(kind: FileKind): string {
  return `${kind}.schema.json`;
}

/**
 * JSON Schemas for every kind of seed file, generated from the same zod schemas the loader uses,
 * so editor completion and `rolegraph check` agree. Keyed by file name.
 */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, format] of Object.entries(fileFormats) as [
    FileKind,
    (typeof fileFormats)[FileKind],
  ][]) {
    const schema = z.toJSONSchema(format.schema, {
      target: 'draft-7',
      io: 'input',
      unrepresentable: 'any',
    });
    const titled = { title: `rolegraph seed file: ${format.path}`, ...schema };
    out.set(schemaFileName(kind), JSON.stringify(titled, null, 2) + '\n');
  }
  return out;
}

/** The `# yaml-language-server: $schema=…` line for a seed file at `path` (relative to the seed folder). */
export function schemaModeline(kind: FileKind, path: string): string {
  const depth = path.split('/').length - 1;
  return ` yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_DIR}/${schemaFileName(kind)}`;
}
