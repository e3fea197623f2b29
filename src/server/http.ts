import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap } from '@apollo/server';

/** A failure that has its own HTTP status (413, 400, 401…), answered as a JSON error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

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
  const tooBig = () => new HttpError(413, 'PAYLOAD_TOO_LARGE', `Request body over ${limit} bytes`);
  if (Number(req.headers['content-length'] ?? 0) > limit) throw tooBig();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw tooBig();
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (!isUtf8(body)) throw new HttpError(400, 'BAD_REQUEST', 'Request body is not valid UTF-8');
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

/** Who the client is, for rate limits: its address (the proxy's header only when trusted). */
export function clientKeyOf(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim())
    return forwarded.split(',')[0].trim();
  return req.socket.remoteAddress ?? 'unknown';
}
