import { describe, expect, it } from 'vitest';
import { nodeFields } from '../content/fields.js';
import { translatableFields } from '../content/locales.js';
import { linkModels, nodeTypes } from '../content/model.js';
import { describeContentModel, labelOf } from './content-model.js';

const model = describeContentModel();
const typeOf = (type: string) => model.find((t) => t.type === type)!;

describe('the content model, described for forms', () => {
  it('has every type of the registry, with every field of its schema, in order', () => {
    expect(model.map((t) => t.type)).toEqual(nodeTypes);
    for (const t of model)
      expect(t.fields.map((f) => f.name)).toEqual(Object.keys(nodeFields[t.type]));
  });

  it('labels fields as forms show them', () => {
    expect(labelOf('summary')).toBe('Summary');
    expect(labelOf('primaryFocus')).toBe('Primary focus');
    expect(labelOf('faqs')).toBe('FAQs');
    expect(typeOf('role').fields.map((f) => f.label)).toContain('Key difference');
    expect(typeOf('faq')).toMatchObject({ label: 'FAQ', plural: 'FAQs', titleField: 'question' });
    expect(typeOf('hub').titleField).toBe('city');
  });

  it('says what input each field needs', () => {
    const kinds = (type: string) =>
      Object.fromEntries(typeOf(type).fields.map((f) => [f.name, f.kind]));
    expect(kinds('specialism')).toMatchObject({
      name: 'TEXT',
      intro: 'MARKDOWN',
      hiringChallenges: 'LINES',
      whenToHire: 'OBJECT',
    });
    expect(kinds('technology')).toMatchObject({ website: 'URL', category: 'SLUG' });
    expect(kinds('hub')).toMatchObject({ country: 'COUNTRY' });
    expect(kinds('faq')).toMatchObject({ answer: 'MARKDOWN' });
    const whenToHire = typeOf('specialism').fields.find((f) => f.name === 'whenToHire')!;
    expect(whenToHire.fields!.map((f) => [f.name, f.kind])).toEqual([
      ['indicators', 'LINES'],
      ['scenarios', 'LINES'],
      ['advice', 'MARKDOWN'],
    ]);
  });

  it('marks required, limited and translated fields as the schemas do', () => {
    const role = typeOf('role');
    const name = role.fields.find((f) => f.name === 'name')!;
    expect(name).toMatchObject({ required: true, maxLength: 20_000 });
    expect(role.fields.find((f) => f.name === 'responsibilities')).toMatchObject({
      required: false,
      maxItems: 200,
    });
    for (const t of model)
      for (const f of t.fields)
        expect(f.translatable, `${t.type}.${f.name}`).toBe(
          translatableFields[t.type].includes(f.name),
        );
  });

  it('lists the relations each type owns, named after what they list, with edge data', () => {
    const role = typeOf('role');
    expect(role.links.map((l) => l.label)).toEqual([
      'Skills',
      'Technologies',
      'Industries',
      'Hubs',
      'Related roles',
      'FAQs',
    ]);
    expect(role.links.find((l) => l.kind === 'roleSkill')!.data).toMatchObject([
      { name: 'level', options: ['CORE', 'SUPPORTING'] },
    ]);
    const owned = model.flatMap((t) => t.links.map((l) => l.kind)).sort();
    expect(owned).toEqual(Object.keys(linkModels).sort());
  });
});
