import { z } from 'zod';
import { nodeFields } from '../content/fields.js';
import { translatableFields } from '../content/locales.js';
import { linkModels, nodeModels, type LinkKind, type NodeType } from '../content/model.js';

/**
 * The content model described for forms: every node type's fields (with the kind of input each
 * needs, its limits and whether it is translated) and its relations. Read from the registry the
 * seed loader and the mutations share, so a field added to the model appears in the editors'
 * forms without new code. Built from the zod schemas' JSON Schema, which the seed format's
 * schema files come from too.
 */

export type FieldKind =
  'TEXT' | 'NUMBER' | 'MARKDOWN' | 'LINES' | 'URL' | 'COUNTRY' | 'SLUG' | 'OBJECT';

export interface FieldDescription {
  name: string;
  label: string;
  description: string | null;
  kind: FieldKind;
  required: boolean;
  maxLength: number | null;
  maxItems: number | null;
  translatable: boolean;
  /** The parts of an OBJECT field. */
  fields: FieldDescription[] | null;
  /** The values an edge field takes (e.g. a skill's level). */
  options: string[] | null;
}

export interface LinkDescription {
  kind: LinkKind;
  label: string;
  /** The type that owns the ordered list. */
  from: NodeType;
  /** The type listed. */
  to: NodeType;
  /** Data the edge carries, edited in place. */
  data: FieldDescription[];
}

export interface TypeDescription {
  type: NodeType;
  label: string;
  plural: string;
  /** The field that names a node (`name`, or `question` for an FAQ, `city` for a hub). */
  titleField: string;
  fields: FieldDescription[];
  /** The lists a node of this type owns. */
  links: LinkDescription[];
}

interface JsonSchema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  description?: string;
  maxLength?: number;
  maxItems?: number;
  enum?: string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** Words written in capitals wherever they appear in a label. */
const ACRONYMS: Record<string, string> = { faq: 'FAQ', faqs: 'FAQs', url: 'URL' };

/** "primaryFocus" → "Primary focus": the label the forms (and their tests) use. */
export function labelOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((word) => ACRONYMS[word] ?? word);
  const [first = '', ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** Relations whose list has a name of its own (else it is named after what it lists). */
const LINK_LABELS: Partial<Record<LinkKind, string>> = {
  specialismEmployer: 'Featured employers',
  roleRelatedRole: 'Related roles',
};

function kindOf(schema: JsonSchema): FieldKind {
  if (schema.type === 'object') return 'OBJECT';
  if (schema.type === 'array') return 'LINES';
  if (schema.type === 'number' || schema.type === 'integer') return 'NUMBER';
  if (schema.format === 'markdown') return 'MARKDOWN';
  if (schema.format === 'uri') return 'URL';
  if (schema.pattern === '^[A-Z]{2}$') return 'COUNTRY';
  if (schema.pattern?.startsWith('^[a-z0-9]+')) return 'SLUG';
  return 'TEXT';
}

function describeField(
  name: string,
  schema: JsonSchema,
  required: boolean,
  translatable: boolean,
): FieldDescription {
  const kind = kindOf(schema);
  const parts = schema.properties ?? {};
  return {
    name,
    label: labelOf(name),
    description: schema.description ?? null,
    kind,
    required,
    maxLength: schema.maxLength ?? schema.items?.maxLength ?? null,
    maxItems: schema.maxItems ?? null,
    translatable,
    fields:
      kind === 'OBJECT'
        ? Object.entries(parts).map(([part, partSchema]) =>
            describeField(part, partSchema, schema.required?.includes(part) ?? false, translatable),
          )
        : null,
    options: schema.enum ?? null,
  };
}

export const TITLE_FIELDS: Partial<Record<NodeType, string>> = { faq: 'question', hub: 'city' };

/** Edge data fields by column name: what each takes. */
const EDGE_DATA: Record<string, Omit<FieldDescription, 'name' | 'label'>> = {
  level: {
    description: 'How central the skill is to the role.',
    kind: 'TEXT',
    required: true,
    maxLength: null,
    maxItems: null,
    translatable: false,
    fields: null,
    options: ['CORE', 'SUPPORTING'],
  },
  primary: {
    description: "The specialism's primary role (its table's first row).",
    kind: 'TEXT',
    required: false,
    maxLength: null,
    maxItems: null,
    translatable: false,
    fields: null,
    options: ['true', 'false'],
  },
  own: {
    description:
      "The role belongs to this specialism (its file is in the specialism's folder); otherwise it is borrowed and adds only what it shares with the own roles, or what `contributes` lists. Set by the seed files.",
    kind: 'TEXT',
    required: false,
    maxLength: null,
    maxItems: null,
    translatable: false,
    fields: null,
    options: ['true', 'false'],
  },
  primaryFocus: {
    description: "The role's primary focus in this specialism's table; empty: the role's own.",
    kind: 'TEXT',
    required: false,
    maxLength: null,
    maxItems: null,
    translatable: false,
    fields: null,
    options: null,
  },
  keyDifference: {
    description: "The role's key difference in this specialism's table; empty: the role's own.",
    kind: 'TEXT',
    required: false,
    maxLength: null,
    maxItems: null,
    translatable: false,
    fields: null,
    options: null,
  },
  contributes: {
    description:
      "What a borrowed role adds to the specialism's technologies, industries and hubs beyond what it shares with the own roles (JSON of slug lists). Set by the seed files.",
    kind: 'TEXT',
    required: false,
    maxLength: null,
    maxItems: null,
    translatable: false,
    fields: null,
    options: null,
  },
};

/** The whole model, type by type, in the registry's order. */
export function describeContentModel(): TypeDescription[] {
  return (Object.keys(nodeModels) as NodeType[]).map((type) => {
    const schema = z.toJSONSchema(z.strictObject(nodeFields[type]), {
      io: 'input',
      unrepresentable: 'any',
    }) as JsonSchema;
    const required = new Set(schema.required ?? []);
    const translated = new Set(translatableFields[type]);
    const fields = Object.entries(schema.properties ?? {}).map(([name, field]) =>
      describeField(name, field, required.has(name), translated.has(name)),
    );
    const links = (Object.keys(linkModels) as LinkKind[])
      .filter((kind) => linkModels[kind].from[1] === type)
      .map((kind) => {
        const model = linkModels[kind];
        return {
          kind,
          label: LINK_LABELS[kind] ?? labelOf(nodeModels[model.to[1]].plural),
          from: type,
          to: model.to[1],
          data: model.data.map((name) => ({
            name,
            label: labelOf(name),
            ...(EDGE_DATA[name] ?? {
              description: null,
              kind: 'TEXT' as const,
              required: false,
              maxLength: null,
              maxItems: null,
              translatable: false,
              fields: null,
              options: null,
            }),
          })),
        };
      });
    return {
      type,
      label: labelOf(type),
      plural: labelOf(nodeModels[type].plural),
      titleField: TITLE_FIELDS[type] ?? 'name',
      fields,
      links,
    };
  });
}
