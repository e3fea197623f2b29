// Used by scripts/faults.mjs: loads five synthetic specialisms into a database through the real
// seed loader (one transaction). It is killed mid-way, so it says where it is, one line each, on
// stdout and at once (writeSync: nothing waits in a buffer when the kill comes), with the time
// since it started in ms:
//   <ms> begun                 the load's transaction has begun (write lock taken)
//   <ms> wrote <phase> <n>/<t> rows flushed inside the transaction so far
//   <ms> committed             the transaction has committed
//   <ms> loaded                done, about to exit
import { writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { initOrm } from '../dist/db/orm.js';
import { loadContent } from '../dist/seed/load.js';
import { benchShape, scaledContent } from '../dist/seed/synthetic.js';

const started = performance.now();
const say = (line) => writeSync(1, `${Math.round(performance.now() - started)} ${line}\n`);

const orm = await initOrm({ kind: 'sqlite', file: process.argv[2] });
await loadContent(orm.em, scaledContent(benchShape, 5), {
  onTransaction: (event) => say(event),
  onProgress: ({ phase, done, total }) => say(`wrote ${phase} ${done}/${total}`),
});
say('loaded');
await orm.close();
