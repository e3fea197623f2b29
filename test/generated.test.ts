import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, printAppSchema } from '../src/server/schema.js';
import { jsonSchemas } from '../src/seed/json-schema.js';
import {
  DatabaseSchema,
  type AbstractSqlConnection,
  type AbstractSqlPlatform,
  type Table,
} from '@mikro-orm/knex';
import { emptyOrm } from './helpers.js';
import { ENGINE } from './engine.js';
import { initOrm, migrate, MIGRATIONS_DIRS, type Orm } from '../src/db/orm.js';
import { migrationsList } from '../src/db/migrations/index.js';

const run = promisify(execFile);
const REGENERATE = 'run `npm run generate` and commit the result';

describe('generated files match the code', () => {
  it('schema/schema.graphql is the SDL the resolvers emit', async () => {
    const emitted = printAppSchema(await buildAppSchema());
    const committed = readFileSync('schema/schema.graphql', 'utf8');
    expect(committed, `schema/schema.graphql drifted: ${REGENERATE}`).toBe(emitted);
  });

  it('the codegen output is what codegen.yml generates from the schema and operations', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
    const outputs = (await generate({ ...config, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      expect(readFileSync(filename, 'utf8'), `${filename} drifted: ${REGENERATE}`).toBe(content);
    }
  });

  it('the schema passes graphql-schema-linter (descriptions, Relay connection spec)', async () => {
    const result = await run('node_modules/.bin/graphql-schema-linter', [
      '--format',
      'json',
      'schema/schema.graphql',
    ]).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(result.stdout) as { errors: { message: string; rule: string }[] };
    expect(report.errors.map((e) => `${e.rule}: ${e.message}`)).toEqual([]);
  });
});

describe('seed file JSON Schemas', () => {
  it("content-seed/schema/ holds the JSON Schemas generated from the loader's zod schemas", () => {
    const schemas = jsonSchemas();
    expect(readdirSync('content-seed/schema').sort()).toEqual([...schemas.keys()].sort());
    for (const [name, text] of schemas) {
      expect(
        readFileSync(join('content-seed/schema', name), 'utf8'),
        `${name} drifted: ${REGENERATE}`,
      ).toBe(text);
    }
  });

  it("every seed file names its schema for the editor's YAML language server", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? walk(join(dir, e.name))
          : e.name.endsWith('.yaml')
            ? [join(dir, e.name)]
            : [],
      );
    // Translations (`x.de-DE.yaml`) and locales.yaml are checked by `check`, with no JSON Schema.
    const files = walk('content-seed').filter(
      (f) => !/\.[a-z]{2}-[A-Z]{2}\.yaml$/.test(f) && !f.endsWith('locales.yaml'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const first = readFileSync(file, 'utf8').split('\n')[0];
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(match, file).not.toBeNull();
      expect(existsSync(join(dirname(file), match![1])), file).toBe(true);
    }
  });
});

/**
 * The tables of PostgreSQL schema `name` as they are, read from the catalogue. MikroORM's own
 * introspection reads every table of every schema in the database and only then keeps one
 * schema's: with the suite's other files working in schemas of their own meanwhile, that is
 * thousands of tables, and it once took over two minutes in a full run.
 */
async function tablesOf(orm: Orm, name: string): Promise<DatabaseSchema> {
  const connection = orm.em.getConnection() as AbstractSqlConnection;
  const platform = connection.getPlatform() as AbstractSqlPlatform;
  const helper = platform.getSchemaHelper()!;
  const migrations = orm.config.get('migrations').tableName;
  const tables = (await connection.execute(helper.getListTablesSQL(), [], 'all')) as Table[];
  const own = tables.filter((t) => t.schema_name === name && t.table_name !== migrations);
  const schema = new DatabaseSchema(platform, name);
  await helper.loadInformationSchema(schema, connection, own, [name]);
  return schema;
}

describe('migrations match the entities', () => {
  it('after every migration, the entities need no further schema change', async () => {
    const orm = await emptyOrm();
    try {
      // On PostgreSQL, only this file's own schema (other files work in theirs meanwhile).
      const schema = orm.config.get('schema');
      const diff = await orm.getSchemaGenerator().getUpdateSchemaSQL({
        wrap: false,
        ...(schema && { schema, fromSchema: await tablesOf(orm, schema) }),
      });
      expect(
        diff.trim(),
        'entities changed without a migration: run `npm run migration:create`',
      ).toBe('');
    } finally {
      await orm.close();
    }
  }, 120_000);

  // SQLite databases were deployed before PostgreSQL existed here; PostgreSQL starts at one migration.
  it.skipIf(ENGINE !== 'sqlite')(
    'upgrading keeps existing content: it becomes published, with the same lists',
    async () => {
      const orm = await initOrm({ kind: 'sqlite', file: ':memory:' });
      try {
        const [first] = migrationsList;
        await orm.getMigrator().up({ to: first.name });
        const sql = orm.em.getConnection();
        await sql.execute(
          "insert into skill (slug, name, category, created_at, updated_at) values ('go', 'Go', 'x', 1, 2)",
        );
        await sql.execute(
          `insert into role (slug, name, summary, description, primary_focus, key_difference, responsibilities,
          deliverables, teams, collaborators, backgrounds, created_at, updated_at)
         values ('dev', 'Dev', 's', 'd', 'f', 'k', '[]', '[]', '[]', '[]', '[]', 1, 5)`,
        );
        await sql.execute(
          "insert into role_skill (position, role_id, skill_id, level) values (3, 1, 1, 'core')",
        );
        await migrate(orm);
        expect(await sql.execute('select status, published_at, version, draft from role')).toEqual([
          { status: 'published', published_at: 5, version: 1, draft: null },
        ]);
        expect(
          await sql.execute(
            'select position, draft_position, in_published, in_draft from role_skill',
          ),
        ).toEqual([{ position: 3, draft_position: 3, in_published: 1, in_draft: 1 }]);
      } finally {
        await orm.close();
      }
    },
  );

  it.each(Object.values(MIGRATIONS_DIRS))('%s/index.ts lists every migration file', (dir) => {
    const files = readdirSync(dir).filter((f) => /^Migration\d+.*\.ts$/.test(f));
    const index = readFileSync(`${dir}/index.ts`, 'utf8');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(index).toContain(`name: '${file.replace(/\.ts$/, '')}'`);
  });
});
