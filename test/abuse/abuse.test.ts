import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../src/db/orm.js';
import { createApp, listen, type RunningServer } from '../../src/server/app.js';
import { seededOrm, silentLogger, TEST_SITE } from '../helpers.js';
import { LEAK } from '../setup/no-leaks.js';
import { corpus, type AbuseCase } from './corpus.js';

let orm: Orm;
let server: RunningServer;

beforeAll(async () => {
  orm = await seededOrm();
  server = await listen(await createApp({ orm, logger: silentLogger, site: TEST_SITE }), 0);
});

afterAll(async () => {
  await server.close();
  await orm.close();
});

/** Sends raw bytes (fetch would repair invalid UTF-8); resolves with status, body and time. */
function send(c: Pick<AbuseCase, 'method' | 'path' | 'headers' | 'body'>) {
  const url = new URL(c.path, server.origin);
  const started = performance.now();
  return new Promise<{ status: number; text: string; ms: number }>((resolve, reject) => {
    const req = httpRequest(url, { method: c.method, headers: c.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          text: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
        }),
      );
    });
    // The server may refuse before reading a large body; that is not a failure here.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    req.end(c.body);
  });
}

const normal = {
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ role(slug: "mlops-engineer") { name } }' }),
};

describe('abuse corpus', () => {
  it('has at least 30 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  const table: string[] = [];
  afterAll(() => console.log(`abuse corpus (${corpus.length} cases):\n${table.join('\n')}`));

  for (const c of corpus) {
    it(`refuses: ${c.name}`, async () => {
      const answer = await send(c);
      table.push(
        `${c.name.padEnd(48)} ${String(answer.status).padStart(3)} ${(c.code ?? '').padEnd(28)} ${answer.ms.toFixed(1).padStart(7)} ms`,
      );
      expect(answer.status, answer.text.slice(0, 300)).toBe(c.status);
      expect(answer.text).not.toMatch(LEAK);
      if (c.code) {
        const body = JSON.parse(answer.text) as {
          errors: { message: string; extensions: { code: string } }[];
        };
        expect(body.errors[0].extensions.code).toBe(c.code);
        if (c.says) expect(body.errors[0].message).toMatch(c.says);
        expect(body.errors[0].message).not.toMatch(/Did you mean/);
      }
      const after = await send(normal);
      expect(after.status).toBe(200);
      expect(JSON.parse(after.text)).toEqual({ data: { role: { name: 'MLOps Engineer' } } });
    });
  }
});
