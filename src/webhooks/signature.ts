import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying `sha256=<hex>` of HMAC-SHA256(secret, `${timestamp}.${body}`). */
export const SIGNATURE_HEADER = 'x-rolegraph-signature';
/** Header carrying the Unix time the signature was made at; part of what is signed. */
export const TIMESTAMP_HEADER = 'x-rolegraph-timestamp';

export function sign(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** How a receiver checks a delivery (also used by the tests, as a receiver would). */
export function verify(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  const expected = Buffer.from(sign(secret, Number(timestamp), body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
