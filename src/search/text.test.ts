import { describe, expect, it } from 'vitest';
import {
  ELLIPSIS,
  fold,
  maxEdits,
  parseQuery,
  snippet,
  SNIPPET_WIDTH,
  terms,
  tokenize,
  type Snippet,
} from './text.js';

/** The text each range of a snippet covers. */
const marked = (s: Snippet) => s.ranges.map(([start, end]) => s.snippet.slice(start, end));

describe('fold', () => {
  it('ignores case and strips diacritics', () => {
    expect(fold('Zürich')).toBe('zurich');
    expect(fold('ÉCOLE')).toBe('ecole');
    expect(fold('Systèmes')).toBe('systemes');
    expect(fold('Kubernetes')).toBe('kubernetes');
  });

  it('spells out letters that have no decomposition (ß → ss)', () => {
    expect(fold('Straße')).toBe('strasse');
    expect(fold('GROẞ')).toBe('gross');
    expect(fold('Ærø')).toBe('aero');
    expect(fold('Łódź')).toBe('lodz');
  });

  it('folds text in decomposed form (NFD) like composed text', () => {
    expect(fold('Zu\u0308rich')).toBe('zurich');
  });
});

describe('tokenize', () => {
  it('splits on anything not a letter or digit, hyphens and apostrophes included', () => {
    expect(terms('ML-Infrastruktur')).toEqual(['ml', 'infrastruktur']);
    expect(terms("l'équipe, (Go) 3D/4D_sim")).toEqual(['l', 'equipe', 'go', '3d', '4d', 'sim']);
    expect(terms('Hauptstraße 5 in Zürich')).toEqual(['hauptstrasse', '5', 'in', 'zurich']);
  });

  it('keeps a decomposed word whole', () => {
    expect(terms('Zu\u0308rich Mu\u0308nchen')).toEqual(['zurich', 'munchen']);
  });

  it('gives each word its place in the original text', () => {
    const text = 'Das ML-Infrastruktur-Team';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'Das',
      'ML',
      'Infrastruktur',
      'Team',
    ]);
    expect(tokens.map((t) => t.term)).toEqual(terms(text));
  });

  it('maps c++, c#, f# and .net to terms of their own, whatever the case', () => {
    expect(terms('C++, c#, F# and .NET (ASP.NET)')).toEqual([
      'cplusplus',
      'csharp',
      'fsharp',
      'and',
      'dotnet',
      'asp',
      'dotnet',
    ]);
    expect(terms('C++17')).toEqual(['cplusplus', '17']);
    const text = 'Modern C++ code';
    const [, cpp] = tokenize(text);
    expect(text.slice(cpp.start, cpp.end)).toBe('C++');
  });

  it('does not see symbols inside other words', () => {
    expect(terms('abc++ a.network')).toEqual(['abc', 'a', 'network']);
    expect(terms('c')).toEqual(['c']);
  });
});

describe('maxEdits', () => {
  it('allows no edit below five letters, one from five, two from nine', () => {
    expect(['rust', 'spark', 'pytorch', 'platform', 'tensorflw'].map(maxEdits)).toEqual([
      0, 1, 1, 1, 2,
    ]);
  });

  it('matches symbol terms exactly, however long they are', () => {
    expect(maxEdits('cplusplus')).toBe(0);
  });
});

describe('parseQuery', () => {
  const shape = (q: string) => parseQuery(q).map((w) => `${w.term}${w.prefix ? '*' : ''}`);

  it('treats the last word as a prefix while it is being typed', () => {
    expect(shape('MLOps eng')).toEqual(['mlops', 'eng*']);
    expect(shape('san fran')).toEqual(['san', 'fran*']);
  });

  it('treats every word as whole once the query ends in a space', () => {
    expect(shape('mlops eng ')).toEqual(['mlops', 'eng']);
    expect(shape('mlops eng\t')).toEqual(['mlops', 'eng']);
  });

  it('never treats a word before the last as a prefix', () => {
    expect(shape('eng mlops')).toEqual(['eng', 'mlops*']);
  });

  it('starts prefix matching at two letters, and counts edits per word', () => {
    expect(shape('r')).toEqual(['r']);
    expect(shape('py')).toEqual(['py*']);
    expect(parseQuery('kubernets go').map((w) => w.edits)).toEqual([2, 0]);
  });

  it('finds no words in punctuation', () => {
    expect(parseQuery('?! -- …')).toEqual([]);
  });
});

