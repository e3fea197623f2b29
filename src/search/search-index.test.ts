import { describe, expect, it } from 'vitest';
import { FIELDS, matchKind } from './ranking.js';
import { SearchIndex, type SearchDocument, type SearchResult } from './search-index.js';
import { parseQuery, terms } from './text.js';

/** A document of the fixture; ids are opaque, as the caller's global ids are. */
const doc = (
  type: string,
  slug: string,
  name: string,
  { aliases = [], summary = '', body = '' }: Partial<SearchDocument> = {},
): SearchDocument => ({
  id: Buffer.from(`${type}:${slug}`).toString('base64url'),
  ...{ type, slug, name, aliases, summary, body },
});
const faqBody = [
  'They keep models running in production and on budget. '.repeat(6),
  'They also own Kubernetes clusters. ',
  'Ask us about hiring one. '.repeat(6),
].join('');

const english = [
  doc('Specialism', 'ml-infrastructure', 'ML Infrastructure', {
    ...{ summary: 'Hiring MLOps Engineers', body: 'Teams that build ML platforms.' },
  }),
  doc('Role', 'mlops-engineer', 'MLOps Engineer', { body: 'Kubernetes, Python, feature stores' }),
  doc('Role', 'platform-engineer', 'Platform Engineer', { body: 'Terraform, Kubernetes and Go.' }),
  doc('Role', 'data-engineer', 'Data Engineer', { summary: 'Builds pipelines on Apache Spark.' }),
  doc('Role', 'ml-infrastructure-engineer', 'ML Infrastructure Engineer', { body: 'Python, Rust' }),
  doc('Role', 'systems-engineer', 'Systems Engineer', { body: 'C++ and Rust, some C# on .NET.' }),
  doc('Role', 'robotics-engineer', 'Robotics Engineer'),
  doc('Role', 'research-engineer', 'Research Engineer'),
  doc('Skill', 'platform-engineering', 'Platform engineering', { summary: 'Internal platforms.' }),
  doc('Skill', 'distributed-systems', 'Distributed systems'),
  doc('Technology', 'kubernetes', 'Kubernetes', { aliases: ['K8s', 'Kube'], summary: 'Pods.' }),
  doc('Technology', 'tensorflow', 'TensorFlow', { aliases: ['TF'] }),
  doc('Technology', 'spark', 'Apache Spark', { summary: 'Distributed data processing.' }),
  doc('Technology', 'rust', 'Rust', { summary: 'A systems programming language.' }),
  doc('Technology', 'go', 'Go', { aliases: ['Golang'] }),
  doc('Technology', 'helm', 'Helm', { summary: 'Charts for Kubernetes.' }),
  doc('Technology', 'ray', 'Ray'),
  doc('Technology', 'python', 'Python'),
  doc('Technology', 'cpp', 'C++'),
  doc('Technology', 'dotnet', '.NET', { aliases: ['ASP.NET'] }),
  doc('Hub', 'london', 'London', { body: 'Hybrid working is the norm.' }),
  doc('Hub', 'san-francisco', 'San Francisco', { aliases: ['SF', 'Bay Area'] }),
  doc('Hub', 'san-diego', 'San Diego'),
  doc('Hub', 'zurich', 'Zürich'),
  doc('Industry', 'financial-services', 'Financial services'),
  doc('Employer', 'openai', 'OpenAI', { summary: 'AI research and deployment company.' }),
  doc('Faq', 'what-does-an-mlops-engineer-do', 'What does an MLOps Engineer do?', {
    body: faqBody,
  }),
  doc('Vacancy', 'senior-platform-engineer', 'Senior Platform Engineer', { summary: 'In London.' }),
  // One word in a different field of each: field weights decide the order.
  doc('Technology', 'helix-body', 'Twist', { body: 'Wound like a helix.' }),
  doc('Technology', 'helix-summary', 'Coil', { summary: 'Shaped like a helix.' }),
  doc('Technology', 'helix-alias', 'Spiral', { aliases: ['Helix'] }),
  doc('Technology', 'helix-name', 'Helix'),
  // The same word matched exactly, as a prefix and with one edit, all in names.
  doc('Technology', 'vectar', 'Vectar'),
  doc('Technology', 'vectorstore', 'Vectorstore'),
  doc('Technology', 'vector', 'Vector'),
  // Equal in every field: only type and slug can order them.
  doc('Industry', 'twin-c', 'Twin'),
  doc('Employer', 'twin-b', 'Twin'),
  doc('Employer', 'twin-a', 'Twin'),
];

