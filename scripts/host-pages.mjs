#!/usr/bin/env node
// The host pages, tried as a portal team would: `npm run build:cdn` and the React host bundled with
// esbuild (test/react/app.tsx, React rendering before taiwa/define), then a plain static file
// server (no transforms, no module resolution) and headless Chromium. On test/cdn/no-build.html
// (Lit bundled, one module script), test/cdn/shared-lit.html (the host's Lit through an import map)
// and test/react/index.html the member rates a 1on1 with the keyboard alone and sends it; every
// request is answered, no error is thrown, and classes are shared (one provider class, the host's
// LitElement); in React the adapter set before the upgrade is the provider's adapter after it.
// Usage: npm run test:hosts [-- --no-build]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const SERVED = ['dist/cdn/', 'dist/cdn-lit/', 'dist/react-host/', 'themes/', 'node_modules/', 'test/cdn/', 'test/react/index.html'];
const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

if (!process.argv.includes('--no-build')) {
  execFileSync('node', [join(root, 'scripts/build-cdn.mjs')], { stdio: 'inherit' });
  await build({
    entryPoints: [join(root, 'test/react/app.tsx')],
    outdir: join(root, 'dist/react-host'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['browser', 'production'],
    logLevel: 'warning',
  });
}

/** A static server: files under SERVED as they are on disk, 404 for anything else. */
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^\/+/, '');
  const file = join(root, path);
  const ok =
    SERVED.some((dir) => path.startsWith(dir)) &&
    (() => {
      try {
        return statSync(file).isFile();
      } catch {
        return false;
      }
    })();
  if (!ok) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, timeout: 120_000 });
const problems = [];
try {
  for (const [page, kind] of [
    ['cdn/no-build.html', 'cdn'],
    ['cdn/shared-lit.html', 'shared-lit'],
    ['react/index.html', 'react'],
  ]) {
    const tab = await browser.newPage();
    const fail = (what) => problems.push(`${page}: ${what}`);
    tab.on('pageerror', (e) => fail(`uncaught ${e.message}`));
    tab.on('console', (m) => m.type() === 'error' && fail(`console error: ${m.text()}`));
    tab.on('response', (r) => r.status() >= 400 && fail(`${r.status()} ${r.url()}`));
    await tab.goto(`${base}/test/${page}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.cdnCheck, { timeout: 30000 });
    const checks = await tab.evaluate(() => ({ ...window.cdnCheck, adapter: undefined, submitted: undefined }));
    if (!checks.sameProvider) fail('the provider class of define.js is not the one index.js exports');
    if (kind === 'react') {
      if (!checks.renderedBeforeDefine) fail('React did not render before the tags were defined');
      if (checks.attributeBefore !== null || checks.attributeAfter !== null) fail(`the provider got adapter="${checks.attributeBefore}"`);
      if (!checks.adapterKept) fail('provider.adapter is not the object React was given');
    }
    if (kind === 'shared-lit' && !checks.hostLit) fail("the kit's elements do not extend the host's LitElement");
    // The rater rendered its overall scale: strings, catalogue and session loaded through chunks.
    await tab.waitForFunction(
      () => document.querySelector('taiwa-satisfaction-rater')?.shadowRoot?.querySelectorAll('input[name="overall"]').length === 5,
      { timeout: 30000 },
    );
    const active = () =>
      tab.evaluate(() => {
        const el = document.querySelector('taiwa-satisfaction-rater');
        const a = el.shadowRoot.activeElement;
        return a ? `${a.localName}:${a.getAttribute('name') ?? a.getAttribute('part') ?? ''}` : '';
      });
    await tab.keyboard.press('Tab');
    if ((await active()) !== 'input:overall') fail(`Tab from the page start focuses ${await active()}, not the overall scale`);
    await tab.keyboard.press('Space');
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('ArrowRight');
    const value = await tab.evaluate(() => document.querySelector('taiwa-satisfaction-rater').value);
    if (value !== '3') fail(`after Space and two ArrowRight the value is ${JSON.stringify(value)}, not "3"`);
    for (let i = 0; i < 12 && (await active()) !== 'button:submit'; i++) await tab.keyboard.press('Tab');
    if ((await active()) !== 'button:submit') fail('Tab never reaches the submit button');
    await tab.keyboard.press('Enter');
    await tab
      .waitForFunction(() => document.querySelector('taiwa-satisfaction-rater').matches(':state(submitted)'), { timeout: 15000 })
      .catch(() => {
        fail('Enter on the submit button did not send the rating');
      });
    const saved = await tab.evaluate(async () => (await window.cdnCheck.adapter.query('feedback', {})).map((f) => f.overall));
    if (JSON.stringify(saved) !== '[3]') fail(`the adapter holds ratings ${JSON.stringify(saved)}, not [3]`);
    if (kind === 'react') {
      const sent = await tab.evaluate(() => window.cdnCheck.submitted.map((f) => f.overall));
      if (JSON.stringify(sent) !== '[3]') fail(`onTaiwaSubmit got ${JSON.stringify(sent)}, not [3]`);
    }
    await tab.close();
    console.log(`host-pages: ${page} ${problems.some((p) => p.startsWith(page)) ? 'FAILED' : 'ok'}`);
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log('host-pages: the no-build page, the shared-Lit page and the React host run the member rating by keyboard.');
