// Used by scripts/faults.mjs: loads five synthetic specialisms into a database through the real
// seed loader (one transaction), printing "loaded" when it committed. It is killed mid-way.
import { initOrm } from '../dist/db/orm.js';
import { loadContent } from '../dist/seed/load.js';
import { benchShape, scaledContent } from '../dist/seed/synthetic.js';

const orm = await initOrm({ kind: 'sqlite', file: process.argv[2] });
await loadContent(orm.em, scaledContent(benchShape, 5));
console.log('loaded');
await orm.close();
