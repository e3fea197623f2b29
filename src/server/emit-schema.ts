/**
 * Writes the generated files that live beside the code: `schema/schema.graphql` from the
 * resolvers, and the seed format's JSON Schemas into `content-seed/schema/`. Run by
 * `npm run generate` (which then runs GraphQL Code Generator).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, SCHEMA_DIR } from '../seed/json-schema.js';
import { buildAppSchema, printAppSchema } from './schema.js';

export const SCHEMA_FILE = 'schema/schema.graphql';
export const SEED_SCHEMA_DIR = join('content-seed', SCHEMA_DIR);

writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema()));
console.log(`Wrote ${SCHEMA_FILE}`);
mkdirSync(SEED_SCHEMA_DIR, { recursive: true });
for (const [name, text] of jsonSchemas()) writeFileSync(join(SEED_SCHEMA_DIR, name), text);
console.log(`Wrote the seed file JSON Schemas to ${SEED_SCHEMA_DIR}/`);
