#!/usr/bin/env node
// Fails when the committed custom-elements.json differs from what the analyzer writes now.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const OUT = '.cem-check';
const committed = existsSync('custom-elements.json') ? readFileSync('custom-elements.json', 'utf8') : '';
try {
  // The analyzer resolves --outdir against the working directory.
  execFileSync('npx', ['cem', 'analyze', '--outdir', OUT], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(`${OUT}/custom-elements.json`, 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(OUT, { recursive: true, force: true });
}
