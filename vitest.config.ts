import { defineConfig } from 'vitest/config';

/**
 * The suite runs on SQLite, and again on PostgreSQL when `TEST_DATABASE_URL=postgres://…` is set
 * (`.ci/run` sets it). Each test file opens databases of its own (in-memory SQLite, or a schema
 * of its own in PostgreSQL), so files run in parallel safely on both.
 */
const engines = ['sqlite', ...(process.env.TEST_DATABASE_URL ? ['postgresql'] : [])];

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql and Apollo; without this alias Vite
    // would hand our own code the .mjs build, and graphql refuses types from "another realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    // Integration suites in test/; unit tests beside the pure modules they test (`paths.test.ts`).
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Checks every error answer a test receives for leaked internals.
    // type-graphql's decorators need the metadata API in every file, unit tests included.
    setupFiles: ['reflect-metadata', 'test/setup/no-leaks.ts'],
    globalSetup: ['test/setup/global.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: engines.map((engine) => ({
      extends: true,
      test: { name: engine, env: { RG_TEST_ENGINE: engine } },
    })),
  },
});
