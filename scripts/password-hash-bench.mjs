// Prints the time one password hash takes with the settings in use (for the README and notes):
// `npm run build && node scripts/password-hash-bench.mjs`.
import { hashPassword, SCRYPT, verifyPassword } from '../dist/accounts/password.js';

const runs = Number(process.argv[2] ?? 10);
const password = 'correct horse battery staple';
const stored = await hashPassword(password); // warm-up
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  await verifyPassword(password, stored);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const memoryMiB = (128 * SCRYPT.N * SCRYPT.r) / 2 ** 20;
console.log(
  `scrypt N=2^${Math.log2(SCRYPT.N)} r=${SCRYPT.r} p=${SCRYPT.p} (${memoryMiB} MiB): ` +
    `median ${median.toFixed(0)} ms per hash, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms over ${runs}`,
);
