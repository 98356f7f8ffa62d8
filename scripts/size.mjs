#!/usr/bin/env node
// Builds each public entry minified with code splitting and prints one JSON object of gzipped bytes:
// one key per element entry (the element alone, Lit included) and "kit" for what `taiwa/define`
// loads up front. "Up front" is the entry chunk plus every chunk it imports statically; lazily
// imported chunks (locale strings, catalogue, validation, hint texts) load later and are listed on
// stderr with --verbose. With --check, exits non-zero when an entry is over its budget.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssLiteralsPlugin } from './css-literals.mjs';

const BUDGET = { kit: 22000, 'topic-picker': 11000, default: 12000 };
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
      upFront: sizes[name],
      lazyChunks: js.filter((f) => !upFront.has(f)).map((f) => ({ file: relative(dir, f), gzip: gz([f]) })),
    };
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

console.log(JSON.stringify(sizes, null, 2));
if (process.argv.includes('--verbose')) console.error(JSON.stringify(details, null, 2));
if (process.argv.includes('--check')) {
  const over = Object.entries(sizes).filter(([k, v]) => v > (BUDGET[k] ?? BUDGET.default));
  for (const [k, v] of over) console.error(`${k}: ${v} bytes gzipped, over its budget of ${BUDGET[k] ?? BUDGET.default}`);
  if (over.length) process.exit(1);
}
