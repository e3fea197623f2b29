// The machine's limit for a Node service: node:http answering every request with fixed bytes
// from memory. The benchmark runs it as its own process, as it runs the real server; with a
// workers count above 1 it is a node:cluster of that many processes sharing the port, as
// `rolegraph serve --workers N` is, so the two are compared with the same number of processes.
// Usage: node scripts/plain-server.mjs <port> <body-file> <content-type> [workers]
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, file, type, workersArg = '1'] = process.argv.slice(2);
const workers = Number(workersArg);

if (workers > 1 && cluster.isPrimary) {
  let listening = 0;
  for (let i = 0; i < workers; i++)
    cluster.fork().once('listening', () => {
      if (++listening === workers) process.send?.('ready');
    });
  // The bench stops the primary; the workers go with it.
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const body = readFileSync(file);
  const headers = { 'content-type': type, 'content-length': String(body.length) };
  createServer((req, res) => {
    // Drain the request body (the GraphQL POSTs) before answering, as a real server must.
    req.resume();
    req.on('end', () => {
      res.writeHead(200, headers);
      res.end(body);
    });
  }).listen(Number(port), () => {
    if (cluster.isPrimary) process.send?.('ready');
  });
}
