#!/usr/bin/env node
// The package a portal team installs, tried as they would: `npm pack` (which builds dist/ first),
// then the tarball installed into a fresh host project offline (dependencies from the npm cache),
// and there:
//   - every file the README names (outside its Development section), every `exports` target and
//     every module of custom-elements.json is in the package;
//   - `import 'taiwa'`, `'taiwa/define'`, `'taiwa/testing'` and each element entry resolve, in
//     Node and in a bundler (esbuild bundles the README's "Use it on a page" script);
//   - the shipped types check (tsc: records narrow per kind);
//   - the adapter written from docs/adapters.md passes the exported conformance suite (node:test).
// Usage: npm run pack:check [-- --keep]   (--keep leaves the temp folder and prints its path)
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'taiwa-pack-'));
const host = join(work, 'host');
const problems = [];
const step = (what) => console.log(`pack:check: ${what}`);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  step('npm pack (builds dist/)');
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const files = new Set(packed.files.map((f) => f.path));
  const tgz = join(work, packed.filename);

  // ------------------------------------------------------------------ what the package must hold
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const usage = readme.split(/^## Development$/m)[0];
  const named = new Set(['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/index.d.ts', 'dist/adapters/types.d.ts']);
  // Paths in links and in code spans: `src/adapters/types.ts`, `server/`, `openapi.json`, `docs/contract.md`.
  for (const [, path] of usage.matchAll(/\]\(([^)#\s:]+)\)/g)) named.add(path);
  for (const [, path] of usage.matchAll(/`((?:src|server|docs|dist)\/[\w./-]*|[\w-]+\.(?:json|md))`/g)) named.add(path);
  const walk = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(walk));
  for (const target of walk(pkg.exports)) named.add(target.replace(/^\.\//, ''));
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules ?? []) named.add(mod.path);
  // The element folders, which a wildcard export (`./*`) or a README pattern stands for.
  const elements = readdirSync(join(root, 'src/elements'));
  for (const path of named) {
    // A pattern (`NNNN_name.sql`, `*`): at least one file of that shape; a folder named without a slash: anything in it.
    const pattern = /NNNN|\*/.test(path) && new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/NNNN/g, '\\d{4}').replace(/name/g, '[\\w-]+').replace(/\*/g, '[^/]+')}$`);
    const there = pattern
      ? [...files].some((f) => pattern.test(f))
      : path.endsWith('/')
        ? [...files].some((f) => f.startsWith(path))
        : files.has(path) || [...files].some((f) => f.startsWith(`${path}/`));
    if (!there) problems.push(`the package lacks ${path}`);
  }
  if (pkg.exports['./*'])
    for (const name of elements) for (const ext of ['js', 'd.ts']) if (!files.has(`dist/elements/${name}/define.${ext}`)) problems.push(`the package lacks dist/elements/${name}/define.${ext}`);
  if ([...files].some((f) => f.startsWith('test/') || f.startsWith('node_modules/'))) problems.push('the package ships test/ or node_modules/');
  step(`${files.size} files, ${named.size} named ones checked`);

  // ------------------------------------------------------------------ a fresh host project
  step('install the tarball into a fresh host project, offline');
  rmSync(host, { recursive: true, force: true });
  execFileSync('mkdir', ['-p', host]);
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'portal', private: true, type: 'module' }, null, 2));
  const install = ['install', '--no-audit', '--no-fund', '--ignore-scripts', tgz];
  try {
    run('npm', [...install, '--offline'], host);
  } catch {
    step('not everything is in the npm cache: --prefer-offline');
    run('npm', [...install, '--prefer-offline'], host);
  }

  step('resolve the entries in Node');
  const entries = ['taiwa', 'taiwa/define', 'taiwa/testing', ...Object.keys(pkg.exports)
      // A subpath pattern (`./themes/*.css`) is checked as files above, not resolved.
      .filter((k) => !k.endsWith('.json') && k !== '.' && (k === './*' || !k.includes('*')))
      .flatMap((k) => (k === './*' ? elements.map((name) => `taiwa/${name}`) : [`taiwa/${k.slice(2)}`])),
  ];
  writeFileSync(
    join(host, 'resolve.mjs'),
    `import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const missing = [];
for (const id of ${JSON.stringify([...new Set(entries)])}) {
  const file = fileURLToPath(import.meta.resolve(id));
  if (!existsSync(file)) missing.push(id + ' -> ' + file);
}
const kit = await import('taiwa');
await import('taiwa/define');
for (const name of ['matches', 'createMemoryAdapter', 'createRestAdapter', 'parseRecord', 'TaiwaDataError', 'VERSION']) if (!(name in kit)) missing.push('taiwa exports no ' + name);
console.log(JSON.stringify(missing));
`,
  );
  const missing = JSON.parse(run('node', ['resolve.mjs'], host).trim().split('\n').pop());
  problems.push(...missing.map((m) => `entry: ${m}`));

  step('bundle the README’s “Use it on a page” script');
  const snippet = /## Use it on a page[\s\S]*?<script type="module">\n([\s\S]*?)<\/script>/.exec(readme)?.[1];
  if (!snippet) problems.push('README: no module script under "Use it on a page"');
  else {
    writeFileSync(join(host, 'page.js'), snippet);
    await build({ entryPoints: [join(host, 'page.js')], absWorkingDir: host, bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' }).catch(
      (err) => problems.push(`README snippet does not bundle: ${err.message.split('\n')[0]}`),
    );
  }

  step('type-check a host file against the shipped declarations');
  writeFileSync(
    join(host, 'types.ts'),
    `import type { Agenda, Feedback, TaiwaAdapter } from 'taiwa';
import { adapterConformance } from 'taiwa/testing';
export async function f(a: TaiwaAdapter, agenda: Agenda): Promise<Feedback[]> {
  // @ts-expect-error an agenda is not a feedback record
  await a.put('feedback', agenda);
  adapterConformance({ create: () => a });
  return a.query('feedback', { personId: 'u-1' });
}
`,
  );
  writeFileSync(
    join(host, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [] }, files: ['types.ts'] }),
  );
  try {
    run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], host);
  } catch (err) {
    problems.push(`types: ${String(err.stdout || err.message).trim().split('\n').slice(0, 5).join(' | ')}`);
  }

  step('the adapter from docs/adapters.md passes the conformance suite');
  writeFileSync(
    join(host, 'adapter.test.mjs'),
    `import { describe, it } from 'node:test';
import { checkQuery, matches, parseRecord, TaiwaDataError, RECORD_KINDS } from 'taiwa';
import { describeAdapterConformance } from 'taiwa/testing';

// The guide's createPortalAdapter over an in-memory "portal API".
function createPortalAdapter(api) {
  return {
    async put(kind, record) {
      const parsed = parseRecord(kind, record);
      if (!parsed.ok) throw parsed.error;
      await api.save(kind, parsed.value.id, parsed.value);
    },
    async query(kind, query) {
      if (!RECORD_KINDS.includes(kind)) throw new TaiwaDataError({ kind, reason: 'unknown record kind' });
      checkQuery(kind, query);
      return (await api.list(kind)).filter((r) => matches(r, query, kind));
    },
    async catalog(locale) {
      return (await api.catalogOverride(locale)) ?? undefined;
    },
  };
}
const newTestApi = () => {
  const rows = new Map();
  return {
    async save(kind, id, record) { rows.set(kind + '/' + id, structuredClone(record)); },
    async list(kind) { return [...rows].filter(([k]) => k.startsWith(kind + '/')).map(([, r]) => structuredClone(r)); },
    async catalogOverride() { return null; },
  };
};
describeAdapterConformance('portal adapter', { create: () => createPortalAdapter(newTestApi()), catalog: { ja: null, en: null } }, { describe, it });
`,
  );
  try {
    run('node', ['--test', 'adapter.test.mjs'], host);
  } catch (err) {
    problems.push(`conformance in the host: ${String(err.stdout).split('\n').filter((l) => /not ok|Error/.test(l)).slice(0, 5).join(' | ')}`);
  }
} catch (err) {
  problems.push(`${err.message.split('\n')[0]}${err.stderr ? `: ${String(err.stderr).trim().split('\n').slice(-3).join(' | ')}` : ''}`);
} finally {
  if (keep) console.log(`pack:check: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

if (problems.length) {
  console.error(`pack:check: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('pack:check: the packed package holds what the README names, resolves, type-checks, and its guide’s adapter passes the conformance suite.');
