#!/usr/bin/env node
// The lowest zod that package.json allows, tested: installs that version into a scratch folder,
// bundles the model (src/model, the conformance fixtures, the strengths arithmetic) with `zod`
// aliased to it, and runs the model's schema checks over the bundle in Node. Part of `npm test`.
//
//   node scripts/zod-floor.mjs            the floor of the `zod` range in package.json
//   node scripts/zod-floor.mjs 4.1.5      another version
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const range = pkg.dependencies.zod;
const floor = process.argv[2] ?? /^[\^~>=]*\s*(\d+\.\d+\.\d+)/.exec(range)?.[1];
const what = process.argv[2] ? `zod ${floor} (package.json allows "${range}")` : `zod ${floor} (the floor of "${range}")`;
if (!floor) throw new Error(`zod-floor: cannot read the lowest version of the zod range "${range}"`);

const scratch = join(tmpdir(), `taiwa-zod-${floor}`);
const zodDir = join(scratch, 'node_modules', 'zod');
let installed;
try {
  installed = JSON.parse(readFileSync(join(zodDir, 'package.json'), 'utf8')).version;
} catch {
  installed = undefined;
}
if (installed !== floor) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--prefix', scratch, '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', `zod@${floor}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const entry = `
export { recordSchemas, CatalogOverride } from './src/model/schemas.ts';
export { parseRecord, parseRecords } from './src/model/validate.ts';
export { resolveCatalog } from './src/model/catalog.ts';
export { StrengthMapSchema } from './src/model/insights.ts';
export { computeStrengths } from './src/insights/strengths.ts';
export { RECORD_KINDS } from './src/model/records.ts';
export { fixtures } from './src/testing/fixtures.ts';
`;
const out = join(scratch, 'model.mjs');
const result = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'model-entry.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: out,
  alias: { zod: zodDir },
  metafile: true,
  logLevel: 'warning',
});
const zodInputs = Object.keys(result.metafile.inputs).filter((p) => p.includes('node_modules/zod'));
assert.ok(
  zodInputs.length > 0 && zodInputs.every((p) => resolve(root, p).startsWith(zodDir)),
  `the bundle must use zod ${floor} only, got ${zodInputs.filter((p) => !resolve(root, p).startsWith(zodDir)).slice(0, 3)}`,
);

const m = await import(pathToFileURL(out).href);
const checks = [];
const check = (name, run) => checks.push({ name, run });

check('every kind: a complete and a minimal record parse unchanged', () => {
  const f = m.fixtures('floor');
  for (const kind of m.RECORD_KINDS) {
    for (const record of [f.full[kind], f.minimal[kind]]) {
      const parsed = m.parseRecord(kind, record);
      assert.ok(parsed.ok, `${kind} ${record.id}: ${parsed.ok ? '' : parsed.error.message}`);
      assert.deepEqual(parsed.value, record);
    }
  }
});

check('a bad field is named, with its dotted path', () => {
  const f = m.fixtures('floor');
  const field = (kind, record) => {
    const parsed = m.parseRecord(kind, record);
    assert.equal(parsed.ok, false, `${kind} should be refused`);
    return parsed.error.field;
  };
  assert.equal(field('feedback', { ...f.full.feedback, overall: 11 }), 'overall');
  assert.equal(field('feedback', { ...f.full.feedback, items: [{ ...f.full.feedback.items[0], styleMatch: 'maybe' }] }), 'items.0.styleMatch');
  assert.equal(field('agenda', { ...f.full.agenda, items: [{ ...f.full.agenda.items[0], memoVisibility: 'public' }] }), 'items.0.memoVisibility');
  assert.equal(field('session', { ...f.full.session, createdAt: 'yesterday' }), 'createdAt');
  assert.equal(field('agenda', { ...f.full.agenda, nextDate: '2026-02-01T00:00:00Z' }), 'nextDate');
  assert.equal(field('pulse', { ...f.full.pulse, month: '2026-13' }), 'month');
  assert.equal(field('level', { ...f.full.level, level: 7 }), 'level');
  assert.equal(field('hint-mark', { ...f.full['hint-mark'], hintId: '' }), 'hintId');
  assert.equal(field('session', { ...f.full.session, managerId: undefined }), 'managerId');
  assert.ok(m.parseRecord('session', { ...f.full.session, createdAt: '2026-01-01T09:00:00+09:00' }).ok, 'an offset date-time is valid');
  assert.equal(m.parseRecord('meeting', f.full.session).ok, false);
});

check('a list keeps the valid records beside the invalid ones', () => {
  const f = m.fixtures('floor');
  const { records, errors } = m.parseRecords('pulse', [f.full.pulse, { id: 'bad', growth: 'lots' }, f.minimal.pulse]);
  assert.deepEqual(records.map((r) => r.id), [f.full.pulse.id, f.minimal.pulse.id]);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].recordId, 'bad');
});

check('a catalogue override resolves, and a bad entry is skipped with an error', async () => {
  assert.equal(m.CatalogOverride.safeParse({ topics: [{ id: 'okr', label: { ja: '目標', en: 'OKRs' } }] }).success, true);
  assert.equal(m.CatalogOverride.safeParse({ topics: [{ id: 'okr', label: 3 }] }).success, false);
  const { value, errors } = await m.resolveCatalog('en', [{ topics: [{ id: 'okr', label: { en: 'OKRs' } }, { id: '', label: 'x' }] }]);
  assert.equal(value.topics[0].label, 'OKRs');
  assert.ok(value.topics.some((t) => t.id === 'career'), 'the defaults stay');
  assert.equal(errors.length, 1);
});

check('a computed strength map passes its schema', () => {
  const f = m.fixtures('floor');
  const feedback = Array.from({ length: 9 }, (_, i) => ({ ...f.full.feedback, id: `fb-${i}`, items: [{ ...f.full.feedback.items[0], rating: 1 + (i % 5) }] }));
  const map = m.computeStrengths(feedback, { managerId: f.manager });
  const parsed = m.StrengthMapSchema.safeParse(map);
  assert.ok(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0]));
});

let failed = 0;
for (const c of checks) {
  try {
    await c.run();
  } catch (err) {
    failed++;
    console.error(`✗ ${c.name}\n  ${err.message}`);
  }
}
if (failed) {
  console.error(`${what}: ${failed} of ${checks.length} model checks failed.`);
  process.exit(1);
}
console.log(`${what}: ${checks.length} model checks passed.`);
