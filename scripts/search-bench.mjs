// npm run bench:search -- [--scale N] [--queries N]
//
// Measures the search index (src/search) on the real seed content: build time and heap of one
// locale's index at scale 1 and at scale N (default 100: each node cloned with varied names),
// and query latency (p50/p90/p99) for a deterministic mix of whole names, names with one typo,
// and names being typed, a fifth of them filtered by type. Each query asks for a first page of
// 10 with highlights, as the site search would. Needs `npm run build` (imports dist/) and
// --expose-gc (re-runs itself with it). Figures, not assertions: tests assert behaviour.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SearchIndex } from '../dist/search/search-index.js';
import { readContentDir } from '../dist/seed/read.js';

if (typeof globalThis.gc !== 'function') {
  const run = spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '100' },
    queries: { type: 'string', default: '2000' },
  },
});
const scale = Number(args.scale);
const queryCount = Number(args.queries);
if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale must be a whole number ≥ 1');
if (!Number.isInteger(queryCount) || queryCount < 1) throw new Error('--queries must be ≥ 1');

const ROOT = resolve(import.meta.dirname, '..');

/** A small seeded generator, so every run times the same queries on the same clones. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What a page shows as a node's name and summary; every other text field goes to the body.
const NAME_FIELDS = ['name', 'city', 'question'];
const SUMMARY_FIELDS = ['summary', 'headline', 'description'];
const NOT_TEXT = new Set(['website', 'category', 'kind', 'country', 'slug']);
const typeName = (type) => type[0].toUpperCase() + type.slice(1);
const plain = (markdown) => markdown.replace(/[#*_`>[\]()|-]+/g, ' ');

/** One document per seed node in `locale`, translated text laid over the English. */
function documentsOf(nodes, locale) {
  return nodes.map((node) => {
    const fields = { ...node.fields, ...(node.translations?.[locale] ?? {}) };
    const pick = (names) => names.map((n) => fields[n]).find((v) => typeof v === 'string') ?? '';
    const used = new Set([...NAME_FIELDS, ...SUMMARY_FIELDS]);
    const body = Object.entries(fields)
      .filter(([key]) => !used.has(key) && !NOT_TEXT.has(key))
      .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
      .filter((value) => typeof value === 'string')
      .map(plain)
      .join('\n');
    const type = typeName(node.type);
    return {
      id: Buffer.from(`${type}:${node.slug}`).toString('base64url'),
      type,
      slug: node.slug,
      name: pick(NAME_FIELDS),
      aliases: [],
      summary: plain(pick(SUMMARY_FIELDS)),
      body,
    };
  });
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
/** A made-up word of 2 to 4 syllables: a vocabulary large enough to grow with the corpus. */
function pseudoWord(next) {
  const pick = (letters) => letters[Math.floor(next() * letters.length)];
  const syllables = 2 + Math.floor(next() * 3);
  return Array.from({ length: syllables }, () => pick(CONSONANTS) + pick(VOWELS)).join('');
}

/**
 * The documents `scale` times over: each clone's name has its words shuffled and gains a made-up
 * word and a number, and its summary and body gain a made-up word, so the vocabulary grows too.
 */
function scaled(documents, times) {
  const next = random(42);
  const out = [...documents];
  for (let copy = 1; copy < times; copy++) {
    for (const doc of documents) {
      const words = doc.name.split(/\s+/).sort(() => next() - 0.5);
      out.push({
        ...doc,
        id: `${doc.id}.${copy}`,
        slug: `${doc.slug}-${copy}`,
        name: `${words.join(' ')} ${pseudoWord(next)} ${copy}`,
        summary: `${doc.summary} ${pseudoWord(next)}`,
        body: `${doc.body} ${pseudoWord(next)}`,
      });
    }
  }
  return out;
}

/** Whole names, names with one typo in a word of 5+ letters, and names cut while typing. */
function queryMix(documents, count) {
  const next = random(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const queries = [];
  for (let i = 0; i < count; i++) {
    const doc = documents[Math.floor(next() * documents.length)];
    const words = doc.name.split(/\s+/).filter(Boolean);
    const kind = i % 3;
    if (kind === 1) {
      const long = words.map((w, j) => [w, j]).filter(([w]) => w.length >= 5);
      if (long.length) {
        const [word, j] = long[Math.floor(next() * long.length)];
        const at = 1 + Math.floor(next() * (word.length - 1));
        words[j] =
          next() < 0.5
            ? word.slice(0, at) + word.slice(at + 1)
            : word.slice(0, at) + letters[Math.floor(next() * 26)] + word.slice(at + 1);
      }
    } else if (kind === 2) {
      const last = words.at(-1);
      words[words.length - 1] = last.slice(0, Math.max(2, Math.ceil(last.length / 2)));
    }
    const query = `${words.join(' ')}${kind === 0 ? ' ' : ''}`.slice(0, 200);
    queries.push({ query, types: i % 5 === 4 ? [doc.type] : undefined });
  }
  return queries;
}

function heapUsed() {
  for (let i = 0; i < 4; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

/**
 * Builds an index of `documents` `runs` times: the median wall and CPU time (CPU time is less
 * swayed by other processes on a shared machine), and the heap the last index holds.
 */
function measureBuild(documents, runs) {
  const wall = [];
  const cpu = [];
  let last;
  let heap = 0;
  for (let run = 0; run < runs; run++) {
    // The previous index is still held on both sides of the difference, so it cancels out.
    const before = heapUsed();
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const index = SearchIndex.build(documents);
    wall.push(performance.now() - started);
    cpu.push(cpuMs(cpuStart));
    heap = heapUsed() - before;
    last = index;
  }
  return { index: last, ms: median(wall), cpu: median(cpu), heapMB: heap / 2 ** 20 };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measureQueries(index, queries) {
  for (const { query, types } of queries.slice(0, 200)) index.search(query, { types, first: 10 });
  const times = [];
  const short = [];
  const long = [];
  let empty = 0;
  for (const { query, types } of queries) {
    const started = performance.now();
    const result = index.search(query, { types, first: 10 });
    const took = performance.now() - started;
    times.push(took);
    (query.trim().split(/\s+/).length <= 3 ? short : long).push(took);
    if (result.totalCount === 0) empty++;
  }
  const [p50, p90, p99] = [50, 90, 99].map((p) => percentile(times, p));
  return { p50, p90, p99, max: Math.max(...times), empty, short, long };
}

const ms = (n) => n.toFixed(n < 10 ? 2 : 0);
const { content } = await readContentDir(resolve(ROOT, 'content-seed'));
const locales = ['en-GB', 'de-DE', 'fr-FR'];
const perLocale = Object.fromEntries(locales.map((l) => [l, documentsOf(content.nodes, l)]));
const english = perLocale['en-GB'];
const queries = queryMix(english, queryCount);

console.log(`node ${process.version}; ${queryCount} queries (first: 10, with highlights)\n`);
console.log(
  'index                        docs    terms  build ms   cpu ms  heap MB  p50 ms  p90 ms  p99 ms',
);
const row = (label, built, q) =>
  console.log(
    [
      label.padEnd(26),
      String(built.index.size).padStart(6),
      String(built.index.info().terms).padStart(8),
      ms(built.ms).padStart(9),
      ms(built.cpu).padStart(8),
      built.heapMB.toFixed(1).padStart(8),
      ...(q ? [q.p50, q.p90, q.p99].map((t) => ms(t).padStart(7)) : []),
    ].join(' '),
  );

// A first build pays for JIT warm-up; the figure that matters on a content change is a warm one.
// Small builds are repeated (median of 5); the large one is built once.
SearchIndex.build(english);
for (const locale of locales) {
  const built = measureBuild(perLocale[locale], 5);
  row(`${locale} ×1`, built, locale === 'en-GB' ? measureQueries(built.index, queries) : null);
}
// The ~700 documents of all three locales in one index, ids made unique per locale.
const together = locales.flatMap((l) => perLocale[l].map((d) => ({ ...d, id: `${l}:${d.id}` })));
row('all three locales in one', measureBuild(together, 5));
if (scale > 1) {
  const big = scaled(english, scale);
  const built = measureBuild(big, 1);
  const q = measureQueries(built.index, queries);
  row(`en-GB ×${scale}`, built, q);
  const split = (times) => `p50 ${ms(percentile(times, 50))} / p99 ${ms(percentile(times, 99))} ms`;
  console.log(`\n×${scale}: ${q.short.length} queries of 1–3 words: ${split(q.short)}`);
  console.log(`×${scale}: ${q.long.length} queries of 4+ words: ${split(q.long)}`);
  console.log(`×${scale}: slowest ${ms(q.max)} ms; ${q.empty} of ${queryCount} found nothing`);
}
