#!/usr/bin/env node
// Fails when the committed custom-elements.json differs from what the analyzer writes now, or when
// a `--taiwa-*` token that src/ reads is documented nowhere in it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { missingTokens, readSources } from './tokens.mjs';

// The token check must be able to fail: a fixture with one undocumented token proves it does.
const fixture = missingTokens(
  { 'a.styles.ts': 'css`:host { --_x: var(--taiwa-documented, 1px); gap: var( --taiwa-forgotten, 2px); }`' },
  { modules: [{ declarations: [{ name: 'A', cssProperties: [{ name: '--taiwa-documented' }] }] }] },
);
if (fixture.length !== 1 || fixture[0].name !== '--taiwa-forgotten') {
  console.error(`The token check does not catch an undocumented token (found ${JSON.stringify(fixture)}).`);
  process.exit(1);
}

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
  const missing = missingTokens(readSources('src'), JSON.parse(fresh));
  if (missing.length > 0) {
    for (const { name, file } of missing) console.error(`${name} (read in ${file}) is not documented: add an @cssproperty line.`);
    process.exit(1);
  }
  console.log('custom-elements.json is up to date and documents every --taiwa-* token src/ reads.');
} finally {
  rmSync(OUT, { recursive: true, force: true });
}
