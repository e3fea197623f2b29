import type { SqlEntityManager } from '@mikro-orm/knex';
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
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicationStatus } from '../src/content/common/content-node.entity.js';
import {
  linkModels,
  nodeModels,
  nodeTypes,
  type LinkKind,
  type NodeType,
} from '../src/content/model.js';
import type { Orm } from '../src/db/orm.js';
import { Revision } from '../src/editorial/revision.entity.js';
import type { RequestAuth } from '../src/server/auth.js';
import type { App } from '../src/server/app.js';
import { buildAppSchema } from '../src/server/schema.js';
import { Webhook } from '../src/webhooks/webhook.entity.js';
import { AccountService } from '../src/accounts/account.service.js';
import { TokenRole } from '../src/auth/actor.js';
import { bothWays, type BothWays } from './both-ways.js';
import { as, run, seededOrm, TEST_SITE, testApp, type Result } from './helpers.js';

const FUZZ_USER = 'fuzz.user@example.com';

// Random operations built from the schema itself: whatever the arguments, no answer may be an
// internal error. Most operations are valid (slugs that exist, versions read just before, links
// that can be made), so they run to the end instead of stopping at validation; one in three is
// hostile on purpose (junk values, nulls, the wrong token). Each test prints how many ran without
// an error and fails when fewer than half did: a fuzzer that only exercises the validator proves
// nothing about the code behind it.

let orm: Orm;
let app: App;
let schema: GraphQLSchema;
/** Servers running public queries compiled and by graphql-js: their answers must agree. */
let both: BothWays;

beforeAll(async () => {
  orm = await seededOrm();
  app = await testApp(orm, {
    mutationRate: null,
    enquiryRate: { limit: 1_000_000, windowMs: 60_000 },
  });
  schema = await buildAppSchema();
  both = await bothWays(orm);
  // A user for the account mutations to act on.
  await new AccountService(orm.em, { siteUrl: TEST_SITE.url, actor: 'test' }).add({
    email: FUZZ_USER,
    role: TokenRole.EDITOR,
    password: 'a fuzzed passphrase, long enough',
  });
});

