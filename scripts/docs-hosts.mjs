// The quick start's code blocks, run as they are in three host projects (issue 19's "done when"):
// every block of docs/quick-start.md marked ```<lang> host=<vite|react|no-build> file=<path> is
// written to dist/docs-hosts/<host>/<path>; the Vite app and the React 19 app are built with vite's
// JS API (`taiwa`, `taiwa/define`, `taiwa/react` and `taiwa/themes/*` resolved to this repository,
// as the package's exports map resolves them), the no-build page is served beside dist/cdn/ (built
// by `npm run build:cdn` when missing or older than src/) and themes/. In headless Chromium the
// member rates a 1:1 by keyboard and sends it; each page must wear its brand theme, store the
// answer in the browser (IndexedDB), let the host's own listener see it, and log no error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';
import { infoOf } from './docs-render.mjs';
import { serveStatic } from './docs-serve.mjs';

const root = resolve(import.meta.dirname, '..');
const OUT = join(root, 'dist/docs-hosts');
export const HOSTS = ['vite', 'react', 'no-build'];

/** The marked code blocks of a Markdown text: `{ host, file, lang, code }`. */
export function hostBlocks(text) {
  const out = [];
  for (const m of text.matchAll(/^```([^\n]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
    const info = infoOf(m[1]);
    if (info.host && info.file) out.push({ host: info.host, file: info.file, lang: info.lang, code: m[2] });
  }
  return out;
}

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

function ensureCdn() {
  let built = 0;
  try {
    built = statSync(join(root, 'dist/cdn/define.js')).mtimeMs;
  } catch {
    /* not built yet */
  }
  if (built < newest(join(root, 'src'))) execFileSync('node', [join(root, 'scripts/build-cdn.mjs')], { stdio: 'inherit' });
}

/** The package's public entries, pointed at this repository's sources. */
const ALIASES = [
  { find: /^taiwa$/, replacement: join(root, 'src/index.ts') },
  { find: /^taiwa\/define$/, replacement: join(root, 'src/define.ts') },
  { find: /^taiwa\/react$/, replacement: join(root, 'src/react/index.ts') },
  { find: /^taiwa\/themes\/(.*)$/, replacement: join(root, 'themes/$1') },
  { find: /^taiwa\/(?!themes\/)([a-z-]+)$/, replacement: join(root, 'src/elements/$1/define.ts') },
];

async function buildApp(host) {
  const dir = join(OUT, host);
  await build({
    configFile: false,
    root: dir,
    base: `/${host}/`,
    logLevel: 'error',
    resolve: { alias: ALIASES, conditions: ['browser', 'production', 'import', 'module', 'default'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022', minify: false },
  });
}

/** What the theme file sets `--taiwa-color-accent` to, as `rgb(r, g, b)`. */
function accentOf(css) {
  const hex = /--taiwa-color-accent:\s*#([0-9a-f]{6})/i.exec(css)?.[1];
  if (!hex) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

// Polled on a timer, not on animation frames: a tab in the background paints no frames.
const WAIT = { timeout: 30000, polling: 100 };

/** The member flow: Tab to the overall scale, Space and two ArrowRight (3), Tab to send, Enter. */
async function memberFlow(tab) {
  const rater = 'taiwa-satisfaction-rater';
  await tab.waitForFunction(
    (r) => document.querySelector(r)?.shadowRoot?.querySelectorAll('input[name="overall"]').length === 5,
    WAIT,
    rater,
  );
  const active = () =>
    tab.evaluate((r) => {
      const a = document.querySelector(r).shadowRoot.activeElement;
      return a ? `${a.localName}:${a.getAttribute('name') ?? a.getAttribute('part') ?? ''}` : '';
    }, rater);
  await tab.bringToFront();
  await tab.keyboard.press('Tab');
  if ((await active()) !== 'input:overall') throw new Error(`Tab from the page start focuses "${await active()}", not the overall scale`);
  await tab.keyboard.press('Space');
  await tab.keyboard.press('ArrowRight');
  await tab.keyboard.press('ArrowRight');
  const value = await tab.evaluate((r) => document.querySelector(r).value, rater);
  if (value !== '3') throw new Error(`after Space and two ArrowRight the value is ${JSON.stringify(value)}, not "3"`);
  for (let i = 0; i < 12 && (await active()) !== 'button:submit'; i++) await tab.keyboard.press('Tab');
  if ((await active()) !== 'button:submit') throw new Error('Tab never reaches the submit button');
  const button = await tab.evaluate((r) => getComputedStyle(document.querySelector(r).shadowRoot.activeElement).backgroundColor, rater);
  await tab.keyboard.press('Enter');
  await tab
    .waitForFunction((r) => document.querySelector(r).matches(':state(submitted)'), WAIT, rater)
    .catch(() => Promise.reject(new Error('Enter on the submit button did not send the rating')));
  return { button };
}

/** The `overall` of every feedback record in the viewer's IndexedDB database, read without the kit. */
const storedRatings = (tab) =>
  tab.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('taiwa--u-123');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('records').objectStore('records').getAll();
          all.onsuccess = () => done(all.result.filter((e) => e.kind === 'feedback').map((e) => e.value.overall));
          all.onerror = () => fail(all.error);
        };
      }),
  );

async function runHost(browser, base, host, blocks) {
  // A fresh profile per host: the three pages share an origin, and each must start with no rating.
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const problems = [];
  const logged = [];
  tab.on('pageerror', (e) => problems.push(`uncaught ${e.message}`));
  const favicon = (url = '') => url.endsWith('/favicon.ico');
  tab.on('console', (m) => {
    if (m.type() !== 'error') logged.push(m.text());
    else if (!favicon(m.location()?.url)) problems.push(`console error: ${m.text()}`);
  });
  // The browser asks for /favicon.ico by itself; the pages are the docs' own code, without an icon.
  tab.on('response', (r) => r.status() >= 400 && !favicon(r.url()) && problems.push(`${r.status()} ${r.url()}`));
  try {
    const page = host === 'no-build' ? `/no-build/index.html` : `/${host}/index.html`;
    await tab.goto(base + page, { waitUntil: 'load' });
    const { button } = await memberFlow(tab);
    const saved = await storedRatings(tab);
    if (JSON.stringify(saved) !== '[3]') throw new Error(`IndexedDB holds ratings ${JSON.stringify(saved)}, not [3]`);
    if (!logged.some((l) => l.startsWith('sent '))) throw new Error("the host's taiwa-submit listener logged nothing");
    // The brand: the theme the blocks load sets the accent, and the rater's send button wears it.
    const theme = blocks.map((b) => /themes\/(\w+)\.css/.exec(b.code)?.[1]).find(Boolean);
    if (!theme) throw new Error('the blocks load no theme');
    const want = accentOf(readFileSync(join(root, 'themes', `${theme}.css`), 'utf8'));
    if (button !== want) throw new Error(`the send button is ${button}, not ${theme}.css's accent ${want}`);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await context.close();
  }
}

/**
 * The TypeScript blocks under `tsc --strict`, `taiwa` mapped to the sources as the exports map does.
 * About 10 s of CPU (a second whole-program check), so `--types` asks for it.
 */
function typecheck(blocks) {
  const files = blocks.filter((b) => /^tsx?$/.test(b.lang)).map((b) => `${b.host}/${b.file}`);
  const src = (p) => [`../../${p}`];
  const config = {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      jsx: 'react-jsx',
      experimentalDecorators: true,
      useDefineForClassFields: false,
      types: ['vite/client'],
      paths: {
        taiwa: src('src/index.ts'),
        'taiwa/define': src('src/define.ts'),
        'taiwa/react': src('src/react/index.ts'),
        'taiwa/*': src('src/elements/*/define.ts'),
      },
    },
    files,
  };
  writeFileSync(join(OUT, 'tsconfig.json'), JSON.stringify(config, null, 2));
  try {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(OUT, 'tsconfig.json')], { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`tsc: ${err.stdout || err.message}`);
  }
}

