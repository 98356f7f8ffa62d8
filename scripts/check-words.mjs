#!/usr/bin/env node
// Fails when a user-facing string, hint, catalogue entry, demo text or README line uses a word the
// glossary replaces (評価, 提出, 上長, チェックイン, ... in Japanese; "1on1" in English prose). Each
// finding names the file, the line and the replacement. Before it reads the project it runs the
// same rules on test/fixtures/words/, which must fail exactly as expected: a checker that stopped
// finding anything fails too. `words: allow` on a line spares it (a quote, a note on the glossary).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkFile, formatFinding } from './words-rules.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

/** What the project's words live in. */
const SOURCES = ['src/i18n', 'src/model/catalog', 'src/model/hints', 'src/elements', 'demo', 'README.md'];
const TEXT = /\.(ts|html|md)$/;
const SKIP = /\.(styles|d)\.ts$/;

/**
 * The fixture and the findings it must produce, by file: line numbers and words. The files end in
 * `.fixture` so no other tool (tsc, eslint, the test server's TypeScript transform) reads them.
 */
const FIXTURE = 'test/fixtures/words';
const EXPECTED = {
  'ja.ts': ['3 評価', '4 提出', '5 上長', '6 上司', '8 チェックイン', '9 \u3007', '12 …は？'],
  'en.ts': ['3 1on1', '4 1on1'],
  'README.md': ['3 1on1', '10 評価', '11 1on1'],
  'demo.ts': ['3 ふりかえり', '3 1on1', '7 1on1'],
};

function filesUnder(path) {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true }).flatMap((d) =>
    d.name === 'node_modules'
      ? []
      : d.isDirectory()
        ? filesUnder(join(path, d.name))
        : TEXT.test(d.name) && !SKIP.test(d.name)
          ? [join(path, d.name)]
          : [],
  );
}

const check = (path) => checkFile(path, readFileSync(join(ROOT, path), 'utf8'));

// 1. The checker on its fixture: every planted word found, nothing else.
const problems = [];
for (const [name, expected] of Object.entries(EXPECTED)) {
  const text = readFileSync(join(ROOT, FIXTURE, `${name}.fixture`), 'utf8');
  const found = checkFile(join(FIXTURE, name), text).map((f) => `${f.line} ${f.word}`);
  if (found.join('\n') !== expected.join('\n'))
    problems.push(`${FIXTURE}/${name}: expected [${expected.join(', ')}], found [${found.join(', ')}]`);
}
if (problems.length) {
  console.error('check-words: the checker no longer finds what its fixture plants:');
  for (const p of problems) console.error(`  ${p}`);
  process.exit(2);
}

// 2. The project.
const findings = SOURCES.flatMap(filesUnder).flatMap((path) => check(path).map((f) => formatFinding(relative('.', join(ROOT, path)), f)));
if (findings.length) {
  console.error(`check-words: ${findings.length} word(s) the glossary replaces (/work/shared/GLOSSARY.md, README "Words"):`);
  for (const f of findings) console.error(`  ${f}`);
  process.exit(1);
}
console.log('check-words: every string follows the glossary.');
