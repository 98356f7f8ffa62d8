// CPU per write of the database, by batch size: a figure a busy machine moves little (CPU time, not
// wall-clock). A throwaway PostgreSQL (fsync and synchronous_commit on), the server's own write code
// (server/records.ts putRecord: the one-statement write, group-committed by server/write-batch.ts),
// `writes` pulses per batch size, each batch queued in one turn of the event loop so it is one
// statement; batch size 1 is the old path (one statement and one commit per write). Prints the
// PostgreSQL processes' CPU ms per write and this process's (the server's share of the write path
// below HTTP) for each size. The whole HTTP write is `npm run bench:server -- --only writes`.
//   node scripts/bench-write-cpu.mjs [--writes 4000] [--sizes 1,10,50,200]
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { childrenOf, cpuShare } from './bench-server-proc.mjs';
import { startCluster } from './pg-cluster.mjs';

const { values } = parseArgs({ options: { writes: { type: 'string', default: '4000' }, sizes: { type: 'string', default: '1,10,50,200' } } });
const writes = Number(values.writes);
const { openDb } = await tsImport('../server/db.ts', import.meta.url);
const { migrate } = await tsImport('../server/migrate.ts', import.meta.url);
const { putRecord } = await tsImport('../server/records.ts', import.meta.url);
const cluster = await startCluster({ fast: false });
const out = { note: 'CPU time per write (load-independent-ish; a busy machine still inflates it a little).', sizes: [] };
try {
  const db = await openDb({ databaseUrl: cluster.url, poolSize: 10 });
  await migrate(db);
  for (const size of values.sizes.split(',').map(Number)) {
    const pulse = (i) => ({
      id: `s${size}-${i}`,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      memberId: `m-${i % 97}`,
      managerId: 'boss',
      month: '2025-03',
      growth: 1 + (i % 5),
    });
    const share = cpuShare({ database: () => [cluster.pid(), ...childrenOf(cluster.pid())], node: () => [process.pid] });
    const start = performance.now();
    for (let i = 0; i < writes; i += size) {
      const batch = Array.from({ length: Math.min(size, writes - i) }, (_, j) => pulse(i + j));
      const answers = await Promise.all(batch.map((r) => putRecord(db, 'bench', 'pulse', r.id, JSON.stringify(r), `k-${r.id}`)));
      if (answers.some((a) => a.status !== 201)) throw new Error(`a write failed: ${JSON.stringify(answers.find((a) => a.status !== 201))}`);
    }
    const ms = performance.now() - start;
    const { cpuMs } = share();
    out.sizes.push({
      batch: size,
      writes,
      databaseCpuMsPerWrite: Math.round((100 * cpuMs.database) / writes) / 100,
      nodeCpuMsPerWrite: Math.round((100 * cpuMs.node) / writes) / 100,
      wallMsPerWrite: Math.round((1000 * ms) / writes) / 1000,
    });
  }
  await db.close();
} finally {
  cluster.stop();
}
console.log(JSON.stringify(out, null, 2));
