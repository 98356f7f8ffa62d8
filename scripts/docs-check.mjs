#!/usr/bin/env node
// The docs in headless Chromium (`npm run test:docs`, part of `npm test`): builds dist/docs/, serves
// it from a plain static server, and on every page checks that it loads with no console error, no
// uncaught exception and no failed request; that each live example renders its content (a text it
// shows, inside the widgets' shadow roots) in Japanese and in English after the language switch;
// that the page is axe-clean in each language; and that every link between pages reaches a page.
// Then the quick start's code blocks run in the host projects (scripts/docs-hosts.mjs).
// Prints "Docs tests | N passed, N failed" (read by .ci/run). Usage: [--no-build] [--pages-only | --hosts-only] [--types] [--timing]
// (--types: also `tsc --strict` over the quick start's TypeScript blocks, ~10 s of CPU more)
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { buildDocs, OUT, pages } from './docs.mjs';
import { detailOf, elementPage, eventDetails } from './docs-elements.mjs';
import { elementsOf, readManifest } from './manifest-elements.mjs';
import { markdown } from './docs-render.mjs';
import { runHosts } from './docs-hosts.mjs';
import { serveStatic } from './docs-serve.mjs';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const results = [];
const test = async (name, fn) => {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true, ms: Date.now() - t0 });
  } catch (err) {
    results.push({ name, ok: false, why: err.message, ms: Date.now() - t0 });
    console.error(`✗ ${name}\n    ${err.message.split('\n').join('\n    ')}`);
  }
};

/** The text of a node with every open shadow root inside it, without styles and scripts. */
function deepText(node) {
  const walk = (n) => {
    let t = '';
    if (n.shadowRoot) t += walk(n.shadowRoot);
    for (const c of n.childNodes) {
      if (c.nodeType === 3) t += c.data;
      else if ((c.nodeType === 1 && !['STYLE', 'SCRIPT'].includes(c.nodeName)) || c.nodeType === 11) t += ` ${walk(c)}`;
    }
    return t;
  };
  return walk(node).replace(/\s+/g, ' ');
}

/** axe over the page, or over the live example alone (`context`: a selector). */
async function axe(tab, context) {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.addScriptTag({ content: AXE });
  const violations = await tab.evaluate(
    async (context) =>
      (await window.axe.run(context ? document.querySelector(context) : document, { resultTypes: ['violations'] })).violations,
    context,
  );
  if (violations.length) {
    throw new Error(
      violations
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        )
        .join('\n'),
    );
  }
}

async function checkPage(browser, base, p, links) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (e) => problems.push(`uncaught ${e.message}`));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  tab.on('requestfailed', (r) => problems.push(`failed ${r.url()}`));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  try {
    await test(`${p.page} loads without errors`, async () => {
      await tab.goto(`${base}/${p.page}`, { waitUntil: 'load' });
      if (p.example) await tab.waitForFunction(() => document.querySelector('.stage')?.dataset.ready, { timeout: 30000, polling: 100 });
      for (const href of await tab.$$eval('a[href]', (as) => as.map((a) => a.href))) links.add(href.split('#')[0]);
      if (problems.length) throw new Error(problems.join('\n'));
    });
    for (const locale of p.example ? ['ja', 'en'] : [null]) {
      if (locale) {
        await test(`${p.page}: the live example renders in ${locale}`, async () => {
          await tab.click(`input[name="example-lang"][value="${locale}"]`);
          const want = p.shows[locale];
          // The other language's text is gone: the switch re-rendered the example, not just added to it.
          const other = p.shows[locale === 'ja' ? 'en' : 'ja'];
          const ok = await tab
            .waitForFunction(
              (fn, want, locale, other) => {
                const stage = document.querySelector('.stage');
                const text = new Function(`return (${fn})`)()(stage);
                const loading = [...stage.querySelectorAll('*')].some((e) => e.shadowRoot && e.matches(':state(loading)'));
                return (
                  stage.querySelector('taiwa-provider').getAttribute('lang') === locale &&
                  !loading &&
                  text.includes(want) &&
                  !text.includes(other) &&
                  text.trim().length > 40
                );
              },
              { timeout: 30000, polling: 100 },
              deepText.toString(),
              want,
              locale,
              other,
            )
            .then(() => true)
            .catch(() => false);
          if (!ok) {
            const text = await tab.evaluate(
              (fn) => new Function(`return (${fn})`)()(document.querySelector('.stage')),
              deepText.toString(),
            );
            throw new Error(`no "${want}", or still "${other}", in the example's text: ${JSON.stringify(text.slice(0, 300))}`);
          }
          if (problems.length) throw new Error(problems.join('\n'));
        });
      }
      // The page once; in the second language only the example changed, so only it is checked again.
      if (locale === 'en') await test(`${p.page}: the live example in en is axe-clean`, () => axe(tab, '.stage'));
      else await test(`${p.page}${locale ? ` (${locale})` : ''} is axe-clean`, () => axe(tab));
    }
  } finally {
    await tab.close();
  }
}

