// Prints what one password hash costs with the settings in use (for the README and notes):
// `npm run build && node scripts/password-hash-bench.mjs [runs]`. Wall time is what a sign-in
// waits; CPU time is the hash's own cost, which a busy machine does not inflate.
import { scryptSync } from 'node:crypto';
import { hashPassword, SCRYPT, verifyPassword } from '../dist/accounts/password.js';

const runs = Number(process.argv[2] ?? 10);
const password = 'correct horse battery staple';
const stored = await hashPassword(password); // warm-up
const wall = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  await verifyPassword(password, stored);
  wall.push(Number(process.hrtime.bigint() - start) / 1e6);
}
// The same work on this thread, so process.cpuUsage() sees all of it.
const cpu = [];
const { N, r, p, keyLength } = SCRYPT;
for (let i = 0; i < runs; i++) {
  const before = process.cpuUsage();
  scryptSync(password, 'salt', keyLength, { N, r, p, maxmem: 2 * 128 * N * r });
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `scrypt N=2^${Math.log2(N)} r=${r} p=${p} (${(128 * N * r) / 2 ** 20} MiB): ` +
    `median ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU per hash over ${runs}`,
);
