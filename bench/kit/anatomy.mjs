#!/usr/bin/env node
// `node bench/kit/anatomy.mjs [n]`: what n instances (default 500) of the picker, the rater and `sl-rating`
// cost the page, in figures that do not depend on the machine's load: DOM nodes and layout objects
// per instance (CDP Performance.getMetrics deltas over one mount), and how many style recalcs and
// layouts the mount took. Beside them, as a guide only (they move with the load), the style, layout
// and script seconds Chromium reports for the mount, and one full relayout at a new width.
import puppeteer from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { buildPages, serve } from './harness.mjs';

const N = Number(process.argv[2] ?? 500);
const PAGES = ['render-picker', 'render-rater', 'render-sl-rating'];
const out = await mkdtemp(join(tmpdir(), 'taiwa-anatomy-'));
await buildPages(out, { only: PAGES });
const server = await serve(out);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const result = { n: N, machine: 'durations move with the load; counts do not' };
try {
  for (const page of PAGES) {
    const tab = await browser.newPage();
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    await tab.goto(`http://127.0.0.1:${server.port}/${page}/${page}.html`);
    const before = await metrics(cdp);
    // The mount ends at the frame after updateComplete; the layout after it is forced, so it is counted.
    await tab.evaluate((n) => window.__mount(n).then((host) => void host.offsetHeight), N);
    const after = await metrics(cdp);
    const d = (k) => after[k] - before[k];
    const relayoutMs = await tab.evaluate(() => {
      const host = document.body.lastElementChild;
      host.style.width = '701px';
      const start = performance.now();
      void host.offsetHeight;
      return performance.now() - start;
    });
    result[page] = {
      nodesPerInstance: +(d('Nodes') / N).toFixed(1),
      layoutObjectsPerInstance: +(d('LayoutObjects') / N).toFixed(1),
      recalcStyleCount: d('RecalcStyleCount'),
      layoutCount: d('LayoutCount'),
      styleMs: Math.round(d('RecalcStyleDuration') * 1000),
      layoutMs: Math.round(d('LayoutDuration') * 1000),
      scriptMs: Math.round(d('ScriptDuration') * 1000),
      relayoutMs: Math.round(relayoutMs),
    };
    await tab.close();
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
  await rm(out, { recursive: true, force: true });
}