/** Text from the README or the manifest is written as text: raw HTML in it never becomes markup. */
async function checkEscaping() {
  await test('raw HTML in Markdown and in the manifest is written as text', async () => {
    const evil = '<img src=x onerror="alert(1)"> <script>alert(2)</script> [x](javascript:alert(3))';
    const md = markdown(`# T\n\n${evil}\n\n<div>block</div>\n`, { from: 'README.md', page: 'index.html' });
    const el = {
      tagName: 'taiwa-x',
      className: 'X',
      module: 'x.ts',
      summary: evil,
      description: evil,
      attributes: [{ name: 'a', description: evil, type: evil }],
      properties: [],
      events: [{ name: evil, type: evil, description: evil }],
      slots: [],
      parts: [{ name: evil, description: evil }],
      cssProperties: [],
      states: [],
    };
    const page = elementPage(el, { ex: undefined, details: {}, tokens: [{ name: evil, description: evil }] });
    for (const [what, out] of [
      ['markdown', md],
      ['element page', page],
    ]) {
      if (/<img\b|<script\b|<div>block/i.test(out) || /href="javascript:/i.test(out))
        throw new Error(`${what} let markup through: ${out.slice(0, 200)}`);
    }
  });
}

export async function checkDocs(browser, { build = true } = {}) {
  await checkEscaping();
  const list = build ? await buildDocs() : (await pages()).list;
  const server = await serveStatic(OUT);
  const base = `http://127.0.0.1:${server.address().port}`;
  const links = new Set();
  try {
    // Two tabs at a time: a page mostly waits (loads, IndexedDB), so two overlap well even on two cores.
    const queue = [...list];
    const worker = async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await checkPage(browser, base, p, links);
    };
    await Promise.all([worker(), worker()]);
    await test("every element's events have a detail type in the tables", async () => {
      const details = eventDetails(root);
      const missing = [];
      for (const el of elementsOf(readManifest(join(root, 'custom-elements.json')))) {
        for (const e of el.events) if (!detailOf(e.type, details)) missing.push(`${el.tagName} ${e.name} (${e.type})`);
      }
      if (missing.length) throw new Error(`no detail type found in src/events/ for ${missing.join(', ')}`);
    });
    await test('every element of the manifest has a live example', async () => {
      const missing = list.filter((p) => p.tag && !p.example).map((p) => p.tag);
      if (missing.length) throw new Error(`no example in docs/site/examples.ts for ${missing.join(', ')}`);
    });
    await test('every link between the pages reaches a page', async () => {
      const broken = [];
      for (const href of links) if (href.startsWith(base) && (await fetch(href)).status !== 200) broken.push(href.slice(base.length));
      if (broken.length) throw new Error(`broken: ${broken.join(', ')}`);
    });
  } finally {
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS, timeout: 120_000 });
  try {
    if (!process.argv.includes('--hosts-only')) await checkDocs(browser, { build: !process.argv.includes('--no-build') });
    if (!process.argv.includes('--pages-only')) await runHosts(browser, test, { types: process.argv.includes('--types') });
  } finally {
    await browser.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  if (process.argv.includes('--timing'))
    for (const r of [...results].sort((a, b) => b.ms - a.ms).slice(0, 12)) console.log(`${r.ms} ms  ${r.name}`);
  console.log(`docs: ${results.length} checks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`Docs tests | ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
