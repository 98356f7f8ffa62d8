#!/usr/bin/env node
// `node bench/kit/trace.mjs [n] [runs]`: a Chromium trace of the render bench's pages (n pickers and
// n `sl-rating`s, default 500, the page the render probe times), summed per kind of main-thread work:
// style (UpdateLayoutTree), layout, paint (PrePaint, Paint, Layerize) and script (the script events
// less the style and layout forced inside them), inside the timed window (page start to the frame
// after updateComplete) and in all until the content is painted. Durations move with the load; the
// ratios between the two pages, taken in the same run, move much less.
import puppeteer from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { Buffer } from 'node:buffer';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';
import { buildPages, serve } from './harness.mjs';

const N = Number(process.argv[2] ?? 500);
const RUNS = Number(process.argv[3] ?? 3);
const PAGES = ['render-picker', 'render-sl-rating'];
const STYLE = new Set(['UpdateLayoutTree', 'RecalculateStyles']);
const LAYOUT = new Set(['Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'PaintImage']);
const SCRIPT = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'v8.compileModule']);

/** Sums the main thread's complete events per kind; nested events of the same kind count once. */
function sum(events, until) {
  // The main thread of the bench's page: where its HTML was parsed (the trace holds the browser's
  // own WebUI renderers too).
  const main = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url).includes('/render-'));
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
  mine.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const total = { style: 0, layout: 0, paint: 0, script: 0 };
  const kind = (n) => (STYLE.has(n) ? 'style' : LAYOUT.has(n) ? 'layout' : PAINT.has(n) ? 'paint' : SCRIPT.has(n) ? 'script' : undefined);
  // A stack of open events: an event's time counts for the innermost known kind.
  const stack = [];
  for (const e of mine) {
    if (until !== undefined && e.ts > until) break;
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const k = kind(e.name);
    if (!k) continue;
    const outer = stack.at(-1);
    if (outer && outer.k === k) continue;
    // Thread time where the trace has it: the CPU the work took, not the time it waited for a core.
    const d = e.tdur ?? e.dur;
    total[k] += d;
    if (outer) total[outer.k] -= d;
    stack.push({ ts: e.ts, dur: e.dur, k });
  }
  return Object.fromEntries(Object.entries(total).map(([k, v]) => [k, Math.round(v / 1000)]));
}

const out = await mkdtemp(join(tmpdir(), 'taiwa-trace-'));
await buildPages(out, { only: PAGES });
const server = await serve(out);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
const runs = Object.fromEntries(PAGES.map((p) => [p, []]));
try {
  for (let r = 0; r < RUNS; r++) {
    for (const page of PAGES) {
      const tab = await browser.newPage();
      // The probe's end as a trace event, to split the work inside its window from the work after.
      await tab.evaluateOnNewDocument(() => {
        let v;
        Object.defineProperty(window, 'tachometerResult', { get: () => v, set: (x) => { console.timeStamp('taiwa-end'); v = x; } });
      });
      await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink'] });
      await tab.goto(`http://127.0.0.1:${server.port}/${page}/${page}.html?n=${N}`);
      await tab.waitForFunction(() => window.tachometerResult !== undefined, { timeout: 120000 });
      // Two more frames: the content is painted after the frame the probe ends in.
      await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
      const ms = await tab.evaluate(() => window.tachometerResult);
      const { traceEvents } = JSON.parse(Buffer.from(await tab.tracing.stop()).toString("utf8"));
      const nav = traceEvents.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'taiwa-end');
      runs[page].push({ ms: Math.round(ms), inWindow: sum(traceEvents, nav?.ts), all: sum(traceEvents) });
      await tab.close();
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const med = (page) => ({
    ms: median(runs[page].map((x) => x.ms)),
    ...Object.fromEntries(['style', 'layout', 'paint', 'script'].map((k) => [k, median(runs[page].map((x) => x.all[k]))])),
    inWindow: Object.fromEntries(['style', 'layout', 'paint', 'script'].map((k) => [k, median(runs[page].map((x) => x.inWindow[k]))])),
  });
  const a = med(PAGES[0]);
  const b = med(PAGES[1]);
  const ratio = Object.fromEntries(Object.keys(a).filter((k) => k !== 'inWindow').map((k) => [k, +(a[k] / b[k]).toFixed(2)]));
  process.stdout.write(`${JSON.stringify({ n: N, runs: RUNS, machine: 'durations move with the load', picker: a, 'sl-rating': b, ratio, samples: runs }, null, 2)}\n`);
} finally {
  await browser.close();
  await server.close();
  await rm(out, { recursive: true, force: true });
}
