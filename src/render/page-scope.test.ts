import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { linkableOf, Ref } from './components.js';
import { inPageScope, pageScope, type PageScope } from './page-scope.js';
import { textFor, useText } from './ui-text/index.js';

const german: PageScope = {
  text: textFor('de-DE'),
  languages: { page: 'de-DE', unprefixed: 'en-GB' },
  linkable: linkableOf(['/de-DE/roles/a/', '/roles/b/']),
};

function Lang() {
  return h('p', null, useText().lang);
}

describe('the page scope', () => {
  it('gives components the words, language and links of the page being rendered', () => {
    const html = inPageScope(german, () =>
      renderToString(
        h('div', null, [
          h(Lang, null),
          h(Ref, { path: '/roles/a/', children: 'A' }),
          h(Ref, { path: '/roles/b/', children: 'B' }),
          h(Ref, { path: '/roles/c/', children: 'C' }),
        ]),
      ),
    );
    expect(html).toContain('<p>de-DE</p>');
    // In German where the page is; in English, said so, where it is not; plain text elsewhere.
    expect(html).toContain('<a href="/de-DE/roles/a/">A</a>');
    expect(html).toMatch(
      /<a href="\/roles\/b\/" hreflang="en-GB">B <span class="link-language">\(Englisch\)<\/span><\/a>/,
    );
    expect(html).toMatch(/C<\/div>$/);
  });

  it('is restored after a render, after a nested one and after one that throws', () => {
    expect(pageScope()).toBeUndefined();
    const english = { ...german, text: textFor('en-GB') };
    inPageScope(german, () => {
      expect(inPageScope(english, () => pageScope())).toBe(english);
      expect(pageScope()).toBe(german);
    });
    expect(() =>
      inPageScope(german, () => {
        throw new Error('render failed');
      }),
    ).toThrow('render failed');
    expect(pageScope()).toBeUndefined();
  });

  it('outside a page: British English and no links', () => {
    expect(renderToString(h(Lang, null))).toBe('<p>en-GB</p>');
    expect(renderToString(h(Ref, { path: '/roles/a/', children: 'A' }))).toBe('A');
  });
});
