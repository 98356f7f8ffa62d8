// The write path's first writes after a start, warm-up on and off (TAIWA_WARM), on PostgreSQL
// (fsync and synchronous_commit on) and PGlite: how long the server takes to say ready, then
// writes in chunks of 500 (100 connections, as many as the bench's, each write a unique id and key,
// a verified token), each chunk's server CPU time per write (from /proc: a figure a busy machine
// moves far less than latency) and its p99. A cold write path shows in the first chunks' CPU per
// write against the last ones'. Prints one JSON object; wall-clock figures are noisy on a shared machine.
//   node scripts/bench-server-cold.mjs [--chunks 6] [--starts 2] [--backends postgres,pglite]
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { backend, buildServer, cpuShare, PEOPLE, provision, pulseWrites, tokenFor } from './bench-server-proc.mjs';
import { startCluster } from './pg-cluster.mjs';

const { values } = parseArgs({
  options: {
    chunks: { type: 'string', default: '6' },
    starts: { type: 'string', default: '2' },
    backends: { type: 'string', default: 'postgres,pglite' },
  },
});
const CHUNK = 500;
const removeBundle = await buildServer();
const cluster = await startCluster({ fast: false });
const out = { note: 'Shared machine: the ready times and p99 are noisy; CPU per write much less so.', runs: [] };
try {
  for (const name of values.backends.split(',')) {
    for (let start = 0; start < Number(values.starts); start++) {
      for (const warm of ['1', '0']) {
        const dir = name === 'pglite' ? mkdtempSync(join(tmpdir(), 'taiwa-cold-')) : undefined;
        const server = backend({ ...(dir ? { TAIWA_DATA_DIR: join(dir, 'data') } : { DATABASE_URL: cluster.url }), TAIWA_WARM: warm });
        try {
          const t0 = performance.now();
          await server.start();
          const readyMs = Math.round(performance.now() - t0);
          await provision(server.port, PEOPLE);
          const tokens = await Promise.all(PEOPLE.slice(1).map((p) => tokenFor(p.id)));
          const chunks = [];
          for (let c = 0; c < Number(values.chunks); c++) {
            const share = cpuShare({ server: () => [server.pid] });
            const result = await autocannon({
              url: `http://127.0.0.1:${server.port}`,
              connections: 100,
              amount: CHUNK,
              requests: [pulseWrites(tokens, `c${start}-${warm}-${c}-`)],
            });
            const { cpuMs } = share();
            chunks.push({
              serverCpuMsPerWrite: Math.round((100 * (cpuMs.server ?? 0)) / CHUNK) / 100,
              p99: result.latency.p99,
              errors: result.errors + result.timeouts + result.non2xx,
            });
          }
          out.runs.push({ backend: name, start, warm: warm === '1', readyMs, chunks });
          console.error(JSON.stringify(out.runs.at(-1)));
        } finally {
          await server.stop();
          if (dir) rmSync(dir, { recursive: true, force: true });
        }
      }
    }
  }
} finally {
  cluster.stop();
  await removeBundle();
}
console.log(JSON.stringify(out, null, 2));
