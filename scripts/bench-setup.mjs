// The bench's in-process parts (scripts/bench.mjs): the synthetic graph loaded through the real
// seed path, the SQL statements per request counted in-process on the public path (the in-memory
// store) and the database path preview uses, and the default locale's search index.
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { parseDatabaseUrl } from '../dist/config/env.js';
import { createServices } from '../dist/content/services.js';
import { initOrm, migrate } from '../dist/db/orm.js';
import { countStatements } from '../dist/db/statements.js';
import { renderPath } from '../dist/render/render-page.js';
import { searchDocuments } from '../dist/search/documents.js';
import { SearchIndex } from '../dist/search/search-index.js';
import { loadContent } from '../dist/seed/load.js';
import { benchShape, scaledContent } from '../dist/seed/synthetic.js';
import { createApp } from '../dist/server/app.js';

const log = (line) => process.stderr.write(`${line}\n`);

/** Loads the synthetic graph of `atScale` into `url` through the real seed path. */
export async function seed(url, atScale) {
  const content = scaledContent(benchShape, atScale);
  log(
    `Loading ${content.nodes.length} nodes and ${content.links.length} links (scale ${atScale})…`,
  );
  const orm = await initOrm(parseDatabaseUrl(url));
  await migrate(orm);
  const started = performance.now();
  await loadContent(orm.em, content);
  const seconds = (performance.now() - started) / 1000;
  return {
    orm,
    seeding: {
      nodes: content.nodes.length,
      links: content.links.length,
      seconds: Math.round(seconds * 100) / 100,
      nodesPerSecond: Math.round(content.nodes.length / seconds),
      linksPerSecond: Math.round(content.links.length / seconds),
    },
  };
}

/**
 * On the database of `orm`: the statements each of `queries` sends in-process (public and
 * preview paths), and the search index of the default locale built as the server builds it on
 * its first search (wall time, median of 3; the heap it holds, with --expose-gc).
 */
export async function inProcessFigures(orm, queries, SITE) {
  const sql = {};
  {
    const logger = pino({ level: 'silent' });
    const stored = await createApp({ orm, logger, site: SITE });
    const direct = await createApp({ orm, logger, site: SITE, publishedStore: false });
    const answer = (app, q) =>
      q.path
        ? renderPath(q.path, app.query, SITE.name)
        : app.apollo.executeOperation(
            { query: q.graphql.query, variables: q.graphql.variables },
            { contextValue: app.context() },
          );
    for (const q of queries) {
      sql[q.name] = {
        store: (await countStatements(orm, () => answer(stored, q))).count,
        database: (await countStatements(orm, () => answer(direct, q))).count,
      };
    }
    await stored.stop();
    await direct.stop();
  }

  // The search index of the default locale, built from the published store as the server builds
  // it on its first search: wall time (median of 3) and the heap it holds (with --expose-gc).
  const searchIndex = {};
  {
    const app = await createApp({ orm, logger: pino({ level: 'silent' }), site: SITE });
    const store = app.content.current();
    const heap = () => {
      globalThis.gc?.();
      return process.memoryUsage().heapUsed;
    };
    const times = [];
    let info;
    let heapBytes = 0;
    for (let i = 0; i < 3; i++) {
      const before = heap();
      const started = performance.now();
      const services = createServices(orm.em.fork(), undefined, { store });
      const built = await SearchIndex.buildAsync(
        await searchDocuments(services, store.locales.default),
      );
      times.push(performance.now() - started);
      heapBytes = heap() - before;
      info = built.info();
    }
    times.sort((a, b) => a - b);
    Object.assign(searchIndex, {
      documents: info.documents,
      terms: info.terms,
      buildMs: Math.round(times[1]),
      heapMiB: globalThis.gc ? Math.round((heapBytes / 1048576) * 10) / 10 : null,
    });
    log(`search index: ${JSON.stringify(searchIndex)}`);
    await app.stop();
  }
  return { sql, searchIndex };
}
