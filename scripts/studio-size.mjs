#!/usr/bin/env node
// After `vite build`: the Studio's initial JavaScript (what /studio/ loads before any lazy
// chunk), gzipped, against its budget of 250 KB. Printed by every `npm run build`; exits 1 over it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 250 * 1024;
const dir = 'dist/studio';
const html = readFileSync(join(dir, 'index.html'), 'utf8');
// The entry script and the chunks it preloads: everything the first screen needs.
const initial = [...html.matchAll(/(?:src|href)="\/studio\/(assets\/[^"]+\.js)"/g)].map(
  (m) => m[1],
);
let total = 0;
for (const file of initial) total += gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `studio: initial JavaScript ${kb(total)} gzipped in ${initial.length} file(s) (budget ${kb(BUDGET)})`,
);
if (total > BUDGET) process.exit(1);
