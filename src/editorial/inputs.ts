import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, InputType, type ClassType } from 'type-graphql';
import type { z } from 'zod';
import { nodeFields } from '../content/fields.js';
import { capitalize } from '../content/common/names.js';
import type { NodeType } from '../content/model.js';

/**
 * GraphQL input types for the editorial mutations, generated from the same zod field schemas
 * the seed files use, so an input field exists exactly when a stored field does, with the same
 * description.
 */

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/** The schema inside optional/default wrappers, and whether a value may be left out. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = defOf(inner);
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) {
      optional = true;
      inner = def.innerType;
    } else return { inner, optional };
  }
}

/** What `@Field` takes as its type: a function giving the class (or a list of it). */
type FieldType = NonNullable<Parameters<typeof Field>[0]>;

const groups = new Map<string, ClassType>();

/** A nested input type for a group of fields (e.g. a specialism's `whenToHire`). */
function groupInput(
  name: string,
  shape: Record<string, z.ZodType>,
  description: string,
): ClassType {
  const existing = groups.get(name);
  if (existing) return existing;
  const Group = class {};
  Object.defineProperty(Group, 'name', { value: name });
  addFields(Group, name, shape, 'create');
  InputType(name, { description })(Group);
  groups.set(name, Group);
  return Group;
}

function addFields(
  target: ClassType,
  typeName: string,
  shape: Record<string, z.ZodType>,
  mode: 'create' | 'update',
) {
  for (const [key, schema] of Object.entries(shape)) {
    const { inner, optional } = unwrap(schema);
    const def = defOf(inner);
    const description = schema.description ?? inner.description ?? key;
    let type: FieldType;
    // Enums are strings here: zod checks the value and names the allowed ones in its message.
    if (def.type === 'string' || def.type === 'enum') type = () => String;
    else if (def.type === 'number') type = () => Float;
    // A map keyed by slug (a specialism's notes on shared nodes, a role's notes per hub): JSON,
    // checked by zod on save.
    else if (def.type === 'record') type = () => GraphQLJSON;
    else if (def.type === 'array') type = () => [String];
    else if (def.type === 'object' && def.shape) {
      const Group = groupInput(
        `${typeName.replace(/(Update)?Input$/, '')}${capitalize(key)}Input`,
        def.shape,
        description,
      );
      type = () => Group;
    } else throw new Error(`no GraphQL input type for ${typeName}.${key} (${def.type})`);
    const nullable = mode === 'update' || optional;
    const text =
      mode === 'update'
        ? `${description} Leave out to keep it${optional ? '; null clears it' : ''}.`
        : description;
    Field(type, { nullable, description: text })(target.prototype, key);
  }
}

function inputClass(
  name: string,
  description: string,
  shape: Record<string, z.ZodType>,
  mode: 'create' | 'update',
): ClassType {
  const Input = class {};
  Object.defineProperty(Input, 'name', { value: name });
  addFields(Input, name, shape, mode);
  InputType(name, { description })(Input);
  return Input;
}

export interface NodeInputs {
  create: ClassType;
  update: ClassType;
}

const made = new Map<NodeType, NodeInputs>();

/** `<Type>Input` (create: slug and every field) and `<Type>UpdateInput` (every field optional). */
export function inputsFor(type: NodeType): NodeInputs {
  const existing = made.get(type);
  if (existing) return existing;
  const name = capitalize(type);
  const shape = nodeFields[type] as unknown as Record<string, z.ZodType>;
  const create = inputClass(
    `${name}Input`,
    `A new ${type}: its slug and fields. It starts as a draft.`,
    shape,
    'create',
  );
  Field(() => String, {
    description: 'Stable identifier: lowercase kebab-case of the English name.',
  })(create.prototype, 'slug');
  const update = inputClass(
    `${name}UpdateInput`,
    `Changes to a ${type}: only the fields given change. A group of fields is replaced as a whole.`,
    shape,
    'update',
  );
  const inputs = { create, update };
  made.set(type, inputs);
  return inputs;
}
