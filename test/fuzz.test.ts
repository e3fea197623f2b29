import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.js';
import type { App } from '../src/server/app.js';
import { buildAppSchema } from '../src/server/schema.js';
import { as, run, seededOrm, testApp } from './helpers.js';

// Random but valid operations, built from the schema itself: whatever the arguments, no answer
// may be an internal error.

let orm: Orm;
let app: App;
let schema: GraphQLSchema;

beforeAll(async () => {
  orm = await seededOrm();
  app = await testApp(orm, { mutationRate: null });
  schema = await buildAppSchema();
});

afterAll(async () => {
  await app.stop();
  await orm.close();
});

/** Reads choices off a tape of random numbers, so fast-check can shrink a failure. */
class Tape {
  private at = 0;
  constructor(private readonly values: number[]) {}
  next(n: number): number {
    const v = this.values[this.at++ % this.values.length] ?? 0;
    return n <= 1 ? 0 : v % n;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.next(items.length)];
  }
  chance(outOf: number): boolean {
    return this.next(outOf) === 0;
  }
}

const SLUGS = [
  'mlops-engineer',
  'ml-infrastructure',
  'robotics',
  'kubernetes',
  'python',
  'london',
  'no-such-thing',
  '',
  'MLOPS-ENGINEER',
  'x'.repeat(250),
  '"; drop table role; --',
  'ünïcödé',
];
const STRINGS = [...SLUGS, 'A question?', 'https://example.com', 'a@b.co', ' ', '\u0000'];

function literal(type: GraphQLInputType, tape: Tape, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, tape, depth);
  if (!isNonNullType(type) && tape.chance(8)) return 'null';
  if (isListType(type)) {
    const n = tape.next(4);
    return `[${Array.from({ length: n }, () => literal(type.ofType, tape, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return tape.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) || (depth < 2 && tape.chance(2)),
    );
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, tape, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(tape.pick([-1, 0, 1, 5, 20, 99, 100, 101, 2 ** 31 - 1]));
      case 'Float':
        return String(tape.pick([0, 1.5, -3]));
      case 'Boolean':
        return tape.chance(2) ? 'true' : 'false';
      default:
        return JSON.stringify(tape.pick(STRINGS));
    }
  }
  return 'null';
}

function args(list: readonly GraphQLArgument[], tape: Tape): string {
  const given = list.filter((a) => isNonNullType(a.type) || tape.chance(3));
  return given.length
    ? `(${given.map((a) => `${a.name}: ${literal(a.type, tape)}`).join(', ')})`
    : '';
}

function selection(type: GraphQLNamedType, tape: Tape, depth: number): string {
  if (!(isObjectType(type) || isInterfaceType(type))) return '';
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  const count = 1 + tape.next(3);
  for (let i = 0; i < count; i++) chosen.add(tape.pick(fields));
  const parts = [...chosen].map((field) => {
    const named = getNamedType(field.type);
    const inner =
      isObjectType(named) || isInterfaceType(named)
        ? depth >= 4
          ? '{ __typename }'
          : `{ ${selection(named, tape, depth + 1)} }`
        : '';
    return `${field.name}${args(field.args, tape)} ${inner}`;
  });
  return `__typename ${parts.join(' ')}`;
}

function operation(kind: 'query' | 'mutation', tape: Tape): string {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = tape.pick(Object.values(root.getFields()));
  const named = getNamedType(field.type);
  const inner =
    isObjectType(named) || isInterfaceType(named) ? `{ ${selection(named, tape, 1)} }` : '';
  return `${kind} { ${field.name}${args(field.args, tape)} ${inner} }`;
}

const tapes = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 40, maxLength: 40 });

describe('fuzzing with operations built from the schema', () => {
  it('no random query gives an internal error (public and preview)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(tapes, fc.boolean(), async (values, preview) => {
        const text = operation('query', new Tape(values));
        const result = await run(app, text, {}, preview ? as.preview : as.public);
        runs++;
        const internal = (result.errors ?? []).filter(
          (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        expect(internal, text).toEqual([]);
      }),
      { numRuns: 400 },
    );
    console.log(`fuzz: ${runs} random queries`);
  });

  it('no random mutation gives an internal error (with an admin token)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(tapes, async (values) => {
        const text = operation('mutation', new Tape(values));
        const result = await run(app, text, {}, as.admin);
        runs++;
        const internal = (result.errors ?? []).filter(
          (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
        );
        expect(internal, text).toEqual([]);
      }),
      { numRuns: 300 },
    );
    console.log(`fuzz: ${runs} random mutations`);
  });
});
