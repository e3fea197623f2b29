import { expect } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import { listen, type App, type RunningServer } from '../src/server/app.js';
import { testApp } from './helpers.js';

/** One HTTP request, as a client sends it. */
export interface Sent {
  method?: 'GET' | 'POST';
  /** Path and query string. */
  path?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers that differ between any two answers (the request id, the clock, the connection). */
const VARYING = new Set(['date', 'x-request-id', 'connection', 'keep-alive']);

async function send(origin: string, sent: Sent): Promise<Answer> {
  const res = await fetch(origin + (sent.path ?? '/graphql'), {
    method: sent.method ?? 'POST',
    headers: {
      ...(sent.method !== 'GET' && { 'content-type': 'application/json' }),
      ...sent.headers,
    },
    body:
      sent.method === 'GET'
        ? undefined
        : typeof sent.body === 'string'
          ? sent.body
          : JSON.stringify(sent.body),
  });
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!VARYING.has(name)) headers[name] = value;
  });
  return { status: res.status, headers, body: await res.text() };
}

/**
 * Two servers on one database, alike but for how public queries run: compiled (graphql-jit, on
 * the fast path) and graphql-js through Apollo. Neither keeps responses, so every request runs.
 */
export interface BothWays {
  compiledApp: App;
  /**
   * Sends the request to the graphql-js server once and to the compiled one twice (a document's
   * first use runs uncompiled, its second compiled), expects the three answers to be the same
   * byte for byte (status, headers, body), and returns the answer.
   */
  compare(sent: Sent): Promise<Answer>;
  close(): Promise<void>;
}

export async function bothWays(orm: Orm): Promise<BothWays> {
  const options = { cacheBytes: 0, apiRate: null, mutationRate: null };
  const compiledApp = await testApp(orm, { ...options, compiledExecution: true });
  const servers: RunningServer[] = [
    await listen(compiledApp, 0),
    await listen(await testApp(orm, { ...options, compiledExecution: false }), 0),
  ];
  const [compiled, plain] = servers.map((s) => s.origin);
  return {
    compiledApp,
    async compare(sent) {
      const expected = await send(plain!, sent);
      const what = `${sent.method ?? 'POST'} ${sent.path ?? '/graphql'} ${JSON.stringify(sent.body ?? '')}`;
      expect(await send(compiled!, sent), `first use: ${what}`).toEqual(expected);
      expect(await send(compiled!, sent), `compiled: ${what}`).toEqual(expected);
      return expected;
    },
    async close() {
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}
