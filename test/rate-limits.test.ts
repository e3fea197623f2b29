import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import { MemoryCounter, RateLimiter } from '../src/enquiries/rate-limit.js';
import { listen, type RunningServer } from '../src/server/app.js';
import { clientKeyOf } from '../src/server/http.js';
import { seedFromDir } from '../src/seed/index.js';
import { emptyOrm, testApp } from './helpers.js';

/** A request as a proxy chain delivers it: the socket's peer and the header it built. */
const request = (remoteAddress: string, forwardedFor?: string) =>
  ({
    socket: { remoteAddress },
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
  }) as unknown as IncomingMessage;

describe('the client address behind proxies', () => {
  it('with no trusted proxy, is the socket’s peer whatever the header says', () => {
    expect(clientKeyOf(request('198.51.100.9', '203.0.113.7'), 0)).toBe('198.51.100.9');
  });

  it('with one proxy, is the address that proxy saw: the right-most entry, not the forgeable left', () => {
    // The proxy (10.0.0.2) appended the address it received from; the client wrote "1.1.1.1".
    expect(clientKeyOf(request('10.0.0.2', '1.1.1.1, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientKeyOf(request('10.0.0.2', '203.0.113.7'), 1)).toBe('203.0.113.7');
  });

  it('with two proxies, skips both of our hops', () => {
    expect(clientKeyOf(request('10.0.0.3', '6.6.6.6, 203.0.113.7, 10.0.0.2'), 2)).toBe(
      '203.0.113.7',
    );
  });

  it('with fewer entries than trusted proxies, falls back to the farthest one there is', () => {
    expect(clientKeyOf(request('10.0.0.2'), 2)).toBe('10.0.0.2');
    expect(clientKeyOf(request('10.0.0.2', '203.0.113.7'), 3)).toBe('203.0.113.7');
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped address as IPv4', () => {
    const a = clientKeyOf(request('2001:db8:0:1::1'), 0);
    const b = clientKeyOf(request('2001:db8:0:1:ffff:ffff:ffff:ffff'), 0);
    expect(a).toBe('2001:db8:0:1::/64');
    expect(b).toBe(a);
    expect(clientKeyOf(request('2001:db8:0:2::1'), 0)).not.toBe(a);
    expect(clientKeyOf(request('::ffff:192.0.2.4'), 0)).toBe('192.0.2.4');
  });
});

describe('the in-memory counter', () => {
  it('stays within its bound under a flood of distinct keys', () => {
    const counter = new MemoryCounter(1000);
    for (let i = 0; i < 20_000; i++) counter.hit(`flood-${i}`, 60_000);
    expect(counter.size).toBeLessThanOrEqual(1000);
    expect(counter.size).toBeGreaterThan(0);
  });

  it('counts within a window and starts afresh after it', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter('t', 2, 10_000, new MemoryCounter(10, () => now), () => now);
    expect(limiter.hit('k')).toEqual({ allowed: true, retryAfterSeconds: 10 });
    expect(limiter.hit('k')).toMatchObject({ allowed: true });
    expect(limiter.hit('k')).toEqual({ allowed: false, retryAfterSeconds: 10 });
    now += 9_001;
    expect(limiter.hit('k')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.hit('k')).toMatchObject({ allowed: true });
  });
});

describe('limits behind a trusted proxy (HTTP)', () => {
  let orm: Orm;
  let server: RunningServer;
  const ENQUIRY = {
    query: 'mutation ($input: EnquiryInput!) { submitEnquiry(input: $input) { id } }',
    variables: {
      input: {
        name: 'Jo Smith',
        email: 'jo@acme.example',
        company: 'Acme',
        specialism: 'platforms',
        roles: [],
        message: 'We need two platform engineers by spring.',
        consent: true,
      },
    },
  };
  const post = (body: unknown, forwardedFor: string) =>
    fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    orm = await emptyOrm();
    await seedFromDir(orm.em, 'test/fixtures/seed/base');
    const app = await testApp(orm, {
      trustProxy: 1,
      enquiryRate: { limit: 2, windowMs: 60_000 },
      apiRate: { limit: 5, windowMs: 60_000 },
    });
    server = await listen(app, 0);
  });
  afterAll(async () => {
    await server.close();
    await orm.close();
  });

  it('a client that rotates the forgeable part of X-Forwarded-For gets the enquiry limit once', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await post(ENQUIRY, `192.0.2.${i}, 203.0.113.7`);
      const body = (await res.json()) as { errors?: { extensions: { code: string } }[] };
      outcomes.push(body.errors?.[0]?.extensions.code ?? 'OK');
    }
    expect(outcomes).toEqual(['OK', 'OK', ...Array(4).fill('RATE_LIMITED')]);
    // Another client, seen by the proxy at another address, has its own allowance.
    const other = (await (await post(ENQUIRY, '203.0.113.8')).json()) as { errors?: unknown };
    expect(other.errors).toBeUndefined();
  });

  it('and the API limit once', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await post({ query: '{ __typename }' }, `198.18.0.${i}, 203.0.113.50`)).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });
});
