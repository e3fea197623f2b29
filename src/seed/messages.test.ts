import { describe, expect, it } from 'vitest';
import { suggestSlug, type Nameable } from './messages.js';

const technologies: Nameable[] = [
  { slug: 'cpp', names: ['C++'] },
  { slug: 'go', names: ['Go (Golang)'] },
  { slug: 'google-cloud-platform', names: ['Google Cloud Platform'] },
  { slug: 'kubernetes', names: ['Kubernetes'] },
  { slug: 'python', names: ['Python'] },
];

describe('did-you-mean over slugs, names and aliases', () => {
  it('finds a node by its name spelt as a slug: c-plus-plus → cpp ("C++")', () => {
    expect(suggestSlug('c-plus-plus', technologies)).toBe('cpp');
  });

  it('finds a node by its initials, and never a short unrelated slug: gcp → not go', () => {
    expect(suggestSlug('gcp', technologies)).toBe('google-cloud-platform');
    expect(
      suggestSlug(
        'gcp',
        technologies.filter((t) => t.slug !== 'google-cloud-platform'),
      ),
    ).toBe(undefined);
  });

  it('still catches typos of slugs, and uses aliases when a node has them', () => {
    expect(suggestSlug('kubernets', technologies)).toBe('kubernetes');
    expect(
      suggestSlug('k8s', [
        ...technologies.slice(0, 3),
        { slug: 'kubernetes', names: ['Kubernetes', 'K8s'] },
      ]),
    ).toBe('kubernetes');
    expect(suggestSlug('rust', technologies)).toBe(undefined);
  });
});
