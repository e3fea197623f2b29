import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSentences, fit, fitTitle, MAX_TITLE } from './seo.js';

describe('fit', () => {
  it('collapses whitespace and keeps text that fits whole', () => {
    expect(fit('  Kubernetes \n and   Terraform  ', 40)).toBe('Kubernetes and Terraform');
    expect(fit('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts at the last word boundary and ends with an ellipsis', () => {
    expect(fit('The quick brown fox jumps', 12)).toBe('The quick…');
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(fit('Hello, world and more', 9)).toBe('Hello…');
    expect(fit('Pay: base – equity and more', 13)).toBe('Pay: base…');
  });

  it('cuts inside a word when the last boundary is in the first half', () => {
    expect(fit('a verylongwordwithoutspaces', 10)).toBe('a verylon…');
  });

  it('never exceeds the limit, and cut text is a prefix of the original', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (text, max) => {
        const clean = text.replace(/\s+/g, ' ').trim();
        const out = fit(text, max);
        expect(out.length).toBeLessThanOrEqual(max);
        if (clean.length <= max) expect(out).toBe(clean);
        else {
          expect(out.endsWith('…')).toBe(true);
          expect(clean.startsWith(out.slice(0, -1))).toBe(true);
        }
      }),
    );
  });
});

describe('fitTitle', () => {
  const long = (n: number, c = 'x') => c.repeat(n);

  it('takes the first candidate that fits with the site name appended', () => {
    expect(fitTitle(['MLOps Engineer Recruitment', 'MLOps'], 'Rolegraph')).toBe(
      'MLOps Engineer Recruitment | Rolegraph',
    );
    expect(fitTitle([long(60), 'MLOps Recruitment'], 'Rolegraph')).toBe(
      'MLOps Recruitment | Rolegraph',
    );
  });

  it('allows exactly the maximum length with the site name', () => {
    const candidate = long(MAX_TITLE - ' | Site'.length);
    expect(fitTitle([candidate], 'Site')).toBe(`${candidate} | Site`);
    expect(fitTitle([`${candidate}y`], 'Site')).toBe(`${candidate}y`);
  });

  it('falls back to the first candidate that fits alone, before any cut', () => {
    const [a, b, c] = [long(70, 'a'), long(58, 'b'), long(55, 'c')];
    expect(fitTitle([a, b, c], 'A Long Site Name')).toBe(b);
  });

  it('cuts the last candidate when none fits', () => {
    const words = 'Machine Learning Infrastructure Engineering Recruitment and Hiring Guide';
    const out = fitTitle([long(80), words], 'Site');
    expect(out).toBe('Machine Learning Infrastructure Engineering Recruitment…');
    expect(out.length).toBeLessThanOrEqual(MAX_TITLE);
  });

  it('uses the site name when there is no candidate', () => {
    expect(fitTitle([], 'Rolegraph')).toBe('Rolegraph');
  });
});

describe('firstSentences', () => {
  it('keeps as many whole sentences as fit', () => {
    expect(firstSentences('One. Two. Three.', 9)).toBe('One. Two.');
    expect(firstSentences('One. Two. Three.', 8)).toBe('One.');
    expect(firstSentences('Why? Because! Yes.', 13)).toBe('Why? Because!');
    expect(firstSentences('One. Two. Three.', 100)).toBe('One. Two. Three.');
  });

  it('reads Markdown as plain text: link texts stay, marks, headings and bullets go', () => {
    expect(firstSentences('**Bold** and [a link](https://example.com). `Code` too.', 100)).toBe(
      'Bold and a link. Code too.',
    );
    expect(firstSentences('# Title\n- item one.\n- item two.', 100)).toBe(
      'Title item one. item two.',
    );
  });

  it('cuts the first sentence when even it does not fit', () => {
    expect(firstSentences('This is a long first sentence. Short.', 10)).toBe('This is…');
  });

  it('treats text without a full stop as one sentence', () => {
    expect(firstSentences('no full stop here', 100)).toBe('no full stop here');
    expect(firstSentences('no full stop here', 10)).toBe('no full…');
  });
});
