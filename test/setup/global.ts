import { parseDatabaseUrl } from '../../src/config/env.js';
import { initOrm } from '../../src/db/orm.js';
import { browserLaunch } from '../../src/dev/browser.js';

/**
 * Whether the test process that made a schema still runs: names are `rgt_<pid in base 36><6 hex>_…`
 * (see `test/engine.ts`), and another run on the same database (a second checkout, a parallel
 * CI job) must keep its schemas while it works.
 */
function ownerAlive(schema: string): boolean {
  const part = schema.split('_')[1] ?? '';
  const pid = parseInt(part.slice(0, -6), 36);
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Before the files run: unpacks the npm-delivered Chromium once (files that drive a browser run
 * in parallel and would otherwise unpack it at the same time); and, before a run with
 * `TEST_DATABASE_URL`: drops the schemas earlier runs' test files left behind
 * (each file works in schemas of its own, named `rgt_…`) whose processes have ended, so a
 * long-lived database stays tidy.
 */
export default async function setup() {
  await browserLaunch();
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const orm = await initOrm(parseDatabaseUrl(url));
  try {
    const connection = orm.em.getConnection();
    const stale = (await connection.execute(
      "select nspname from pg_namespace where nspname like 'rgt\\_%'",
    )) as { nspname: string }[];
    for (const { nspname } of stale)
      if (!ownerAlive(nspname)) await connection.execute(`drop schema "${nspname}" cascade`);
  } finally {
    await orm.close();
  }
}