/** Writes, builds and runs the three hosts; `test(name, fn)` records each. */
export async function runHosts(browser, test, { types = false } = {}) {
  const blocks = hostBlocks(readFileSync(join(root, 'docs/quick-start.md'), 'utf8'));
  rmSync(OUT, { recursive: true, force: true });
  for (const b of blocks) {
    const file = join(OUT, b.host, b.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, b.code);
  }
  const built = {};
  await test('the quick start has a Vite, a React and a no-build block set, and they build', async () => {
    const missing = HOSTS.filter((h) => !blocks.some((b) => b.host === h));
    if (missing.length) throw new Error(`no blocks for ${missing.join(', ')}`);
    ensureCdn();
    for (const host of ['vite', 'react']) {
      await buildApp(host);
      built[host] = true;
    }
    built['no-build'] = true;
  });
  if (types) await test("the quick start's TypeScript blocks type-check (strict)", () => typecheck(blocks));
  const server = await serveStatic(OUT, 0, {
    '/vite/': join(OUT, 'vite/dist'),
    '/react/': join(OUT, 'react/dist'),
    '/taiwa/cdn/': join(root, 'dist/cdn'),
    '/taiwa/themes/': join(root, 'themes'),
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    for (const host of HOSTS) {
      await test(`quick start, ${host}: the member rates a 1:1 by keyboard and sends it, themed`, async () => {
        if (!built[host]) throw new Error('not built');
        await runHost(
          browser,
          base,
          host,
          blocks.filter((b) => b.host === host),
        );
      });
    }
  } finally {
    server.close();
  }
}