const german = [
  doc('Specialism', 'ml-infrastructure', 'ML-Infrastruktur', { summary: 'Plattformen für ML.' }),
  doc('Skill', 'gpu-infrastructure', 'GPU-Infrastruktur'),
  doc('Skill', 'infrastructure-security', 'Infrastruktursicherheit'),
  doc('Skill', 'distributed-systems', 'Verteilte Systeme'),
  doc('Hub', 'zurich', 'Zürich', { body: 'Büros an der Bahnhofstraße.' }),
  doc('Hub', 'munich', 'München'),
  doc('Industry', 'financial-services', 'Finanzdienstleistungen'),
  doc('Faq', 'was-macht-ein-mlops-engineer', 'Was macht ein MLOps-Engineer?', { body: 'Betrieb.' }),
];

const en = SearchIndex.build(english);
const de = SearchIndex.build(german);
const all = { first: 100 };
/** `Type:slug` of each result, in order. */
const found = (r: SearchResult) => r.edges.map((e) => `${e.type}:${e.slug}`);
const top = (index: SearchIndex, query: string) => found(index.search(query, all))[0];
/** The text each highlight range covers, per field. */
const marks = (r: SearchResult, i = 0) =>
  Object.fromEntries(
    r.edges[i].highlights.map((h) => [h.field, h.ranges.map(([s, e]) => h.snippet.slice(s, e))]),
  );

describe('typo tolerance', () => {
  it('finds the spec’s examples: kubernets → Kubernetes, tensorflw → TensorFlow', () => {
    expect(top(en, 'kubernets')).toBe('Technology:kubernetes');
    expect(top(en, 'tensorflw')).toBe('Technology:tensorflow');
  });

  it('allows one edit from five letters, and not two', () => {
    expect(top(en, 'sparx ')).toBe('Technology:spark');
    expect(en.search('sprak ').totalCount).toBe(0);
  });

  it('allows no edit below five letters', () => {
    expect(top(en, 'rust ')).toBe('Technology:rust');
    expect(en.search('rusy ').totalCount).toBe(0);
  });

  it('allows two edits from nine letters, and one at eight', () => {
    expect(top(en, 'kubarnets ')).toBe('Technology:kubernetes');
    expect(top(en, 'kubernets ')).toBe('Technology:kubernetes');
    expect(en.search('kubrnets ').totalCount).toBe(0);
  });

  it('keeps a short word exact beside a long fuzzy one', () => {
    const r = en.search('rat kubernets ', all);
    expect(found(r)).toContain('Technology:kubernetes');
    expect(found(r)).not.toContain('Technology:ray');
  });
});

describe('as-you-type prefixes', () => {
  it('matches the last word as a prefix', () => {
    const r = en.search('mlops eng', all);
    expect(r.combinedWith).toBe('AND');
    expect(found(r)[0]).toBe('Role:mlops-engineer');
    expect(marks(r).name).toEqual(['MLOps', 'Engineer']);
    expect(found(en.search('san fran'))).toEqual(['Hub:san-francisco']);
  });

  it('matches whole words only once the query ends in a space', () => {
    const r = en.search('mlops eng ', all);
    expect(r.combinedWith).toBe('OR');
    expect(marks(r, found(r).indexOf('Role:mlops-engineer')).name).toEqual(['MLOps']);
    expect(en.search('eng').totalCount).toBeGreaterThan(0);
    expect(en.search('eng ').totalCount).toBe(0);
    expect(found(en.search('san fran ', all)).sort()).toEqual([
      'Hub:san-diego',
      'Hub:san-francisco',
    ]);
  });

  it('never matches an earlier word as a prefix', () => {
    const r = en.search('eng mlops', all);
    expect(r.combinedWith).toBe('OR');
    expect(marks(r, found(r).indexOf('Role:mlops-engineer')).name).toEqual(['MLOps']);
  });
});

