#!/usr/bin/env node
// The `rolegraph` command. The program is compiled to dist/ by `npm run build` (run by `npm ci`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('rolegraph: not built yet; run `npm run build` first');
  process.exit(1);
}
await import(entry.href);
