/** Writes `schema/schema.graphql` from the code. Run by `npm run generate`. */
import { writeFileSync } from 'node:fs';
import { buildAppSchema, printAppSchema } from './schema.js';

export const SCHEMA_FILE = 'schema/schema.graphql';

writeFileSync(SCHEMA_FILE, printAppSchema(await buildAppSchema()));
console.log(`Wrote ${SCHEMA_FILE}`);