describe('snippet', () => {
  const is = (wanted: string) => (term: string) => term === wanted;

  it('shows a short text whole, with ranges on every matched word', () => {
    const s = snippet('Platform Engineer, platform team', is('platform'))!;
    expect(s.snippet).toBe('Platform Engineer, platform team');
    expect(s.ranges).toEqual([
      [0, 8],
      [19, 27],
    ]);
  });

  it('marks only the matched part of a hyphenated compound, keeping its accents', () => {
    const s = snippet(
      'Die ML-Infrastruktur für Zürich',
      (t) => t === 'infrastruktur' || t === 'zurich',
    )!;
    expect(marked(s)).toEqual(['Infrastruktur', 'Zürich']);
  });

  it('returns null when no word matches', () => {
    expect(snippet('Kubernetes and Ray', is('spark'))).toBeNull();
  });

  const words = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ');

  it('cuts a long text around the first match at word boundaries, with … where cut', () => {
    const text = `${words(0, 40)} Kubernetes ${words(40, 40)}`;
    const s = snippet(text, is('kubernetes'))!;
    expect(s.snippet.startsWith(ELLIPSIS)).toBe(true);
    expect(s.snippet.endsWith(ELLIPSIS)).toBe(true);
    const inner = s.snippet.slice(1, -1);
    expect(text).toContain(inner);
    // Whole words at both ends: the text around the snippet breaks at spaces.
    const at = text.indexOf(inner);
    expect(text[at - 1]).toBe(' ');
    expect(text[at + inner.length]).toBe(' ');
    expect(inner.length).toBeLessThanOrEqual(SNIPPET_WIDTH);
    expect(inner.length).toBeGreaterThan(SNIPPET_WIDTH - 12);
    // Some context before the match, more after it.
    const before = inner.indexOf('Kubernetes');
    expect(before).toBeGreaterThan(20);
    expect(before).toBeLessThan(SNIPPET_WIDTH / 2);
    expect(marked(s)).toEqual(['Kubernetes']);
  });

  it('has no … at an end that is the text’s own', () => {
    const atStart = snippet(`Kubernetes ${words(0, 60)}`, is('kubernetes'))!;
    expect(atStart.snippet.startsWith('Kubernetes')).toBe(true);
    expect(atStart.snippet.endsWith(ELLIPSIS)).toBe(true);
    expect(atStart.ranges).toEqual([[0, 10]]);

    // A match near the end still gets a full window, reaching back further.
    const atEnd = snippet(`${words(0, 60)} Kubernetes.`, is('kubernetes'))!;
    expect(atEnd.snippet.endsWith('Kubernetes.')).toBe(true);
    expect(atEnd.snippet.startsWith(ELLIPSIS)).toBe(true);
    expect(atEnd.snippet.length).toBeGreaterThan(SNIPPET_WIDTH - 12);
    expect(marked(atEnd)).toEqual(['Kubernetes']);
  });

  it('marks later matches inside the window, and none beyond it', () => {
    const text = `Ray ${words(0, 10)} Ray ${words(10, 60)} Ray`;
    const s = snippet(text, is('ray'))!;
    expect(marked(s)).toEqual(['Ray', 'Ray']);
  });

  it('turns runs of white space into one space, with ranges still on the words', () => {
    const s = snippet(
      '## Tools\n\n- Kubernetes\n  - Helm',
      (t) => t === 'kubernetes' || t === 'helm',
    )!;
    expect(s.snippet).toBe('## Tools - Kubernetes - Helm');
    expect(marked(s)).toEqual(['Kubernetes', 'Helm']);
  });

  it('drops a word that would run past the window, and cuts one only when it is all there is', () => {
    expect(snippet(`Kubernetes ${'x'.repeat(400)}`, is('kubernetes'))!.snippet).toBe(
      `Kubernetes${ELLIPSIS}`,
    );
    const s = snippet(`Kubernetes/${'x'.repeat(400)}`, is('kubernetes'))!;
    expect(s.snippet.startsWith('Kubernetes/xxx')).toBe(true);
    expect(s.snippet.length).toBe(SNIPPET_WIDTH + 1);
  });

  it('marks symbol words such as C++ over their original characters', () => {
    const s = snippet('Systems work in C++ and Rust', is('cplusplus'))!;
    expect(marked(s)).toEqual(['C++']);
  });
});
