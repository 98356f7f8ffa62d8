#!/usr/bin/env node
// The browser build for pages with no build step (`npm run build:cdn`): vite in library mode, every
// element's define module as an entry (found from custom-elements.json, so a new element is an entry
// without anyone listing it), plus `define` (every tag) and `index` (the API: adapters, classes).
// Shared code (Lit, the base element, the model) goes to chunks beside them, so it loads once and
// class checks between elements hold.
//   dist/cdn/      Lit bundled in: one <script type="module" src=".../cdn/define.js"> is enough.
//   dist/cdn-lit/  Lit left external (`lit`, `lit-html`, `lit-element`, `@lit/reactive-element`):
//                  for hosts that share their own Lit through an import map (README).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'vite';
import { elementsOf, readManifest } from './manifest-elements.mjs';

const root = resolve(import.meta.dirname, '..');

/** Entry name → source file: define, index and one per element of the manifest. */
export function cdnEntries(manifest = readManifest(resolve(root, 'custom-elements.json'))) {
  const entries = { define: resolve(root, 'src/define.ts'), index: resolve(root, 'src/index.ts') };
  for (const el of elementsOf(manifest)) {
    const define = resolve(root, dirname(el.module), 'define.ts');
    if (!existsSync(define)) throw new Error(`${el.tagName}: no define.ts beside ${el.module}`);
    entries[`elements/${el.tagName.replace(/^taiwa-/, '')}`] = define;
  }
  return entries;
}

const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/;

/** Builds one CDN folder; resolves with rollup's output (the chunks and what each imports). */
export async function buildOne(outDir, external) {
  return build({
    configFile: false,
    root,
    logLevel: 'warn',
    // Lit's production build, and no `process` in a browser with no bundler.
    resolve: { conditions: ['browser', 'production', 'import', 'module', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      copyPublicDir: false,
      lib: { entry: cdnEntries(), formats: ['es'] },
      rollupOptions: {
        external: external ? (id) => LIT.test(id) : [],
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildOne(resolve(root, 'dist/cdn'), false);
  await buildOne(resolve(root, 'dist/cdn-lit'), true);
  // stderr: npm pack --json (pack-check) reads stdout, and prepack runs this.
  console.error('Wrote dist/cdn/ (Lit bundled) and dist/cdn-lit/ (Lit external, for an import map).');
}