describe('folding and tokens', () => {
  it('ignores case and diacritics both ways', () => {
    expect(top(en, 'zurich')).toBe('Hub:zurich');
    expect(top(en, 'ZÜRICH ')).toBe('Hub:zurich');
    expect(top(de, 'munchen')).toBe('Hub:munich');
    expect(top(de, 'bahnhofstrasse')).toBe('Hub:zurich');
  });

  it('finds a part of a hyphenated compound, whole words before prefixes', () => {
    const r = de.search('Infrastruktur', all);
    expect(found(r).slice(0, 2).sort()).toEqual([
      'Skill:gpu-infrastructure',
      'Specialism:ml-infrastructure',
    ]);
    expect(found(r)[2]).toBe('Skill:infrastructure-security');
    expect(marks(r, found(r).indexOf('Specialism:ml-infrastructure')).name).toEqual([
      'Infrastruktur',
    ]);
    expect(top(de, 'mlops engineer')).toBe('Faq:was-macht-ein-mlops-engineer');
  });

  it('keeps c++, c# and .net findable, and does not reduce them to c or net', () => {
    expect(top(en, 'c++')).toBe('Technology:cpp');
    expect(found(en.search('c#'))).toEqual(['Role:systems-engineer']);
    expect(found(en.search('.NET', all)).sort()).toEqual([
      'Role:systems-engineer',
      'Technology:dotnet',
    ]);
    expect(top(en, 'asp.net')).toBe('Technology:dotnet');
    expect(en.search('c').totalCount).toBe(0);
    expect(en.search('net ').totalCount).toBe(0);
    expect(marks(en.search('c++ rust'), 0).body).toEqual(['C++', 'Rust']);
  });

  it('finds aliases', () => {
    expect(top(en, 'k8s')).toBe('Technology:kubernetes');
    expect(top(en, 'golang')).toBe('Technology:go');
  });
});

