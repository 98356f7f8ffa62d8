#!/usr/bin/env node
// Prints one JSON object of gzipped bytes per public entry (the element alone, Lit included; "kit"
// for `taiwa/define`):
//   toContent  what a page loads until the element shows one stored record (en): the fixture pages
//              and the measurement of `npm run bench:kit` (bench/kit/harness.mjs, medianToContent),
//              so both agree; the median of three loads
//   toContentJa  the same, the same pages with the page's lang set to ja (as bench:kit's ja figures)
//   upFront    the entry chunk plus every chunk it imports statically (esbuild, minified, split);
//              lazily imported chunks are listed on stderr with --verbose, with the files loaded to
//              content per locale (toContent, toContentJa: gzipped bytes, request waterfall level
//              from CDP's initiators) and their depth (levels)
//   cdn        `npm run build:cdn`'s dist/cdn/ (Lit bundled in): what a page with no build step loads
//              up front for `cdn/define.js` (it and the chunks it imports statically), and every
//              file of the folder, each gzipped alone
// --static skips the browser (upFront and cdn only), --no-cdn skips the CDN build. With --check,
// exits non-zero when an entry's bytes to content (en or ja; not with --static) or its up-front bytes
// are over its budget.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssLiteralsPlugin } from './css-literals.mjs';

/**
 * Budgets, gzipped bytes: the figures measured when they were last set (2026-12-02), with about 2 %
 * of headroom. To content (en, the fixture pages of bench/kit) per element page and for the whole
 * kit; up front (the entry chunk and its static imports) per public entry (the action list's class
 * is small since its instance code is a part: under the default). Set after stop 29's merges (to content fell
 * on every page but the picker's, the selector's and the hint panel's, which moved by 20-30 B).
 */
const TO_CONTENT_BUDGET = {
  kit: 66250,
  'topic-picker': 18450,
  'response-selector': 18200,
  'satisfaction-rater': 24900,
  agenda: 33050,
  'hint-panel': 22250,
  'level-check-in': 19250,
  'level-tracker': 19300,
  'strength-map': 28100,
};
/** The same pages with the page's lang set to ja (`toContentJa`), set the same way. */
const TO_CONTENT_BUDGET_JA = {
  kit: 76000,
  'topic-picker': 19700,
  'response-selector': 19850,
  'satisfaction-rater': 27550,
  agenda: 36250,
  'hint-panel': 25450,
  'level-check-in': 20400,
  'level-tracker': 20750,
  'strength-map': 31150,
};
const BUDGET = {
  kit: 56100,
  agenda: 28650,
  'satisfaction-rater': 21750,
  'strength-map': 22050,
  'level-tracker': 16450,
  'hint-panel': 16950,
  'level-check-in': 16400,
  provider: 8200,
  default: 15600,
};
// One entry per element folder, as the package's `"./*"` export maps them (`taiwa/<folder>`).
const entries = { kit: 'src/define.ts' };
for (const dir of readdirSync('src/elements').sort()) {
  if (existsSync(`src/elements/${dir}/define.ts`)) entries[dir] = `src/elements/${dir}/define.ts`;
}

const out = mkdtempSync(join(tmpdir(), 'taiwa-size-'));
const sizes = {};
const details = {};
try {
  for (const [name, entry] of Object.entries(entries)) {
    const dir = join(out, name);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir: dir,
      metafile: true,
      legalComments: 'none',
      plugins: [cssLiteralsPlugin],
      logLevel: 'error',
    });
    const outputs = result.metafile.outputs;
    const entryOut = Object.keys(outputs).find((k) => outputs[k].entryPoint === entry);
    const upFront = new Set();
    const visit = (file) => {
      if (upFront.has(file)) return;
      upFront.add(file);
      for (const imp of outputs[file].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) visit(imp.path);
    };
    visit(entryOut);
    const gz = (files) => gzipSync(Buffer.concat([...files].map((f) => readFileSync(f))), { level: 9 }).length;
    const js = Object.keys(outputs).filter((f) => f.endsWith('.js'));
    sizes[name] = gz(upFront);
    details[name] = {
      ...details[name],
      upFront: sizes[name],
      lazyChunks: js.filter((f) => !upFront.has(f)).map((f) => ({ file: relative(dir, f), gzip: gz([f]) })),
    };
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