afterAll(async () => {
  await both.close();
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
  /** Between `min` and `max` distinct items (fewer if there are fewer), in a random order. */
  some<T>(items: readonly T[], min: number, max: number): T[] {
    const pool = [...items];
    const n = Math.min(pool.length, min + this.next(max - min + 1));
    return Array.from({ length: n }, () => pool.splice(this.next(pool.length), 1)[0]);
  }
}

/** Values a careless or hostile client sends. */
const JUNK_STRINGS = [
  'no-such-thing',
  '',
  'MLOPS-ENGINEER',
  'x'.repeat(250),
  '"; drop table role; --',
  'ünïcödé',
  ' ',
  '\u0000',
  'https://example.com',
  'a@b.co',
];

interface NodeRow {
  slug: string;
  status: string;
  version: number;
  [field: string]: unknown;
}

/** What exists in the database right now, read before each operation is built. */
class World {
  nodes = {} as Record<NodeType, NodeRow[]>;
  revisions: { id: number; type: NodeType; slug: string }[] = [];
  webhooks: string[] = [];
  /** Working (draft) link lists per kind: owner slug → linked slugs in order. */
  private readonly lists = new Map<LinkKind, Map<string, string[]>>();
  locales: string[] = [];
  paths: string[] = [];
  /** Cursors the API has issued, per connection type. */
  cursors = new Map<string, Set<string>>();

  async refresh() {
    // Plain rows of the few columns the generator needs: hydrating entities would cost more
    // than the operation under test.
    const em = orm.em.fork() as SqlEntityManager;
    const rows = (entity: object, columns: string[]) =>
      em
        .createQueryBuilder(entity as never)
        .select(columns as never)
        .execute('all') as Promise<Record<string, unknown>[]>;
    for (const type of nodeTypes) {
      const extra = { skill: ['category'], technology: ['category'], employer: ['kind'] }[
        type as string
      ];
      const columns = ['slug', 'status', 'version', ...(extra ?? [])];
      if (type === 'hub') columns.push('country', 'region');
      this.nodes[type] = (await rows(nodeModels[type].entity, columns)) as NodeRow[];
    }
    const existing = new Set(nodeTypes.flatMap((t) => this.nodes[t].map((n) => `${t}:${n.slug}`)));
    this.revisions = (await rows(Revision, ['id', 'nodeType', 'nodeSlug']))
      .map((r) => ({ id: Number(r.id), type: r.nodeType as NodeType, slug: String(r.nodeSlug) }))
      .filter((r) => existing.has(`${r.type}:${r.slug}`));
    this.webhooks = (await rows(Webhook, ['id'])).map((w) => String(w.id));
    this.lists.clear();
  }

  /** The owner → linked slugs lists of one kind, in working order (read once per operation). */
  async list(kind: LinkKind): Promise<Map<string, string[]>> {
    const known = this.lists.get(kind);
    if (known) return known;
    const model = linkModels[kind];
    const rows = (await orm.em.fork().find(model.entity as never, { inDraft: true } as never, {
      populate: [model.from[0], model.to[0]] as never,
      orderBy: { draftPosition: 'asc', id: 'asc' } as never,
    })) as Record<string, { slug: string }>[];
    const lists = new Map<string, string[]>();
    for (const row of rows) {
      const from = row[model.from[0]].slug;
      lists.set(from, [...(lists.get(from) ?? []), row[model.to[0]].slug]);
    }
    this.lists.set(kind, lists);
    return lists;
  }

  slugs(type: NodeType, publishedOnly = false): string[] {
    return this.nodes[type]
      .filter((n) => !publishedOnly || n.status === PublicationStatus.PUBLISHED)
      .map((n) => n.slug);
  }

  node(type: NodeType, slug: string): NodeRow | undefined {
    return this.nodes[type].find((n) => n.slug === slug);
  }

  /** Every distinct value of a field of a type (categories, kinds, countries, regions). */
  values(type: NodeType, field: string): string[] {
    return [...new Set(this.nodes[type].map((n) => String(n[field])))];
  }

  /** Keeps the cursors in an answer, by the connection they page through. */
  noteCursors(value: unknown, connection?: string) {
    if (Array.isArray(value)) for (const v of value) this.noteCursors(v, connection);
    if (!value || typeof value !== 'object') return;
    const object = value as Record<string, unknown>;
    const typename = typeof object.__typename === 'string' ? object.__typename : undefined;
    const here = typename?.endsWith('Connection')
      ? typename
      : typename?.endsWith('Edge')
        ? typename.replace(/Edge$/, 'Connection')
        : connection;
    for (const [key, v] of Object.entries(object)) {
      if (here && typeof v === 'string' && /^(cursor|startCursor|endCursor)$/.test(key)) {
        const pool = this.cursors.get(here) ?? new Set();
        pool.add(v);
        this.cursors.set(here, pool);
      } else this.noteCursors(v, here);
    }
  }
}

const world = new World();

/** The node type a root field is about: `role`, `roles`, `createRole`, `deleteRole`, … */
function typeOfField(name: string): NodeType | undefined {
  const base = name.replace(/^(create|update|delete)/, '');
  const lower = base.charAt(0).toLowerCase() + base.slice(1);
  return nodeTypes.find(
    (t) => lower === t || lower === `${t}s` || lower === t.replace(/y$/, 'ies'),
  );
}

/** The GraphQL literal of a plain value (strings, numbers, booleans, lists, enum names). */
function print(value: unknown, enumValue = false): string {
  if (Array.isArray(value)) return `[${value.map((v) => print(v, enumValue)).join(', ')}]`;
  if (typeof value === 'string') return enumValue ? value : JSON.stringify(value);
  return String(value);
}

let sequence = 0;

/** What one argument list is being built for: the choices made so far shape the next ones. */
interface Scope {
  tape: Tape;
  hostile: boolean;
  /** The root field's name. */
  field: string;
  /** The node type the operation is about, once known. */
  type?: NodeType;
  publicOnly: boolean;
  chosen: Record<string, unknown>;
  /** The connection a field returns, for `after`/`before`. */
  connection?: string;
}

/** A literal for any input type, without knowing what it means: what a careless client sends. */
function junk(type: GraphQLInputType, tape: Tape, depth = 0): string {
  if (isNonNullType(type)) return tape.chance(6) ? 'null' : junk(type.ofType, tape, depth);
  if (tape.chance(8)) return 'null';
  if (isListType(type)) {
    const n = tape.next(4);
    return `[${Array.from({ length: n }, () => junk(type.ofType, tape, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) return tape.pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter(
      (f) => isNonNullType(f.type) || (depth < 2 && tape.chance(2)),
    );
    return `{ ${fields.map((f) => `${f.name}: ${junk(f.type, tape, depth + 1)}`).join(', ')} }`;
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
        return JSON.stringify(tape.pick(JUNK_STRINGS));
    }
  }
  return 'null';
}

/** Some text for a free-text field. */
const text = (tape: Tape, what: string) =>
  tape.pick([`Fuzzed ${what}`, `A longer ${what}, with *Markdown* and a [link](https://x.test).`]);

/**
 * A valid literal for an input field of a content input (`RoleInput`, `HubUpdateInput`, nested
 * groups such as `SpecialismWhenToHireInput`), from what the field holds.
 */
function contentValue(field: GraphQLInputField, scope: Scope): string {
  const { tape } = scope;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isInputObjectType(type)) return contentInput(type.getFields(), scope, false);
  if (isListType(type))
    return print(Array.from({ length: tape.next(4) }, (_, i) => text(tape, `${field.name} ${i}`)));
  switch (field.name) {
    case 'slug':
      return print(`fuzz-${scope.type}-${++sequence}`);
    case 'category':
    case 'kind': {
      const known = scope.type ? world.values(scope.type, field.name) : [];
      return print(tape.pick([...known, 'fuzz-category']));
    }
    case 'website':
      return print('https://example.com/fuzz');
    case 'country':
      return print(tape.pick(['GB', 'CH', 'DE', 'US', 'SG']));
    default:
      return print(text(tape, field.name));
  }
}

/** A content input: every required field, some optional ones; an update changes one to three. */
function contentInput(
  fields: Record<string, GraphQLInputField>,
  scope: Scope,
  update: boolean,
): string {
  const { tape } = scope;
  const all = Object.values(fields);
  const given = update
    ? tape.some(all, 1, 3)
    : all.filter((f) => isNonNullType(f.type) || tape.chance(2));
  return `{ ${given
    .map((f) => {
      // "null clears it" is what the update inputs say of optional fields.
      const clear = update && f.description?.includes('null clears it') && tape.chance(4);
      return `${f.name}: ${clear ? 'null' : leaf(f.type, scope, () => contentValue(f, scope))}`;
    })
    .join(', ')} }`;
}

/** In a hostile operation, half the values are junk; otherwise the valid value. */
function leaf(type: GraphQLInputType, scope: Scope, valid: () => string): string {
  return scope.hostile && scope.tape.chance(2) ? junk(type, scope.tape) : valid();
}

/** A slug of `type` as the operation's reader sees it (the public only sees published nodes). */
function existing(scope: Scope, type: NodeType | undefined): string {
  const slugs = type ? world.slugs(type, scope.publicOnly) : [];
  return slugs.length ? scope.tape.pick(slugs) : 'no-such-thing';
}

/** The working link list of `owner` for `kind`. */
async function listOf(kind: LinkKind, owner: string): Promise<string[]> {
  return (await world.list(kind)).get(owner) ?? [];
}

/** A valid `LinkInput`, `UnlinkInput` or `ReorderLinksInput`. */
async function linkInput(name: string, scope: Scope): Promise<string> {
  const { tape } = scope;
  const kindValue = tape.pick(Object.keys(linkModels)) as LinkKind;
  const model = linkModels[kindValue];
  const kind = kindValue.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
  const lists = await world.list(kindValue);
  const parts: Record<string, string> = { kind };
  const owners = world.slugs(model.from[1]);
  if (name === 'LinkInput') {
    const from = owners.length ? tape.pick(owners) : 'no-such-thing';
    const taken = new Set([from, ...(lists.get(from) ?? [])]);
    const free = world.slugs(model.to[1]).filter((s) => !taken.has(s));
    parts.from = print(from);
    parts.to = print(free.length ? tape.pick(free) : from);
    if (tape.chance(3)) parts.position = String(tape.next((lists.get(from)?.length ?? 0) + 1));
    if (kindValue === 'roleSkill' && tape.chance(2))
      parts.level = tape.pick(['CORE', 'SUPPORTING']);
    if (kindValue === 'specialismRole' && tape.chance(3)) parts.primary = 'true';
  } else {
    const minimum = name === 'ReorderLinksInput' ? 2 : 1;
    const withLinks = owners.filter((o) => (lists.get(o)?.length ?? 0) >= minimum);
    const from = tape.pick(withLinks.length ? withLinks : [...owners, 'no-such-thing']);
    const list = await listOf(kindValue, from);
    parts.from = print(from);
    if (name === 'UnlinkInput' || name === 'UpdateLinkInput')
      parts.to = print(list.length ? tape.pick(list) : from);
    if (name === 'UpdateLinkInput') {
      if (kindValue === 'specialismRole') parts.primary = 'true';
      else parts.level = tape.pick(['CORE', 'SUPPORTING']);
    }
    if (name === 'ReorderLinksInput')
      parts.order = print(tape.some(list, list.length, list.length));
  }
  // The optimistic lock is optional; when given, it is the owner's version as just read.
  const version = world.node(model.from[1], JSON.parse(parts.from) as string)?.version;
  if (version !== undefined && tape.chance(2)) parts.version = String(version);
  const inputType = schema.getType(name);
  if (!isInputObjectType(inputType)) throw new Error(`no input type ${name}`);
  const fields = inputType.getFields();
  return `{ ${Object.entries(parts)
    .map(([k, v]) => `${k}: ${leaf(fields[k].type, scope, () => v)}`)
    .join(', ')} }`;
}

/** A valid value for the argument `name` of type `type`, given the choices made so far. */
async function valid(name: string, type: GraphQLInputType, scope: Scope): Promise<string> {
  const { tape } = scope;
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    switch (named.name) {
      case 'LinkInput':
      case 'UnlinkInput':
      case 'UpdateLinkInput':
      case 'ReorderLinksInput':
        return linkInput(named.name, scope);
      case 'WebhookInput':
        return `{ url: "https://hooks.example.com/fuzz", secret: "a-secret-of-sixteen-or-more", events: ${print(
          tape.some(['PUBLISHED', 'UNPUBLISHED', 'DELETED', 'ENQUIRY'], 1, 4),
          true,
        )} }`;
      case 'EnquiryInput': {
        const specialism = existing({ ...scope, publicOnly: true }, 'specialism');
        const roles = (await world.list('specialismRole')).get(specialism) ?? [];
        return `{ name: "Jo Fuzz", email: "jo@company.example", company: "Fuzz Ltd", specialism: ${print(
          specialism,
        )}, roles: ${print(tape.some(roles, 0, 3))}, message: "We are hiring two people next quarter.", consent: true }`;
      }
      default:
        return contentInput(named.getFields(), scope, named.name.endsWith('UpdateInput'));
    }
  }
  if (isEnumType(named)) {
    if (name === 'type') {
      const value = tape.pick(named.getValues()).name;
      scope.type = value.toLowerCase() as NodeType;
      return value;
    }
    return tape.pick(named.getValues()).name;
  }
  switch (name) {
    case 'slug': {
      // Deletes mostly take what the fuzzer made, and leave three of the real nodes of each type,
      // so the real content is not worn away.
      if (scope.field.startsWith('delete') && scope.type) {
        const all = world.slugs(scope.type);
        const made = all.filter((s) => s.startsWith('fuzz-'));
        const real = all.filter((s) => !s.startsWith('fuzz-'));
        if (made.length && (real.length <= 3 || !tape.chance(4))) return print(tape.pick(made));
      }
      // Unpublishing needs a published node.
      const published = scope.field === 'unpublish' || scope.publicOnly;
      const slug = existing({ ...scope, publicOnly: published }, scope.type);
      scope.chosen.slug = slug;
      return print(slug);
    }
    case 'slugs':
      return print(tape.some(world.slugs('role', scope.publicOnly), 1, 4));
    case 'version': {
      const node = scope.type && world.node(scope.type, String(scope.chosen.slug));
      return String(node ? node.version : 1);
    }
    case 'force':
      return tape.chance(2) ? 'true' : 'false';
    case 'code':
      return print('an-unknown-one-time-code');
    case 'id':
      if (scope.field === 'cancelScheduled') return String(tape.next(5) + 1);
      return scope.field === 'restoreRevision'
        ? String(world.revisions.length ? tape.pick(world.revisions).id : 1)
        : print(world.webhooks.length ? tape.pick(world.webhooks) : '1');
    case 'webhook':
      return world.webhooks.length ? print(tape.pick(world.webhooks)) : 'null';
    case 'locale':
    case 'inLocale':
      return print(tape.pick(world.locales));
    case 'path':
      return print(tape.pick(world.paths));
    case 'first':
    case 'last':
      return String(tape.pick([0, 1, 2, 5, 20, 100]));
    case 'after':
    case 'before': {
      const pool = [...(world.cursors.get(scope.connection ?? '') ?? [])];
      return pool.length ? print(tape.pick(pool)) : 'null';
    }
    case 'limit':
      return String(tape.pick([1, 10, 50, 500]));
    case 'at':
      // Scheduled an hour ahead, or a moment ago (due at once).
      return print(new Date(Date.now() + tape.pick([3_600_000, -1000])).toISOString());
    case 'withLinked':
      return tape.chance(2) ? 'true' : 'false';
    case 'fields': {
      // A title-like field every type has in some form: the JSON scalar takes an object literal.
      const field = scope.type === 'faq' ? 'question' : scope.type === 'hub' ? 'city' : 'name';
      return `{ ${field}: ${print(text(tape, field))} }`;
    }
    case 'query':
      return print(tape.pick(['kubernetes', 'pyth', 'ml enginer', 'London', 'robot']));
    case 'email':
      // A new address to invite; the existing user for everything else.
      return print(scope.field === 'inviteUser' ? `fuzz-${++sequence}@example.com` : FUZZ_USER);
    case 'password':
      return print('a fuzzed passphrase, long enough');
    case 'name':
      return print('Fuzz User');
    case 'role':
    case 'skill':
    case 'technology':
    case 'hub':
    case 'industry':
    case 'specialism':
      return print(existing(scope, name));
    case 'category':
      return print(tape.pick(scope.type ? world.values(scope.type, 'category') : ['x']));
    case 'kind':
      return print(tape.pick(world.values('employer', 'kind')));
    case 'country':
    case 'region':
      return print(tape.pick(world.values('hub', name)));
    default:
      return junk(type, tape);
  }
}

/** Arguments are chosen in this order, so a slug follows its type and a version its slug. */
const ORDER = ['type', 'slug', 'version'];
const rank = (a: GraphQLArgument) => (ORDER.includes(a.name) ? ORDER.indexOf(a.name) : 9);

async function args(
  list: readonly GraphQLArgument[],
  scope: Scope,
  returns?: GraphQLNamedType,
): Promise<string> {
  const { tape } = scope;
  const sorted = [...list].sort((a, b) => rank(a) - rank(b));
  // A page goes one way: `first` (and `after`) or `last` (and `before`), never both.
  const direction = tape.pick(['forward', 'backward', 'none']);
  const paging: Record<string, boolean> = {
    first: direction === 'forward',
    after: direction === 'forward' && tape.chance(2),
    last: direction === 'backward',
    before: direction === 'backward' && tape.chance(2),
  };
  const given = sorted.filter((a) =>
    isNonNullType(a.type)
      ? true
      : a.name in paging
        ? scope.hostile
          ? tape.chance(3)
          : paging[a.name]
        : tape.chance(3),
  );
  const inner: Scope = { ...scope, chosen: {}, connection: returns?.name };
  const parts: string[] = [];
  for (const a of given) {
    const value = await valid(a.name, a.type, inner);
    parts.push(`${a.name}: ${leaf(a.type, inner, () => value)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

async function selection(type: GraphQLNamedType, scope: Scope, depth: number): Promise<string> {
  if (!(isObjectType(type) || isInterfaceType(type))) return '';
  const { tape } = scope;
  const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  const count = 1 + tape.next(3);
  for (let i = 0; i < count; i++) chosen.add(tape.pick(fields));
  const parts: string[] = [];
  for (const field of chosen) {
    const named = getNamedType(field.type);
    const inner =
      isObjectType(named) || isInterfaceType(named)
        ? depth >= 4
          ? '{ __typename }'
          : `{ ${await selection(named, scope, depth + 1)} }`
        : '';
    parts.push(`${field.name}${await args(field.args, scope, named)} ${inner}`);
  }
  return `__typename ${parts.join(' ')}`;
}

/** Token-only queries: the public is refused them, so a valid call sends an admin token. */
const TOKEN_ONLY = new Set([
  'auditLog',
  'enquiries',
  'applications',
  'webhooks',
  'webhookDeliveries',
  'revisions',
]);

async function operation(
  kind: 'query' | 'mutation',
  tape: Tape,
): Promise<{ text: string; auth: RequestAuth; hostile: boolean }> {
  const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = tape.pick(Object.values(root.getFields()));
  const hostile = tape.chance(3);
  let auth: RequestAuth =
    kind === 'mutation' || TOKEN_ONLY.has(field.name)
      ? as.admin
      : tape.pick([as.public, as.preview, as.admin]);
  if (hostile && tape.chance(3)) auth = tape.pick([as.public, as.viewer, as.preview]);
  const scope: Scope = {
    tape,
    hostile,
    field: field.name,
    type: typeOfField(field.name),
    publicOnly: !auth.preview && kind === 'query',
    chosen: {},
  };
  const named = getNamedType(field.type);
  const inner =
    isObjectType(named) || isInterfaceType(named) ? `{ ${await selection(named, scope, 1)} }` : '';
  const text = `${kind} { ${field.name}${await args(field.args, scope, named)} ${inner} }`;
  return { text, auth, hostile };
}

/** How the operations of one test ended: ran without an error, or the first error's code. */
class Outcomes {
  runs = 0;
  executed = 0;
  hostile = 0;
  hostileExecuted = 0;
  readonly failed = new Map<string, number>();
  note(result: Result<unknown>, hostile: boolean) {
    this.runs++;
    if (hostile) this.hostile++;
    const code = result.errors?.length ? String(result.errors[0].extensions?.code) : undefined;
    if (!code) {
      this.executed++;
      if (hostile) this.hostileExecuted++;
    } else this.failed.set(code, (this.failed.get(code) ?? 0) + 1);
  }
  /** Whether at least half the operations built to be valid ran without an error. */
  get mostValidRan(): boolean {
    return (this.executed - this.hostileExecuted) * 2 >= this.runs - this.hostile;
  }

  report(what: string): string {
    const failed = [...this.failed].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`);
    const valid = this.runs - this.hostile;
    return (
      `fuzz: ${this.runs} random ${what}, ${this.executed} executed without an error ` +
      `(${this.executed - this.hostileExecuted} of ${valid} built valid, ` +
      `${this.hostileExecuted} of ${this.hostile} hostile); failed: ${failed.join(', ') || 'none'}`
    );
  }
}

const tapes = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 60, maxLength: 60 });

