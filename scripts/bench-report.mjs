// The bench's printed table (scripts/bench.mjs): the same figures the JSON holds, readable.

/** The three modes each request is measured in, coldest first. */
export const MODES = ['cold', 'uncached', 'cached'];

const LEGEND = [
  'modes: cold = response cache off and RENDER_MEMO=off (nothing of the content work kept between requests: what a first visitor gets);',
  '       uncached = response cache off, memos on (Markdown HTML, country names, the page index kept);',
  '       cached = response cache on (64 MB). In every mode the published store, the search index and the',
  '       per-operation caches (parsed, validated GraphQL documents, cost and cache hints per document) are kept:',
  '       they are the data the public is served from and work on the operation, not on the content.',
  "wkr: serving processes (1: `serve --workers 1`, no cluster primary; more: a cluster's workers).",
  'SQL/req: statements the serving processes sent during the run (STATEMENT_STATS, summed over workers,',
  '       background polls included) / requests. ×plain: req/s over the plain server with the same workers',
  '       and connections, driven in turns with it (its row below, by the mode it was driven with).',
  "p50: the median of the slices' p50s; p99: the highest slice's p99.",
];

const pad = (v, n) => String(v ?? '-').padStart(n);

function row(r, label) {
  return `${label.padEnd(20)} ${pad(r.connections, 4)} ${pad(r.workers, 3)} ${pad(r.rps, 8)} ${pad(r.p50Ms, 8)} ${pad(r.p99Ms, 8)} ${pad(r.non2xx, 6)} ${pad(r.errors, 5)} ${pad(r.ratioToPlain, 7)} ${pad(r.sqlPerRequest, 8)}`;
}

const HEADER = `${'query / mode'.padEnd(20)} ${pad('conn', 4)} ${pad('wkr', 3)} ${pad('req/s', 8)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('non2xx', 6)} ${pad('err', 5)} ${pad('×plain', 7)} ${pad('SQL/req', 8)}`;

/** Prints the report to standard output. */
export function printReport(report) {
  const { seeding, memory, scaleCheck, searchIndex } = report;
  const lines = [
    `load generator: ${report.generatorVersion} (the same for rolegraph and the plain server)`,
    `rolegraph bench: scale ${report.scale} (${seeding.nodes} nodes, ${seeding.links} links), ${report.durationSeconds} s per run (after 1 s of warm-up) in ${report.slices} slices of ${report.durationSeconds / report.slices} s, each server's slices alternating with its pair's, ${report.cores} cores, Node ${report.node}, load average at the end ${report.loadAverage.join(' ')}`,
    `database: ${report.database === 'sqlite' ? 'SQLite (file)' : 'PostgreSQL'}${report.redis ? ', shared Redis' : ''}`,
    `seed load: ${seeding.seconds} s, ${seeding.nodesPerSecond} nodes/s, ${seeding.linksPerSecond} links/s (real seed path, one transaction)`,
    ...LEGEND,
    '',
    HEADER,
  ];
  for (const r of report.results) lines.push(row(r, `${r.query} ${r.mode}`));
  lines.push(
    '',
    'plain node:http, same bytes (a node:cluster of that many processes when wkr > 1), each driven in turns with the row it is compared with:',
  );
  for (const p of report.plain) lines.push(row(p, `${p.query} (${p.mode})`));
  if (report.instances.length) {
    lines.push('', 'separate instances on the one database, each driven at c=10, at once:');
    for (const t of report.instances)
      lines.push(
        `${row({ ...t, connections: t.instances, workers: '-' }, `${t.query} ${t.mode}`)}   (per instance: ${t.perInstance.join(' + ')})`,
      );
  }
  const byMode = Object.entries(memory.byMode)
    .map(([mode, m]) => `${mode} idle ${m.idleMiB} → peak ${m.peakMiB}`)
    .join('; ');
  lines.push(
    '',
    `SQL statements per request in-process (reference): database path (preview) ${Object.entries(
      report.sqlPerRequestInProcess,
    )
      .map(([name, s]) => `${name} ${s.database}`)
      .join(', ')}; public path (in-memory store) ${Object.entries(report.sqlPerRequestInProcess)
      .map(([name, s]) => `${name} ${s.store}`)
      .join(', ')}`,
    `server RSS, one worker at scale ${report.scale} (${memory.serving}): idle after start ${memory.idleRssMiB} MiB, peak under 10 then 50 connections ${memory.peakRssMiB} MiB (${byMode} MiB)`,
    `search index (default locale): ${searchIndex.documents} documents, ${searchIndex.terms} terms, built in ${searchIndex.buildMs} ms, heap ${searchIndex.heapMiB ?? '? (run with --expose-gc)'} MiB`,
  );
  if (scaleCheck) {
    const s = scaleCheck.seeding;
    lines.push(
      '',
      `scale ${scaleCheck.scale} (${s.nodes} nodes, ${s.links} links, loaded in ${s.seconds} s), role page, one worker:`,
      HEADER,
    );
    for (const r of scaleCheck.rows)
      lines.push(
        `${row(r, `${r.query} ${r.mode}`)}   p50 ${r.p50Ratio}× scale ${scaleCheck.baseScale}'s (${r.p50AtScale} ms, ${r.rpsAtScale} req/s, driven in turns with it); RSS idle ${r.idleMiB} → peak ${r.peakMiB} MiB`,
      );
  }
  if (report.failures.length || report.error)
    lines.push('', `FAILED: ${[...report.failures, report.error].filter(Boolean).join('; ')}`);
  console.log(lines.join('\n'));
}
