import { afterAll, expect } from 'vitest';

/**
 * Every error answer the suite receives over HTTP is checked here: no stack trace, SQL, file
 * path, driver name or database message may reach a client, whatever the test was about.
 * PostgreSQL's own words are listed too (`duplicate key value violates unique constraint`,
 * `relation "x" does not exist`, `column "x" does not exist`, `syntax error at or near`, and
 * the `Key (slug)=(x)` and `Failing row contains (…)` of its details), since they carry no SQL
 * and no driver name; a quote may come escaped, as it does inside JSON. `no-leaks.test.ts`
 * proves each fires.
 */
export const LEAK =
  /\bat \S+ \(|\.(?:ts|js|mjs):\d+|node_modules|\/work\/|\bselect\b.+\bfrom\b|\binsert into\b|sqlite|SQLITE_|knex|mikro-?orm|\bviolates\b|\brelation \\?"|\bcolumn \\?"|duplicate key|syntax error at or near|\bKey \([^)]*\)=\(|Failing row contains/i;

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

/** Hands over what was recorded and forgets it: for the detector's own test. */
export function takeLeaks(): string[] {
  return leaks.splice(0);
}

afterAll(() => {
  expect(leaks, 'error answers that show internals').toEqual([]);
});
