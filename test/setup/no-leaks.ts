import { afterAll, expect } from 'vitest';

/**
 * Every error answer the suite receives over HTTP is checked here: no stack trace, SQL, file
 * path or driver name may reach a client, whatever the test was about.
 */
export const LEAK =
  /\bat \S+ \(|\.(?:ts|js|mjs):\d+|node_modules|\/work\/|\bselect\b.+\bfrom\b|\binsert into\b|sqlite|SQLITE_|knex|mikro-?orm/i;

const leaks: string[] = [];
const realFetch = globalThis.fetch;

globalThis.fetch = async (...args: Parameters<typeof fetch>) => {
  const res = await realFetch(...args);
  const type = res.headers.get('content-type') ?? '';
  if (res.status >= 400 || type.includes('json')) {
    const text = await res.clone().text();
    if ((res.status >= 400 || text.includes('"errors"')) && LEAK.test(text))
      leaks.push(`${String(args[0])} → ${res.status}: ${text.slice(0, 300)}`);
  }
  return res;
};

export function noteLeak(where: string, text: string) {
  if (LEAK.test(text)) leaks.push(`${where}: ${text.slice(0, 300)}`);
}

afterAll(() => {
  expect(leaks, 'error answers that show internals').toEqual([]);
});
