import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

const SIMPLE_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
]);
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];

/**
 * Whether Apollo's CSRF prevention lets this request through: a content type a plain HTML form
 * cannot send, or a header that forces a CORS preflight. A cached answer must not reach a
 * request Apollo would have refused.
 */
export function withinCsrfRules(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (type) {
    const essence = type.split(';')[0]!.trim().toLowerCase();
    if (!SIMPLE_TYPES.has(essence)) return true;
  }
  return PREFLIGHT_HEADERS.some((name) => {
    const value = req.headers[name];
    return typeof value === 'string' && value !== '';
  });
}