const toContent = {};
const toContentJa = {};
if (!process.argv.includes('--static')) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { CHROME_ARGS, findChrome } = await import('./find-chrome.mjs');
  const { ELEMENTS, buildPages, fixturePage, medianToContent, serve } = await import('../bench/kit/harness.mjs');
  const pages = mkdtempSync(join(tmpdir(), 'taiwa-size-pages-'));
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
  let server;
  try {
    await buildPages(pages, { only: ['seed', 'kit', ...ELEMENTS.map(fixturePage)] });
    server = await serve(pages);
    const origin = `http://127.0.0.1:${server.port}`;
    // The same fixture pages in English and with the page's lang set to ja (`?lang=ja`, as `npm run
    // bench:kit` measures Japanese); the median of three loads each.
    for (const [lang, figures, key] of [
      ['en', toContent, 'toContent'],
      ['ja', toContentJa, 'toContentJa'],
    ]) {
      for (const name of ['kit', ...ELEMENTS]) {
        const { bytes, files, levels } = await medianToContent(browser, origin, fixturePage(name), lang);
        figures[name] = bytes;
        (details[name] ??= {})[key] = { bytes, levels, files: files.map((f) => `L${f.level} ${f.gzip} ${f.file.split('/').pop()}`) };
      }
    }
  } finally {
    await browser.close();
    await server?.close();
    rmSync(pages, { recursive: true, force: true });
  }
}

const cdn = {};
if (!process.argv.includes('--no-cdn')) {
  const { buildOne } = await import('./build-cdn.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'taiwa-size-cdn-'));
  try {
    const results = [await buildOne(dir, false)].flat();
    const chunks = new Map(
      results
        .flatMap((r) => r.output)
        .filter((o) => o.type === 'chunk')
        .map((c) => [c.fileName, c]),
    );
    const gzOf = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    const staticClosure = (file, seen = new Set()) => {
      if (seen.has(file) || !chunks.has(file)) return seen;
      seen.add(file);
      for (const imp of chunks.get(file).imports) staticClosure(imp, seen);
      return seen;
    };
    for (const entry of ['define.js', 'index.js']) cdn[`${entry} up front`] = [...staticClosure(entry)].reduce((a, f) => a + gzOf(f), 0);
    cdn['every file'] = [...chunks.keys()].reduce((a, f) => a + gzOf(f), 0);
    cdn.files = chunks.size;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(JSON.stringify({ toContent, toContentJa, upFront: sizes, cdn }, null, 2));
if (process.argv.includes('--verbose')) console.error(JSON.stringify(details, null, 2));
if (process.argv.includes('--check')) {
  const over = Object.entries(sizes).filter(([k, v]) => v > (BUDGET[k] ?? BUDGET.default));
  for (const [k, v] of over) console.error(`${k}: ${v} bytes gzipped up front, over its budget of ${BUDGET[k] ?? BUDGET.default}`);
  const late = [];
  for (const [figures, budget, lang] of [
    [toContent, TO_CONTENT_BUDGET, 'en'],
    [toContentJa, TO_CONTENT_BUDGET_JA, 'ja'],
  ]) {
    for (const [k, v] of Object.entries(figures)) {
      if (budget[k] === undefined || v <= budget[k]) continue;
      late.push(k);
      console.error(`${k}: ${v} bytes gzipped to content (${lang}), over its budget of ${budget[k]}`);
    }
  }
  if (over.length || late.length) process.exit(1);
}
