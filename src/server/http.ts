import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIPv4, isIPv6 } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { BadRequestError, PayloadTooLargeError } from '../errors/index.js';

export function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  requestId?: string,
): void {
  sendJson(res, status, {
    errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }],
  });
}

/** The body as text, refusing more than `limit` bytes with 413 before reading it all. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooBig = () => new PayloadTooLargeError(`Request body over ${limit} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooBig();
  // Read with events rather than an async iterator: a promise per chunk costs on every request.
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      // The rest is drained unread, so the answer can still be sent on this connection.
      req.resume();
      reject(tooBig());
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
    // A client that goes away mid-body: no 'end' comes (nothing is answered then anyway).
    req.once('close', () => {
      if (!req.complete) reject(new BadRequestError('Request body was cut short'));
    });
  });
  if (!isUtf8(body)) throw new BadRequestError('Request body is not valid UTF-8');
  return body.toString('utf8');
}

export function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** A cookie value, percent-decoded when it can be (a malformed one is kept as sent). */
function decodeCookie(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function cookies(req: IncomingMessage): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), decodeCookie(part.slice(eq + 1).trim()));
  }
  return out;
}

/**
 * Who the client is, for rate limits: the address that the farthest of our `trustedProxies`
 * proxies saw. Each proxy appends the address it received from to `X-Forwarded-For`, so counting
 * from the right — the socket's address, then the header's entries — skips exactly our own hops;
 * whatever a client wrote into the header itself sits further left and is never read (as
 * Express's `trust proxy` counts). With no trusted proxy, the socket's address. IPv6 clients are
 * counted per /64, the block one subscriber is given.
 */
export function clientKeyOf(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return addressKey(socket);
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const hops = [...forwarded, socket];
  return addressKey(hops[Math.max(0, hops.length - 1 - trustedProxies)]);
}

/** An address as a rate-limit key: IPv4 as is, IPv6 by its first four groups (its /64). */
function addressKey(address: string): string {
  const bare =
    address.startsWith('::ffff:') && isIPv4(address.slice(7)) ? address.slice(7) : address;
  if (!isIPv6(bare)) return bare.slice(0, 64);
  const [head, tail = ''] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [
    ...left,
    ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ];
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
