// The kit bench's machinery, shared by `npm run bench:kit` and `npm run size`: it builds the fixture
// pages the way a host's bundler would (esbuild, minified, code splitting, CSS literals minified),
// serves them (optionally with added latency per request), and measures in headless Chromium.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cssLiteralsPlugin } from '../../scripts/css-literals.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const kit = join(root, 'bench/kit');
const src = (p) => JSON.stringify(join(root, 'src', p));
const here = (p) => JSON.stringify(join(kit, p));

/** The element fixtures (see specs.ts), by name. */
export const ELEMENTS = ['topic-picker', 'response-selector', 'satisfaction-rater', 'agenda', 'hint-panel', 'level-check-in', 'level-tracker', 'strength-map'];
const MANAGER = new Set(['strength-map']);

/** An element's export in specs.ts: `topic-picker` → `topicPicker`. */
const specName = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** A fixture page: its elements' defines, and their specs only (as a host page carries its own markup). */
const taiwaPage = (names, defines) => {
  const mine = (manager) => names.filter((n) => MANAGER.has(n) === manager).map(specName);
  const m = mine(false);
  const b = mine(true);
  return `
  ${defines.map((d) => `import ${src(d)};`).join('\n')}
  import { show } from ${here('page.ts')};
  import { ${[...m, ...b].join(', ')} } from ${here('specs.ts')};
  import { member, manager } from ${here('entry.ts')};
  ${m.length ? `show(member, [${m.join(', ')}]);` : ''}
  ${b.length ? `show(manager, [${b.join(', ')}]);` : ''}
`;
};

const peerPage = (imports, build) => `
  ${imports.map((i) => `import ${JSON.stringify(i)};`).join('\n')}
  import { whenReady } from ${here('ready.ts')};
  ${build}
`;

/** Mounts n elements of a class it defines itself: what tachometer and the heap probe time. */
const mountPage = (imports, define, make, ready) => `
  ${imports}
  import { deep } from ${here('ready.ts')};
  let defined = false;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  window.__mount = async (n) => {
    if (!defined) { ${define}; defined = true; }
    const host = document.createElement('div');
    const els = Array.from({ length: n }, () => { ${make} });
    host.append(...els);
    document.body.append(host);
    await Promise.all(els.map((e) => e.updateComplete));
    await frame();
    if (!els.every((e) => e.shadowRoot && deep(e.shadowRoot, ${JSON.stringify(ready)}))) throw new Error('not rendered');
    return host;
  };
  const n = Number(new URLSearchParams(location.search).get('n') ?? 0);
  if (n > 0) {
    const start = performance.now();
    window.__mount(n).then(() => { window.tachometerResult = performance.now() - start; });
  }
`;

export function entries() {
  const out = { seed: { file: join(kit, 'pages/seed.ts') } };
  for (const name of ELEMENTS) out[`el-${name}`] = { code: taiwaPage([name], ['elements/provider/define.ts', `elements/${name}/define.ts`]) };
  out.kit = { code: taiwaPage(ELEMENTS, ['define.ts']) };
  out['sl-rating'] = {
    code: peerPage(['@shoelace-style/shoelace/dist/components/rating/rating.js'], `
      const el = document.createElement('sl-rating'); el.value = 3; el.label = 'Rating';
      document.body.append(el); whenReady([[el, '[part~="symbol--active"], .rating__symbol--active']]);`),
  };
  out['sl-set'] = {
    code: peerPage(
      ['rating', 'radio-group', 'radio', 'checkbox', 'textarea', 'select', 'option', 'button'].map((c) => `@shoelace-style/shoelace/dist/components/${c}/${c}.js`),
      `
      const make = (tag, props = {}, kids = []) => { const el = document.createElement(tag); Object.assign(el, props); el.append(...kids); return el; };
      const els = [
        make('sl-rating', { value: 3, label: 'Rating' }),
        make('sl-radio-group', { label: 'Topic', value: 'career' }, ['work', 'relationships', 'wellbeing', 'career', 'skills', 'private', 'policy'].map((v) => make('sl-radio', { value: v }, [v]))),
        make('sl-checkbox', { checked: true }, ['Share with my manager']),
        make('sl-textarea', { label: 'Memo', value: 'A memo' }),
        make('sl-select', { label: 'Response', value: 'listen' }, ['advice', 'listen', 'opinion'].map((v) => make('sl-option', { value: v }, [v]))),
        make('sl-button', { variant: 'primary' }, ['Submit']),
      ];
      document.body.append(...els);
      whenReady(els.map((el) => [el, '[part~="base"], [part~="form-control"]']));`,
    ),
  };
  out['wa-rating'] = {
    code: peerPage(['@awesome.me/webawesome/dist/components/rating/rating.js'], `
      const el = document.createElement('wa-rating'); el.value = 3; el.label = 'Rating';
      document.body.append(el); whenReady([[el, '[part~="base"]']]);`),
  };
  out['render-picker'] = {
    code: mountPage(`import { TaiwaTopicPicker } from ${src('elements/topic-picker/topic-picker.ts')};`, `customElements.define('taiwa-topic-picker', TaiwaTopicPicker)`,
      `const e = document.createElement('taiwa-topic-picker'); e.lang = 'en'; e.setAttribute('value', 'career'); return e;`, 'input[value="career"]:checked'),
  };
  out['render-rater'] = {
    code: mountPage(`import { TaiwaSatisfactionRater } from ${src('elements/satisfaction-rater/satisfaction-rater.ts')};`, `customElements.define('taiwa-satisfaction-rater', TaiwaSatisfactionRater)`,
      `const e = document.createElement('taiwa-satisfaction-rater'); e.lang = 'en'; e.setAttribute('value', '3'); return e;`, 'input[value="3"]:checked'),
  };
  out['render-sl-rating'] = {
    code: mountPage(`import SlRating from '@shoelace-style/shoelace/dist/components/rating/rating.component.js';`, `SlRating.define('sl-rating')`,
      `const e = document.createElement('sl-rating'); e.value = 3; e.label = 'Rating'; return e;`, '.rating__symbol--active'),
  };
  return out;
}

