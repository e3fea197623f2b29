// ESLint with the TypeScript rules, and the layers of DESIGN.md enforced by
// eslint-plugin-boundaries; `npm run lint` runs it with Prettier's check.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The folders of src/, each an element the layer rules speak of. */
const LAYERS = [
  'errors',
  'config',
  'generated',
  'graphql',
  'content',
  'auth',
  'pages',
  'render',
  'search',
  'vacancies',
  'editorial',
  'webhooks',
  'enquiries',
  'accounts',
  'seed',
  'db',
  'server',
  'cli',
  'studio',
  'bench',
  'dev',
];

/**
 * What each layer may import (besides itself and packages). Imports run one way, so there are no
 * loops between folders; `typeOnly` lists layers a folder may name in types but not run.
 */
const MAY_IMPORT = {
  // The catalogue imports nothing of the project.
  errors: [],
  config: ['errors'],
  generated: [],
  // Only what resolvers need: the context type, scalars, plugins — no services or database.
  graphql: ['errors'],
  // Entities, services, resolvers: the EntityManager comes from the caller (no db, server, cli).
  content: ['errors', 'graphql'],
  auth: ['errors', 'graphql', 'content'],
  pages: ['errors', 'graphql', 'content'],
  // Page data to HTML, through a query function it is handed: no schema, no server.
  render: ['errors', 'content', 'pages', 'generated'],
  search: ['errors', 'graphql', 'content', 'pages'],
  vacancies: ['errors', 'graphql', 'content', 'pages', 'auth', 'db', 'editorial', 'webhooks'],
  editorial: ['errors', 'graphql', 'content', 'pages', 'auth', 'db', 'webhooks'],
  webhooks: ['errors', 'graphql', 'content', 'auth', 'db', 'editorial'],
  enquiries: ['errors', 'graphql', 'content', 'auth', 'db', 'editorial', 'webhooks'],
  accounts: ['errors', 'graphql', 'content', 'auth', 'db', 'editorial'],
  seed: ['errors', 'config', 'content', 'db', 'editorial', 'vacancies'],
  // The ORM factory knows every entity and the migrations.
  db: [
    'errors',
    'config',
    'content',
    'auth',
    'editorial',
    'webhooks',
    'enquiries',
    'accounts',
    'vacancies',
  ],
  // Assembles the schema and the request context: everything but the command line.
  server: LAYERS.filter((l) => l !== 'server' && l !== 'cli' && l !== 'studio'),
  cli: LAYERS.filter((l) => l !== 'cli' && l !== 'studio'),
  studio: ['generated'],
  bench: ['generated'],
  dev: [],
};
/** Layers whose types (only) may be named further down: the context type lists the services. */
const TYPES_FROM = {
  graphql: [
    'content',
    'pages',
    'auth',
    'enquiries',
    'editorial',
    'webhooks',
    'search',
    'accounts',
    'vacancies',
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'src/generated/',
      'src/studio/generated/',
      'src/db/migrations/Migration*.ts',
      'data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        TextDecoder: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map((type) => ({ type, pattern: `src/${type}` })),
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...Object.entries(MAY_IMPORT).map(([from, allowed]) => ({
              from: { element: { type: from } },
              allow: { to: { element: { types: { anyOf: [from, ...allowed] } } } },
            })),
            ...Object.entries(TYPES_FROM).map(([from, allowed]) => ({
              from: { element: { type: from } },
              allow: {
                to: { element: { types: { anyOf: allowed } } },
                dependency: { kind: 'type' },
              },
            })),
          ],
        },
      ],
    },
  },
);
