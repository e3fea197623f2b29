// Builds the Studio (the editors' web app) into dist/studio, served by `rolegraph serve` at
// /studio/. Preact through Vite's own JSX transform (no Babel); React-only names map to
// preact/compat should a library ask for them.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: '/studio/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
    ],
  },
  build: {
    outDir: resolve(here, '../../dist/studio'),
    emptyOutDir: true,
    target: 'es2022',
    // The build prints its own budget line (scripts/studio-size.mjs).
    reportCompressedSize: false,
    assetsInlineLimit: 0,
  },
  logLevel: 'warn',
});
