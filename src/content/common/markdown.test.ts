import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readValidContentDir } from '../../seed/index.js';
import { bothRenderings, markdownToHtml } from './markdown.js';

// Markdown whose tokens are all allow-listed is rendered without parsing the HTML again; the
// result must be exactly what the sanitiser gives. Compared over the shipped content, written
// cases at the allow-list's edges, and random texts built from them.

const CASES = [
  'Plain text with "quotes", it\'s & <b>tags</b> typed in, &copy; and &amp; entities.',
  '# One\n\n## Two\n\n###### Six\n\nText',
  '### Starts at three\n\n#### Four',
  'Line one  \nline two (a hard break)\nline three (soft)',
  '- a\n- b\n  - nested *em* and **strong** and `code <x>`\n\n1. one\n2. two',
  '3. starts at three\n4. four',
  '> quoted **text**\n>\n> - in a list',
  '```\nplain fence <script>\n```',
  '```js\nconst a = "b";\n```',
  '    indented code & "quotes"',
  '---\n\n***',
  '[http](http://example.com/a?b=1&c="2") [https](https://example.com) [mail](mailto:a@b.co)',
  '[relative](/roles/x/) [hash](#top) [query](?q=a:b) [dot](./a) [proto-relative](//example.com/x)',
  '[ftp](ftp://example.com) [tel](tel:+123) [js](javascript:alert(1)) [data](data:text/html,x)',
  '[HTTP upper](HTTP://EXAMPLE.COM) [odd](foo/bar:baz) [colon](a:b)',
  '[with title](https://example.com "Title")',
  '<https://example.com/auto> and https://linkify.example.com/path and www.example.org and a@b.co',
  '![image](https://example.com/a.png) and ~~struck~~',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Unicode: café — “curly” ‘quotes’ · 日本語 · 👍',
  '**[link in strong](https://example.com)** *and `code` in em*',
  'Trailing spaces and newlines   \n\n\n',
  '',
];

describe('Markdown without the second sanitising pass', () => {
  it('renders written cases exactly as the sanitiser does', () => {
    let fast = 0;
    for (const text of CASES) {
      const { sanitized, allowed } = bothRenderings(text);
      if (allowed === null) continue;
      fast++;
      expect(allowed, text).toBe(sanitized);
    }
    // Most cases stay on the fast path; the rest (tables, images, titles...) are sanitised.
    expect(fast).toBeGreaterThan(CASES.length / 2);
    expect(bothRenderings('![x](https://e.com/a.png)').allowed).toBeNull();
    expect(markdownToHtml('![x](https://e.com/a.png)')).not.toContain('<img');
  });

  it('renders random texts built from those cases exactly as the sanitiser does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CASES), { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join(parts.length % 2 ? '\n\n' : ' ');
        const { sanitized, allowed } = bothRenderings(text);
        if (allowed !== null) expect(allowed, text).toBe(sanitized);
      }),
      { numRuns: 300 },
    );
  });

  it('renders every text of the shipped content exactly as the sanitiser does', async () => {
    const content = await readValidContentDir('content-seed');
    const texts: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string') texts.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(content.nodes);
    let fast = 0;
    for (const text of texts) {
      const { sanitized, allowed } = bothRenderings(text);
      if (allowed === null) continue;
      fast++;
      expect(allowed, text).toBe(sanitized);
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(fast).toBeGreaterThan(texts.length / 2);
  });
});
