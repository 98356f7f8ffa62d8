// Preloaded into the server process by scripts/bench-tail-probe.mjs (node --import): every 100 ms,
// the event loop's longest delay, and every GC pause over 5 ms, with wall-clock times, to a file.
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const out = process.env.TAIWA_PROBE_OUT;
const tag = process.env.TAIWA_PROBE_TAG ?? 'server';
if (out) {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  setInterval(() => {
    const max = h.max / 1e6;
    if (max > 15) appendFileSync(out, `${Date.now()} ${tag} eld ${max.toFixed(1)}\n`);
    h.reset();
  }, 100).unref();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.duration > 5)
        appendFileSync(
          out,
          `${Math.round(performance.timeOrigin + e.startTime)} ${tag} gc ${e.duration.toFixed(1)} kind=${e.detail?.kind}\n`,
        );
  }).observe({ entryTypes: ['gc'] });
}
