#!/usr/bin/env node
// Runs every bench/*.bench.ts in headless Chromium and prints one JSON object to stdout:
//   { "<name>": <what the bench returned>, ... }   (name = file name without `.bench.ts`)
//
// The convention for a bench module: it default-exports `async () => object` (JSON-serialisable).
// The harness bundles it with esbuild (bundle, minify, esm), serves it from 127.0.0.1 on a random
// port, and calls it in a fresh page. A bench fails the run (exit code 1) when it throws, when the
// page reports an uncaught error, or when its result has `pass: false` (a missed target).
//
// Usage: npm run bench [-- <name filter> ...]   e.g. `npm run bench -- strengths`
// Progress goes to stderr, so stdout stays one JSON object.
import { build } from 'esbuild';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';
import { serve } from '../bench/kit/harness.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const benchDir = join(root, 'bench');
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const log = (...args) => console.error('[bench]', ...args);

async function main() {
  const files = (await readdir(benchDir)).filter((f) => f.endsWith('.bench.ts')).sort();
  const names = files.map((f) => basename(f, '.bench.ts')).filter((n) => filters.length === 0 || filters.some((f) => n.includes(f)));
  if (names.length === 0) throw new Error(`No bench matches ${filters.join(', ') || 'bench/*.bench.ts'}.`);
  const executablePath = findChrome();
  if (!executablePath) throw new Error('No Chromium found: install chromium or set CHROME_PATH.');

  const out = await mkdtemp(join(tmpdir(), 'taiwa-bench-'));
  let server;
  let browser;
  try {
    await build({
      entryPoints: {
        ...Object.fromEntries(names.map((n) => [n, join(benchDir, `${n}.bench.ts`)])),
        // The Worker the IndexedDB adapter starts with `new URL('./strengths-worker.js', import.meta.url)`.
        'strengths-worker': join(root, 'src/adapters/strengths-worker.ts'),
        // And the drivers Worker (`driversInWorker`, src/adapters/drivers-in-worker.ts).
        'drivers-worker': join(root, 'src/adapters/drivers-worker.ts'),
      },
      outdir: out,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      tsconfig: join(root, 'tsconfig.json'),
      conditions: ['browser', 'production'],
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    await writeFile(
      join(out, 'index.html'),
      '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>Taiwa bench</title>',
    );

    server = await serve(out);
    const { port } = server;

    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      protocolTimeout: 15 * 60 * 1000,
      args: CHROME_ARGS,
    });
    log(`${await browser.version()}, ${names.length} bench(es)`);

    const results = {};
    let failed = false;
    for (const name of names) {
      const page = await browser.newPage();
      const pageErrors = [];
      page.on('pageerror', (err) => pageErrors.push(String(err?.message ?? err)));
      page.on('console', (msg) => {
        if (msg.type() === 'error') pageErrors.push(msg.text());
        else log(`${name}: ${msg.text()}`);
      });
      try {
        await page.goto(`http://127.0.0.1:${port}/index.html`);
        log(`${name}: running…`);
        const result = await page.evaluate(async (url) => {
          const mod = await import(url);
          if (typeof mod.default !== 'function') throw new Error(`${url} has no default-exported function`);
          return await mod.default();
        }, `/${name}.js`);
        if (pageErrors.length > 0) throw new Error(pageErrors.join('\n'));
        results[name] = result;
        if (result && result.pass === false) {
          failed = true;
          log(`${name}: missed its target`);
        } else {
          log(`${name}: done`);
        }
      } catch (err) {
        failed = true;
        results[name] = { error: String(err?.message ?? err) };
        log(`${name}: failed: ${err?.message ?? err}`);
      } finally {
        await page.close();
      }
    }
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return failed ? 1 : 0;
  } finally {
    await browser?.close();
    await server?.close();
    await rm(out, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('[bench]', err?.stack ?? err);
    process.exit(1);
  },
);
