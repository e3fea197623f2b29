import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { pino } from 'pino';
import { initOrm, migrate, type Orm } from '../src/db/orm.js';
export { countStatements } from '../src/db/statements.js';
import { noteLeak } from './setup/no-leaks.js';
import { createApp, type App, type AppOptions } from '../src/server/app.js';
import type { RequestAuth } from '../src/server/auth.js';
import { TokenRole } from '../src/auth/actor.js';
import { seedFromDir } from '../src/seed/index.js';
import type { ContentSet } from '../src/seed/content-set.js';
import { loadContent } from '../src/seed/load.js';
import { ENGINE, freshTarget } from './engine.js';

/**
 * The shipped content, which the content tests check for qualities, never exact counts. Set
 * `RG_TEST_CONTENT_DIR` to run them over another folder (say, a copy of content-seed/ with a
 * fourth specialism added) and see that they still hold.
 */
export const CONTENT_DIR = process.env.RG_TEST_CONTENT_DIR ?? 'content-seed';
export const silentLogger = pino({ level: 'silent' });

/** A fresh database with every migration applied: in-memory SQLite, or a new PostgreSQL schema. */
export async function emptyOrm(): Promise<Orm> {
  const orm = await initOrm(freshTarget());
  await migrate(orm);
  return orm;
}

/** A fresh in-memory database loaded from a seed folder (the real content by default). */
export async function seededOrm(dir = CONTENT_DIR): Promise<Orm> {
  const orm = await emptyOrm();
  await seedFromDir(orm.em, dir);
  return orm;
}

/** A fresh in-memory database loaded with a content set built in code. */
export async function ormWith(content: ContentSet): Promise<Orm> {
  const orm = await emptyOrm();
  await loadContent(orm.em, content);
  return orm;
}

export const TEST_SITE = {
  url: 'https://jobs.example.com',
  name: 'Example Talent',
  locale: 'en_GB',
};

export function testApp(orm: Orm, options: Partial<AppOptions> = {}): Promise<App> {
  return createApp({ orm, logger: silentLogger, site: TEST_SITE, ...options });
}

export interface Result<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export const as = {
  public: { actor: { kind: 'public' }, preview: false } as RequestAuth,
  viewer: {
    actor: { kind: 'token', name: 'test-viewer', role: TokenRole.VIEWER },
    preview: false,
  } as RequestAuth,
  preview: {
    actor: { kind: 'token', name: 'test-viewer', role: TokenRole.VIEWER },
    preview: true,
  } as RequestAuth,
  editor: {
    actor: { kind: 'token', name: 'test-editor', role: TokenRole.EDITOR },
    preview: false,
  } as RequestAuth,
  admin: {
    actor: { kind: 'token', name: 'test-admin', role: TokenRole.ADMIN },
    preview: false,
  } as RequestAuth,
};

/** Runs an operation through Apollo's full pipeline (no HTTP), as a request would. */
export async function run<T, V extends Record<string, unknown>>(
  app: App,
  document: TypedDocumentNode<T, V> | string,
  variables?: V,
  auth: RequestAuth = as.public,
  clientKey = 'test-client',
): Promise<Result<T>> {
  const query = typeof document === 'string' ? document : undefined;
  const response = await app.apollo.executeOperation<T, V>(
    query ? { query, variables } : { query: document as TypedDocumentNode<T, V>, variables },
    { contextValue: app.context({ auth, clientKey }) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const result = response.body.singleResult as Result<T>;
  if (result.errors?.length) noteLeak('executeOperation', JSON.stringify(result.errors));
  return result;
}

/** Runs an operation and fails the test if it returned errors. */
export async function data<T, V extends Record<string, unknown>>(
  app: App,
  document: TypedDocumentNode<T, V> | string,
  variables?: V,
  auth: RequestAuth = as.public,
): Promise<T> {
  const result = await run(app, document, variables, auth);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

export function codes(result: Result<unknown>): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}

/** Every row of every content table, to compare the database before and after an operation. */
export async function snapshot(orm: Orm): Promise<Record<string, unknown[]>> {
  const connection = orm.em.getConnection();
  const schema = orm.config.get('schema') ?? 'public';
  const tables = (await connection.execute(
    ENGINE === 'sqlite'
      ? "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != 'mikro_orm_migrations' order by name"
      : `select table_name as name from information_schema.tables where table_schema = '${schema}' and table_name != 'mikro_orm_migrations' order by table_name`,
  )) as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables)
    out[name] = await connection.execute(
      ENGINE === 'sqlite'
        ? `select * from \`${name}\` order by id`
        : `select * from "${schema}"."${name}" order by id`,
    );
  return out;
}
