#!/usr/bin/env node
// The package build: every src/**/*.ts to dist/ as an ES module (not bundled: the host's bundler
// or the browser resolves lit, idb and zod), CSS literals minified, plus type
// declarations from tsc.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cssLiteralsPlugin } from './css-literals.mjs';

const files = readdirSync('src', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join('src', f));
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: files,
  outdir: 'dist',
  outbase: 'src',
  format: 'esm',
  target: 'es2022',
  sourcemap: true,
  bundle: false,
  plugins: [cssLiteralsPlugin],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