const virtual = (all) => ({
  name: 'bench-pages',
  setup(b) {
    b.onResolve({ filter: /^page:/ }, (args) => ({ path: args.path.slice(5), namespace: 'page' }));
    b.onLoad({ filter: /.*/, namespace: 'page' }, (args) => ({ contents: all[args.path].code, loader: 'ts', resolveDir: kit }));
  },
});

/**
 * Builds each page on its own into `outdir/<name>/` (as a host page holding only that code would be
 * built), with `<name>.html` beside its entry module. `splitting: false` gives the same code as one file.
 */
export async function buildPages(outdir, { splitting = true, only, metafile = false } = {}) {
  const all = entries();
  const names = Object.keys(all).filter((n) => !only || only.includes(n));
  const metas = {};
  await Promise.all(
    names.map(async (n) => {
      const dir = join(outdir, n);
      const result = await build({
        entryPoints: { [n]: all[n].file ?? `page:${n}` },
        metafile,
        outdir: dir,
        bundle: true,
        splitting,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        legalComments: 'none',
        conditions: ['browser', 'production'],
        define: { 'process.env.NODE_ENV': '"production"' },
        tsconfig: join(root, 'tsconfig.json'),
        plugins: [cssLiteralsPlugin, virtual(all)],
        logLevel: 'error',
      });
      if (metafile) metas[n] = result.metafile;
      await writeFile(join(dir, `${n}.html`), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${n}</title><body><script type="module" src="${n}.js"></script>`);
    }),
  );
  return metafile ? metas : names;
}

/** A static server over `dir` that answers every request after `delay` ms. */
export async function serve(dir, delay = 0) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path);
    if (delay) await new Promise((r) => setTimeout(r, delay));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html' : 'application/octet-stream';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { port: server.address().port, close: () => new Promise((r) => server.close(r)) };
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * Run in the measured page before its scripts: asks the page's `window.__check` (ready.ts) at each
 * frame, setting `__content` at the first frame it holds, and after every change of the document,
 * its shadow roots included (a MutationObserver on each root as it is attached), and every `checked`
 * set on an input (a property, which no observer sees), setting `__inDom` at the first change after
 * which it holds: the task that put the content in the document, at most a frame before `__content`.
 */
function watchContent() {
  let queued = false;
  const run = () => {
    queued = false;
    if (window.__inDom === undefined && window.__check?.()) window.__inDom = performance.now();
  };
  const soon = () => {
    if (queued || window.__inDom !== undefined) return;
    queued = true;
    queueMicrotask(run);
  };
  const observer = new MutationObserver(soon);
  const watch = (root) => observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  watch(document);
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    watch(root);
    return root;
  };
  const checked = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked');
  Object.defineProperty(HTMLInputElement.prototype, 'checked', {
    ...checked,
    set(v) {
      checked.set.call(this, v);
      soon();
    },
  });
  const frame = () => {
    run();
    if (window.__inDom === undefined) requestAnimationFrame(frame);
    else window.__content = performance.now();
  };
  requestAnimationFrame(frame);
}

/**
 * Loads `page` in a fresh browser context (after the seed page wrote the records) and returns the
 * sum of the gzipped bodies of the scripts whose responses had ended when the content was first on
 * screen, the files, and the time to content from navigation start. Both moments are the page's own
 * clock (`window.__content` and each Resource Timing entry's `responseEnd`), read once every script
 * request the CDP Network saw has finished and has its entry (Chromium adds entries a little after
 * a script may already have run): so a lazy load that lands while the harness notices the content
 * is never counted, and one the content needed always is. A script counts when its response ended
 * by the frame the content was first on screen and its request began by the moment the content was
 * in the document (`__inDom`, watchContent): a load the page begins in between (an element's
 * idle-time prefetch once the last element is shown) is not the content's even when it lands
 * before that frame. (Not `responseEnd <= __inDom`: Chromium stamps a module's responseEnd up to a
 * few ms after it may have run, so that would drop a file the content needed.)
 */
export async function loadToContent(browser, origin, page, lang = 'en', { seed = true } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
    if (seed) {
      await tab.goto(`${origin}/seed/seed.html`);
      await tab.waitForFunction(() => window.__seeded === true, { timeout: 60000 });
    }
    await tab.evaluateOnNewDocument(watchContent);
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    const initiators = new Map();
    const scripts = new Map();
    const open = new Set();
    cdp.on('Network.requestWillBeSent', (e) => {
      initiators.set(e.request.url, e.initiator);
      if (!new URL(e.request.url).pathname.endsWith('.js')) return;
      scripts.set(e.requestId, e.request.url);
      open.add(e.requestId);
    });
    const settle = (e) => open.delete(e.requestId);
    cdp.on('Network.loadingFinished', settle);
    cdp.on('Network.loadingFailed', settle);
    await tab.goto(`${origin}/${page}/${page}.html?lang=${lang}`);
    await tab.waitForFunction(() => window.__content !== undefined, { timeout: 60000, polling: 'raf' }).catch((err) => {
      throw new Error(`${page} (${lang}): no content on screen${errors.length ? `: ${errors.join('; ')}` : ''} (${err.message})`);
    });
    let seen;
    for (const until = Date.now() + 60000; ; await new Promise((r) => setTimeout(r, 10))) {
      seen = await tab.evaluate(() => ({
        ms: window.__content,
        inDom: window.__inDom,
        entries: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseEnd]),
      }));
      const named = new Set(seen.entries.map(([name]) => name));
      if (open.size === 0 && [...scripts.values()].every((url) => named.has(url))) break;
      if (Date.now() > until) throw new Error(`${page} (${lang}): scripts still loading a minute after content`);
    }
    const { ms, inDom, entries } = seen;
    const before = ([name, start, end]) => start <= inDom && end > 0 && end <= ms && new URL(name).pathname.endsWith('.js');
    const urls = new Set(entries.filter(before).map(([name]) => name));
    const files = [];
    // The scripts only: the HTML page is the host's, the same for every fixture.
    for (const url of urls) {
      const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
      files.push({ file: new URL(url).pathname.slice(1), url, gzip: gz(body) });
    }
    const level = waterfall(files.map((f) => f.url), initiators);
    for (const f of files) f.level = level.get(f.url);
    return { bytes: files.reduce((a, f) => a + f.gzip, 0), files, ms, levels: Math.max(0, ...level.values()) };
  } finally {
    await context.close();
  }
}

/** A fixture's page: `kit`, or `el-<element>` for one of ELEMENTS. */
export const fixturePage = (name) => (name === 'kit' ? 'kit' : `el-${name}`);

/**
 * The load of `page` in `lang` with the median bytes to content of `loads` loads (loadToContent, one
 * fresh context each): what lands in the same frame as the content (an inner element's lazy store, a
 * prefetch racing it) can differ between loads by a file or two. `npm run size` and `npm run
 * bench:kit` both measure through it, English and Japanese alike.
 */
export async function medianToContent(browser, origin, page, lang = 'en', { loads = 3, seed = true } = {}) {
  const all = [];
  for (let i = 0; i < loads; i++) all.push(await loadToContent(browser, origin, page, lang, { seed }));
  return all.sort((a, b) => a.bytes - b.bytes)[loads >> 1];
}

/**
 * The request waterfall's depth, from the initiators Chromium reports (CDP), so it does not depend
 * on the machine's load: the page's module is level 1; a module imported statically is one level
 * below its importer; one imported with `import()` is one level below the deepest module its caller
 * needed before it could run (the caller and everything it imports statically).
 */
function waterfall(urls, initiators) {
  const known = new Set(urls);
  const parent = (url) => {
    const i = initiators.get(url);
    const from = i?.stack?.callFrames?.find((f) => known.has(f.url))?.url ?? (known.has(i?.url) ? i.url : undefined);
    return { from, dynamic: Boolean(i?.stack) };
  };
  const staticKids = new Map();
  for (const u of urls) {
    const { from, dynamic } = parent(u);
    if (from && !dynamic) staticKids.set(from, [...(staticKids.get(from) ?? []), u]);
  }
  const level = new Map();
  const levelOf = (u, seen = new Set()) => {
    if (level.has(u)) return level.get(u);
    if (seen.has(u)) return 1;
    seen.add(u);
    const { from, dynamic } = parent(u);
    const l = !from ? 1 : 1 + (dynamic ? deepest(from, seen) : levelOf(from, seen));
    level.set(u, l);
    return l;
  };
  const deepest = (u, seen) => Math.max(levelOf(u, seen), ...(staticKids.get(u) ?? []).map((k) => deepest(k, seen)));
  for (const u of urls) levelOf(u);
  return level;
}

/** Heap per instance: GC, mount one (the code and its data load), GC, measure, mount n, GC, measure. */
export async function heapPer(browser, origin, page, n) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const cdp = await tab.createCDPSession();
    await tab.goto(`${origin}/${page}/${page}.html`);
    const used = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    await tab.evaluate(() => window.__mount(1).then((h) => void h.remove()));
    const before = await used();
    await tab.evaluate((k) => window.__mount(k).then(() => undefined), n);
    const after = await used();
    return (after - before) / n;
  } finally {
    await context.close();
  }
}

export { root as projectRoot };
