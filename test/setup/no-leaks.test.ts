import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../../src/db/orm.js';
import type { App } from '../../src/server/app.js';
import { seedFromDir } from '../../src/seed/index.js';
import { ENGINE } from '../engine.js';
import { as, codes, emptyOrm, run, testApp } from '../helpers.js';
import { LEAK, noteLeak, takeLeaks } from './no-leaks.js';

// The leak detector's own test: it must fire on every database message it lists, in a GraphQL
// result and in an HTTP answer (where the message sits inside JSON, its quotes escaped), and
// stay quiet on the error answers the API gives on purpose.

/** PostgreSQL's own words (as PostgreSQL 16 puts them), without the SQL the driver puts first. */
const POSTGRES_MESSAGES = [
  'duplicate key value violates unique constraint "role_slug_unique"',
  'insert or update on table "role_skill" violates foreign key constraint "role_skill_role_id_foreign"',
  'null value in column "name" of relation "role" violates not-null constraint',
  'relation "rol" does not exist',
  'column "nmae" does not exist',
  'syntax error at or near "selec"',
  'Key (slug)=(mlops-engineer) already exists.',
  'Failing row contains (2, null).',
];

let server: Server;
let origin: string;
/** What the stand-in server answers next. */
let next = { status: 500, body: '' };

beforeAll(async () => {
  server = createServer((_req, res) =>
    res.writeHead(next.status, { 'content-type': 'application/json' }).end(next.body),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** An error answer as the API would give it, with `message` where a careless handler puts it. */
const errorBody = (message: string) =>
  JSON.stringify({
    errors: [{ message, locations: [{ line: 1, column: 3 }], extensions: { code: 'X' } }],
    data: null,
  });

/** Whether the detector records `message` in each place it looks, forgetting what it saw. */
async function fires(message: string) {
  takeLeaks();
  noteLeak('executeOperation', errorBody(message));
  const inResult = takeLeaks().length === 1;
  next = { status: 500, body: errorBody(message) };
  await (await fetch(`${origin}/graphql`)).text();
  const inFailedAnswer = takeLeaks().length === 1;
  next = { status: 200, body: errorBody(message) };
  await (await fetch(`${origin}/graphql`)).text();
  const inAnswerWithErrors = takeLeaks().length === 1;
  return { inResult, inFailedAnswer, inAnswerWithErrors };
}

const everywhere = { inResult: true, inFailedAnswer: true, inAnswerWithErrors: true };
const nowhere = { inResult: false, inFailedAnswer: false, inAnswerWithErrors: false };

describe('the leak detector', () => {
  it.each(POSTGRES_MESSAGES)('fires on PostgreSQL saying: %s', async (message) => {
    expect(await fires(message)).toEqual(everywhere);
  });

  describe(`on what ${ENGINE} itself says`, () => {
    let orm: Orm;
    beforeAll(async () => {
      orm = await emptyOrm();
      await orm.em
        .getConnection()
        .execute('create table leak_probe (id integer primary key, name text not null)');
      await orm.em.getConnection().execute("insert into leak_probe values (1, 'one')");
    });
    afterAll(() => orm.close());

    it.each([
      ['a missing table', 'select * from leak_probes'],
      ['a missing column', 'select nmae from leak_probe'],
      ['a syntax error', 'selec 1'],
      ['a duplicate key', "insert into leak_probe values (1, 'again')"],
      ['a null in a required column', 'insert into leak_probe values (2, null)'],
    ])('fires on %s', async (_what, sql) => {
      const error = await orm.em
        .getConnection()
        .execute(sql)
        .then(
          () => undefined,
          (e: unknown) => e as Error & { detail?: string },
        );
      expect(error, sql).toBeInstanceOf(Error);
      // The driver puts the statement first ("<sql> - <message>"): the database's words follow.
      const own = error!.message.slice(error!.message.indexOf(' - ') + 3);
      expect(own).not.toContain(sql);
      expect(await fires(own), own).toEqual(everywhere);
      if (error!.detail) expect(await fires(error!.detail), error!.detail).toEqual(everywhere);
    });
  });

  describe('stays quiet on the errors the API gives on purpose', () => {
    let orm: Orm;
    let app: App;
    beforeAll(async () => {
      orm = await emptyOrm();
      await seedFromDir(orm.em, 'test/fixtures/seed/base');
      app = await testApp(orm);
    });
    afterAll(async () => {
      await app.stop();
      await orm.close();
    });

    it.each([
      [
        'an unknown field (with locations: line, column)',
        '{ nope }',
        as.public,
        'GRAPHQL_VALIDATION_FAILED',
      ],
      [
        'a delete refused while linked (details name each relation)',
        'mutation { deleteRole(slug: "platform-engineer", force: false) { slug } }',
        as.editor,
        'CONFLICT',
      ],
      [
        'an input that breaks a rule',
        'mutation { createSkill(input: { slug: "Not A Slug", name: "", category: "x" }) { slug } }',
        as.editor,
        'BAD_USER_INPUT',
      ],
      [
        'an update of a missing node',
        'mutation { updateRole(slug: "no-such-role", version: 1, input: { name: "x" }) { slug } }',
        as.editor,
        'NOT_FOUND',
      ],
    ])('%s', async (_what, query, auth, code) => {
      takeLeaks();
      const result = await run(app, query, {}, auth);
      expect(codes(result)).toEqual([code]);
      expect(takeLeaks()).toEqual([]);
      expect(await fires(JSON.stringify(result.errors))).toEqual(nowhere);
    });
  });

  it('matches none of these ordinary words', () => {
    for (const text of ['a relation between roles', 'column', 'selected for the key role'])
      expect(text).not.toMatch(LEAK);
  });
});
