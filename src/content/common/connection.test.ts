import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/index.js';
import { encodeCursor, paginateSorted, type Connection } from './connection.js';

interface Item {
  slug: string;
}
class ItemConnection implements Connection<Item> {
  edges!: { cursor: string; node: Item }[];
  pageInfo!: Connection<Item>['pageInfo'];
  count!: () => Promise<number>;
}

const items: Item[] = ['a', 'b', 'c', 'd', 'e'].map((slug) => ({ slug }));
const page = (args: Record<string, unknown>) =>
  paginateSorted(items, ItemConnection, args as Parameters<typeof paginateSorted>[2]);
const slugs = (c: ItemConnection) => c.edges.map((e) => e.node.slug);

describe('cursor connections over a sorted list', () => {
  it('pages forward with first/after through every item once, then says there is no more', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const c = page({ first: 2, after });
      seen.push(...slugs(c));
      expect(c.pageInfo.hasPreviousPage).toBe(after !== undefined);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor!;
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await page({ first: 1 }).count()).toBe(5);
  });

  it('pages backward with last/before, keeping the list order within a page', () => {
    const last = page({ last: 2 });
    expect(slugs(last)).toEqual(['d', 'e']);
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = page({ last: 2, before: last.pageInfo.startCursor });
    expect(slugs(before)).toEqual(['b', 'c']);
    expect(before.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(slugs(page({ last: 5, before: before.pageInfo.startCursor }))).toEqual(['a']);
  });

  it('gives opaque cursors that name their key, and start/end cursors of the page', () => {
    const c = page({ first: 2 });
    expect(c.edges[0]!.cursor).toBe(encodeCursor('a'));
    expect(c.edges[0]!.cursor).not.toContain('a');
    expect(Buffer.from(c.edges[1]!.cursor, 'base64url').toString()).toBe('slug:b');
    expect([c.pageInfo.startCursor, c.pageInfo.endCursor]).toEqual([
      encodeCursor('a'),
      encodeCursor('b'),
    ]);
    expect(page({ first: 0 }).edges).toEqual([]);
    expect(page({ first: 0 }).pageInfo.startCursor).toBeNull();
  });

  it('a cursor for an item no longer in the list still pages from where it would sit', () => {
    expect(slugs(page({ first: 2, after: encodeCursor('bb') }))).toEqual(['c', 'd']);
  });

  it('refuses, naming the argument: a foreign cursor, both directions, a size outside 0–100', () => {
    const refusal = (args: Record<string, unknown>) => {
      try {
        page(args);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        return [(error as AppError).code, (error as AppError).details.argumentName];
      }
      throw new Error('expected a refusal');
    };
    expect(refusal({ after: 'bm90LWEtY3Vyc29y' })).toEqual(['BAD_USER_INPUT', 'after']);
    expect(refusal({ first: 1, before: encodeCursor(7, 'id') })).toEqual([
      'BAD_USER_INPUT',
      'before',
    ]);
    expect(refusal({ first: 1, last: 1 })).toEqual(['BAD_USER_INPUT', 'last']);
    expect(refusal({ first: 101 })).toEqual(['BAD_USER_INPUT', 'first']);
    expect(refusal({ last: -1 })).toEqual(['BAD_USER_INPUT', 'last']);
    expect(refusal({ first: 1.5 })).toEqual(['BAD_USER_INPUT', 'first']);
  });
});
