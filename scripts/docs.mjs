#!/usr/bin/env node
// The docs site (`npm run docs`): a static folder, dist/docs/, with an overview from the README, the
// quick start, a page per element of custom-elements.json (description, a live example in Japanese
// and English, attributes, properties, events, slots, parts, CSS properties, states), the adapter
// guide (docs/adapters.md) and the HTTP contract (docs/contract.md and every path of openapi.json).
// The live examples' script (docs/site/live.ts) is built with vite, as a host would (its Workers
// included). `--serve [--port N]` serves the folder afterwards (default port 4317).
import { build as esbuild } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { contractReference } from './docs-contract.mjs';
import { elementPage, eventDetails } from './docs-elements.mjs';
import { markdown, shell } from './docs-render.mjs';
import { serveStatic } from './docs-serve.mjs';
import { elementsOf, readManifest, themeTokens } from './manifest-elements.mjs';

const root = resolve(import.meta.dirname, '..');
export const OUT = join(root, 'dist/docs');

/** The examples' spec (docs/site/examples.ts), bundled for Node and imported. */
async function loadExamples() {
  const out = join(root, 'dist/.docs-examples.mjs');
  await esbuild({
    entryPoints: [join(root, 'docs/site/examples.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

async function buildLiveScript() {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    resolve: { conditions: ['browser', 'production', 'import', 'module', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    worker: { format: 'es' },
    build: {
      outDir: join(OUT, 'assets'),
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: { live: join(root, 'docs/site/live.ts') }, formats: ['es'] },
      rollupOptions: { output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  });
}

/** Every page of the site: its path, title and body (HTML). */
export async function pages() {
  const manifest = readManifest(join(root, 'custom-elements.json'));
  const elements = elementsOf(manifest);
  const { EXAMPLES, markupOf } = await loadExamples();
  const details = eventDetails(root);
  const tokens = themeTokens(manifest).map((t) => ({ name: t.name, default: t.default, description: t.description ?? '' }));
  const read = (path) => readFileSync(join(root, path), 'utf8');
  const md = (path, page) => markdown(read(path), { from: path, page });
  const list = [
    { page: 'index.html', title: 'Overview', body: md('README.md', 'index.html') },
    { page: 'quick-start.html', title: 'Quick start', body: md('docs/quick-start.md', 'quick-start.html') },
    { page: 'adapters.html', title: 'Writing an adapter', body: md('docs/adapters.md', 'adapters.html') },
    {
      page: 'contract.html',
      title: 'HTTP contract',
      body: md('docs/contract.md', 'contract.html') + contractReference(JSON.parse(read('openapi.json'))),
    },
  ];
  for (const el of elements) {
    const spec = EXAMPLES[el.tagName];
    const ex = spec && { ...spec, markup: markupOf(el.tagName, spec) };
    list.push({
      page: `elements/${el.tagName.replace(/^taiwa-/, '')}.html`,
      title: el.tagName,
      body: elementPage(el, { ex, details, tokens }),
      script: ex ? 'assets/live.js' : undefined,
      tag: el.tagName,
      example: Boolean(ex),
      shows: spec?.shows,
    });
  }
  return { list, tags: elements.map((e) => e.tagName) };
}

export async function buildDocs() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'elements'), { recursive: true });
  mkdirSync(join(OUT, 'themes'), { recursive: true });
  mkdirSync(join(OUT, 'assets'), { recursive: true });
  const { list, tags } = await pages();
  for (const p of list) writeFileSync(join(OUT, p.page), shell({ ...p, elements: tags }));
  for (const f of readdirSync(join(root, 'themes')).filter((f) => f.endsWith('.css')))
    copyFileSync(join(root, 'themes', f), join(OUT, 'themes', f));
  copyFileSync(join(root, 'docs/site/site.css'), join(OUT, 'assets/site.css'));
  await buildLiveScript();
  return list;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const list = await buildDocs();
  console.error(`docs: wrote ${list.length} pages to dist/docs/`);
  if (process.argv.includes('--serve')) {
    const i = process.argv.indexOf('--port');
    const port = i > 0 ? Number(process.argv[i + 1]) : 4317;
    const server = await serveStatic(OUT, port);
    console.error(`docs: http://127.0.0.1:${server.address().port}/index.html (Ctrl-C stops)`);
  }
}
