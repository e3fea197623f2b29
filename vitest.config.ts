import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql and Apollo; without this alias Vite
    // would hand our own code the .mjs build, and graphql refuses types from "another realm".
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Checks every error answer a test receives for leaked internals.
    setupFiles: ['test/setup/no-leaks.ts'],
    // Each test file opens its own in-memory SQLite database, so files run in parallel safely.
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
