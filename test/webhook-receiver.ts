import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A webhook receiver on a free port that fails the first `failures` requests with 500. */
export async function receiver(failures = 0, port = 0) {
  const received: Received[] = [];
  let failuresLeft = failures;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      if (failuresLeft > 0) {
        failuresLeft--;
        res.writeHead(500).end('not now');
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const bound = (server.address() as AddressInfo).port;
  return {
    url,
    port: bound,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
