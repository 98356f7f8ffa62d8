// The disk under a folder, as PostgreSQL's commits meet it: how long one 8 KB write followed by
// fdatasync takes (what a commit waits for with synchronous_commit on and fsync on), sampled every
// 3 ms for `seconds`. `npm run bench:server` prints it beside the writes' p99: with group commit, a
// sync that stalls for 100 ms holds every write that arrives meanwhile (200 of them at 2,000/s).
//   node scripts/disk-sync.mjs [dir] [seconds]
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** fdatasync latency in `dir` (ms): p50, p99, p99.9, max, and how many syncs took over 20 ms. */
export function syncLatency(dir = tmpdir(), seconds = 5) {
  const at = mkdtempSync(join(dir, 'taiwa-sync-'));
  const fd = openSync(join(at, 'probe'), 'w');
  const block = Buffer.alloc(8192, 1);
  const ms = [];
  try {
    const end = performance.now() + seconds * 1000;
    while (performance.now() < end) {
      writeSync(fd, block);
      const t = performance.now();
      fdatasyncSync(fd);
      ms.push(performance.now() - t);
      Atomics.wait(pause, 0, 0, 3);
    }
  } finally {
    closeSync(fd);
    rmSync(at, { recursive: true, force: true });
  }
  ms.sort((a, b) => a - b);
  const q = (p) => Number(ms[Math.min(ms.length - 1, Math.floor(ms.length * p))].toFixed(2));
  return { dir, syncs: ms.length, p50: q(0.5), p99: q(0.99), p999: q(0.999), max: Number(ms.at(-1).toFixed(1)), over20Ms: ms.filter((x) => x > 20).length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(syncLatency(process.argv[2], Number(process.argv[3] ?? 10))));
}