async function fuzz(kind: 'query' | 'mutation', numRuns: number): Promise<Outcomes> {
  const outcomes = new Outcomes();
  await fc.assert(
    fc.asyncProperty(tapes, async (values) => {
      await world.refresh();
      const { text, auth, hostile } = await operation(kind, new Tape(values));
      // A public query is answered the same compiled as by graphql-js, errors included.
      if (kind === 'query' && auth === as.public) await both.compare({ body: { query: text } });
      const result = await run(app, text, {}, auth);
      outcomes.note(result, hostile);
      world.noteCursors(result.data);
      const internal = (result.errors ?? []).filter(
        (e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR',
      );
      expect(internal, text).toEqual([]);
    }),
    { numRuns },
  );
  console.log(outcomes.report(kind === 'query' ? 'queries' : 'mutations'));
  return outcomes;
}

describe('fuzzing with operations built from the schema', () => {
  beforeAll(async () => {
    const found = (await run(app, '{ locales { code } pages { path } }')).data as {
      locales: { code: string }[];
      pages: { path: string }[];
    };
    world.locales = found.locales.map((l) => l.code);
    world.paths = found.pages.map((p) => p.path);
    // Cursors the API issued, to page on from.
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      const named = getNamedType(field.type);
      if (!named.name.endsWith('Connection')) continue;
      const text = `{ ${field.name}(first: 3) { __typename edges { __typename cursor } } }`;
      world.noteCursors((await run(app, text, {}, as.admin)).data);
    }
  });

  it('no random query gives an internal error (public, preview and admin); most run', async () => {
    const outcomes = await fuzz('query', 400);
    expect(outcomes.mostValidRan, outcomes.report('queries')).toBe(true);
    // The public ones were also sent over HTTP both ways; the compiled path answered some.
    const stats = both.compiledApp.compiled!.stats;
    console.log(`fuzz: public queries both ways, compiled path ${JSON.stringify(stats)}`);
    expect(stats.answeredCompiled).toBeGreaterThan(0);
  }, 120_000);

  // Minutes, not seconds: most of these now run, and a publish or delete of a widely linked node
  // works out the affected pages twice through the database (about a second each on SQLite).
  it('no random mutation gives an internal error (with an admin token); most run', async () => {
    // Hostile operations are built to be refused; of those built valid, most must run (the
    // rest meet real refusals: a CONFLICT, an unknown one-time code, a user not yet invited).
    const outcomes = await fuzz('mutation', 300);
    expect(outcomes.mostValidRan, outcomes.report('mutations')).toBe(true);
  }, 300_000);
});
