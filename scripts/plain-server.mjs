// The machine's limit for a Node service: node:http answering every request with fixed bytes
// from memory. The benchmark runs it as its own process, as it runs the real server.
// Usage: node scripts/plain-server.mjs <port> <body-file> <content-type>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, file, type] = process.argv.slice(2);
const body = readFileSync(file);
const headers = { 'content-type': type, 'content-length': String(body.length) };
createServer((req, res) => {
  // Drain the request body (the GraphQL POSTs) before answering, as a real server must.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
}).listen(Number(port), () => process.send?.('ready'));