describe('ranking', () => {
  it('weighs name over aliases over summary over body', () => {
    expect(found(en.search('helix '))).toEqual([
      'Technology:helix-name',
      'Technology:helix-alias',
      'Technology:helix-summary',
      'Technology:helix-body',
    ]);
  });

  it('ranks an exact match over a prefix over a fuzzy one', () => {
    expect(found(en.search('vector'))).toEqual([
      'Technology:vector',
      'Technology:vectorstore',
      'Technology:vectar',
    ]);
  });

  it('puts "Platform Engineer" above "Platform engineering", though "engineer" is common', () => {
    const r = found(en.search('platform engineer', all));
    expect(r[0]).toBe('Role:platform-engineer');
    expect(r.indexOf('Role:platform-engineer')).toBeLessThan(
      r.indexOf('Skill:platform-engineering'),
    );
  });

  it('ranks a near miss in a name above the exact word in a body: where before how', () => {
    const r = found(en.search('platforms ', all));
    expect(r.at(-1)).toBe('Specialism:ml-infrastructure');
    expect(r.slice(0, -1).sort()).toEqual([
      'Role:platform-engineer',
      'Skill:platform-engineering',
      'Vacancy:senior-platform-engineer',
    ]);
  });

  it('orders by score, ties by type then slug, whatever order documents came in', () => {
    const r = en.search('twin', all);
    expect(found(r)).toEqual(['Employer:twin-a', 'Employer:twin-b', 'Industry:twin-c']);
    expect(new Set(r.edges.map((e) => e.score)).size).toBe(1);
    const reversed = SearchIndex.build([...english].reverse());
    expect(found(reversed.search('engineer', all))).toEqual(found(en.search('engineer', all)));
    const scores = en.search('engineer', all).edges.map((e) => e.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('combining words', () => {
  it('requires every word when some document has them all', () => {
    const r = en.search('python rust ', all);
    expect(r.combinedWith).toBe('AND');
    expect(found(r)).toEqual(['Role:ml-infrastructure-engineer']);
  });

  it('falls back to any word when no document has them all', () => {
    const r = en.search('helm rust ', all);
    expect(r.combinedWith).toBe('OR');
    expect(found(r)).toEqual(
      expect.arrayContaining(['Technology:helm', 'Technology:rust', 'Role:systems-engineer']),
    );
  });

  it('finds nothing, without error, for a query of punctuation', () => {
    expect(en.search('?! --')).toMatchObject({ totalCount: 0, edges: [], facets: {} });
  });
});

describe('facets and the type filter', () => {
  const unfiltered = en.search('engineer ', all);

  it('counts matches per type, types in order', () => {
    expect(unfiltered.facets).toEqual({ Faq: 1, Role: 7, Specialism: 1, Vacancy: 1 });
    expect(Object.keys(unfiltered.facets)).toEqual(['Faq', 'Role', 'Specialism', 'Vacancy']);
    expect(unfiltered.totalCount).toBe(10);
  });

  it('filters the results by type, but counts facets before the filter', () => {
    const roles = en.search('engineer ', { ...all, types: ['Role'] });
    expect(roles.facets).toEqual(unfiltered.facets);
    expect(roles.totalCount).toBe(7);
    expect(new Set(roles.edges.map((e) => e.type))).toEqual(new Set(['Role']));
    const two = en.search('engineer ', { ...all, types: ['Vacancy', 'Faq'] });
    expect(found(two).sort()).toEqual([
      'Faq:what-does-an-mlops-engineer-do',
      'Vacancy:senior-platform-engineer',
    ]);
    expect(en.search('engineer ', { types: ['Hub'] })).toMatchObject({
      totalCount: 0,
      facets: unfiltered.facets,
    });
    expect(en.search('engineer ', { types: [] }).totalCount).toBe(10);
  });
});

describe('pagination', () => {
  it('walks every result once, in order, page by page', () => {
    const every = found(en.search('engineer', all));
    for (const first of [1, 3, 4]) {
      const seen: string[] = [];
      const cursors = new Set<string>();
      let after: string | null = null;
      for (let page = 0; ; page++) {
        const r = en.search('engineer', { first, after });
        seen.push(...found(r));
        r.edges.forEach((e) => cursors.add(e.cursor));
        expect(r.pageInfo.hasPreviousPage).toBe(page > 0);
        expect(r.pageInfo.startCursor).toBe(r.edges[0].cursor);
        expect(r.pageInfo.endCursor).toBe(r.edges.at(-1)!.cursor);
        if (!r.pageInfo.hasNextPage) break;
        after = r.pageInfo.endCursor;
      }
      expect(seen).toEqual(every);
      expect(cursors.size).toBe(every.length);
    }
    const beyond = en.search('engineer', { after: en.search('engineer', all).pageInfo.endCursor });
    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it('returns 20 by default and only counts for first: 0', () => {
    const many = SearchIndex.build(
      Array.from({ length: 25 }, (_, i) => doc('Skill', `s${i}`, 'Go')),
    );
    expect(many.search('go')).toMatchObject({ totalCount: 25, pageInfo: { hasNextPage: true } });
    expect(many.search('go').edges).toHaveLength(20);
    const none = en.search('engineer', { first: 0 });
    expect(none.edges).toEqual([]);
    expect(none.totalCount).toBeGreaterThan(0);
    expect(none.pageInfo.hasNextPage).toBe(true);
  });
});

describe('highlights', () => {
  it('gives one highlight per matched field, name first, ranges on the matched words', () => {
    const queries = ['kubernets', 'mlops eng', 'k8s', 'platform engineer', 'c++ rust', 'python'];
    for (const query of queries) {
      const words = parseQuery(query);
      for (const edge of en.search(query, all).edges) {
        const fields = edge.highlights.map((h) => h.field);
        expect(fields.length).toBeGreaterThan(0);
        expect(fields).toEqual(FIELDS.filter((f) => fields.includes(f)));
        for (const h of edge.highlights) {
          expect(h.ranges.length).toBeGreaterThan(0);
          for (const [start, end] of h.ranges) {
            const [term] = terms(h.snippet.slice(start, end));
            expect(words.some((w) => matchKind(w, term) !== null)).toBe(true);
          }
        }
      }
    }
  });

  it('marks typo and alias matches where they are', () => {
    expect(marks(en.search('tensorflw'))).toEqual({ name: ['TensorFlow'] });
    const k8s = en.search('k8s').edges[0].highlights;
    expect(k8s).toEqual([{ field: 'aliases', snippet: 'K8s, Kube', ranges: [[0, 3]] }]);
  });

  it('cuts a long body to a snippet around the first match', () => {
    const r = en.search('kubernetes clusters');
    const body = r.edges[0].highlights.find((h) => h.field === 'body')!;
    expect(body.snippet.length).toBeLessThanOrEqual(162);
    expect(body.snippet.startsWith('…')).toBe(true);
    expect(body.ranges.map(([s, e]) => body.snippet.slice(s, e))).toEqual([
      'Kubernetes',
      'clusters',
    ]);
  });
});

describe('building', () => {
  it('reports its size, and refuses two documents with one id', () => {
    expect(en.size).toBe(english.length);
    expect(en.info()).toMatchObject({ documents: english.length });
    expect(en.info().terms).toBeGreaterThan(50);
    expect(() => SearchIndex.build([english[0], english[0]])).toThrow(/duplicate/);
  });

  it('builds the same index in chunks, letting other work run between them', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const chunked = await SearchIndex.buildAsync(english, 2);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
    expect(chunked.info()).toMatchObject({ documents: en.size, terms: en.info().terms });
    for (const query of ['kubernets', 'mlops eng', 'zurich', 'k8s'])
      expect(chunked.search(query, all)).toEqual(en.search(query, all));
    await expect(SearchIndex.buildAsync([english[0], english[0]])).rejects.toThrow(/duplicate/);
  });
});
