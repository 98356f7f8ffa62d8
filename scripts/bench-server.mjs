// `npm run bench:server`: writes over real HTTP to a server process (the load generator runs in
// this process, the server in its own), autocannon at a fixed overall rate, a unique record id and
// Idempotency-Key per request: on a throwaway PostgreSQL (fsync and synchronous_commit on) and on
// PGlite (persisted in a temp folder); then the strengths aggregate over generated feedback in
// PostgreSQL, cold (no precomputed table: every run computes from the records). Prints one JSON
// object. Figures on a shared machine are noisy. `npm run bench:server -- kill` runs the crash probe.
//   node scripts/bench-server.mjs [--rate 2000] [--seconds 20] [--items 1000000] [--runs 5] [--only writes,strengths]
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { backend, buildServer, get } from './bench-server-proc.mjs';
import { startCluster } from './pg-cluster.mjs';

if (process.argv[2] === 'kill') {
  process.argv.splice(2, 1);
  await import('./bench-server-kill.mjs');
} else {
  await main();
}

async function main() {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '2000' },
      seconds: { type: 'string', default: '20' },
      items: { type: 'string', default: '1000000' },
      runs: { type: 'string', default: '5' },
      connections: { type: 'string', default: '100' },
      only: { type: 'string', default: 'writes,strengths' },
    },
  });
  const rate = Number(values.rate);
  const seconds = Math.min(60, Number(values.seconds)); // each run bounded: at most 60 s of load
  const only = values.only.split(',');
  const out = {
    note: 'Shared 2-core machine (load generator, server and database on the same cores, other work running): noisy.',
    writes: [],
    strengths: [],
  };
  const removeBundle = await buildServer();
  const cluster = await startCluster({ fast: false });
  try {
    if (only.includes('writes')) {
      const pgServer = backend({ DATABASE_URL: cluster.url });
      out.writes.push(await writes(pgServer, 'postgres', rate, seconds, Number(values.connections)));
      const dir = mkdtempSync(join(tmpdir(), 'taiwa-pglite-bench-'));
      try {
        const pgliteServer = backend({ TAIWA_DATA_DIR: join(dir, 'data') });
        out.writes.push(await writes(pgliteServer, 'pglite (data folder)', rate, seconds, Number(values.connections)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    if (only.includes('strengths')) out.strengths.push(await strengths(cluster.url, Number(values.items), Number(values.runs)));
  } finally {
    cluster.stop();
    await removeBundle();
  }
  console.log(JSON.stringify(out, null, 2));
}

async function writes(server, label, rate, seconds, connections) {
  await server.start();
  let n = 0;
  try {
    const run = await autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections,
      overallRate: rate,
      duration: seconds,
      requests: [
        {
          method: 'PUT',
          setupRequest: (req) => {
            const id = `b-${n++}`;
            return {
              ...req,
              path: `/api/records/pulse/${id}`,
              headers: { 'content-type': 'application/json', 'idempotency-key': `k-${id}` },
              body: JSON.stringify({
                id,
                createdAt: '2025-01-01T00:00:00.000Z',
                updatedAt: '2025-01-01T00:00:00.000Z',
                memberId: `m-${n % 97}`,
                managerId: 'boss',
                month: '2025-03',
                growth: 1 + (n % 5),
              }),
            };
          },
        },
      ],
    });
    const listed = await get(server.port, '/api/records/pulse');
    return {
      label,
      rate,
      seconds,
      connections,
      sent: run.requests.total,
      achievedRate: Math.round(run.requests.total / seconds),
      latencyMs: { p50: run.latency.p50, p90: run.latency.p90, p99: run.latency.p99, max: run.latency.max },
      '2xx': run['2xx'],
      non2xx: run.non2xx,
      errors: run.errors,
      timeouts: run.timeouts,
      stored: JSON.parse(listed.body).records.length,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Feedback rows inserted in SQL (generate_series: 5 items per record, 40 managers, 7 topics, 5
 * responses), then `runs` strengths queries through the server's own code, each computing from
 * the records (no precomputed table). The first run follows the load and ANALYZE.
 */
async function strengths(url, items, runs) {
  const { tsImport } = await import('tsx/esm/api');
  const { openDb } = await tsImport('../server/db.ts', import.meta.url);
  const { migrate } = await tsImport('../server/migrate.ts', import.meta.url);
  const { strengthMap } = await tsImport('../server/strengths.ts', import.meta.url);
  const db = await openDb({ databaseUrl: url });
  try {
    await migrate(db);
    const records = Math.ceil(items / 5);
    const load = performance.now();
    await db.exec(`insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body)
    select 'bench', 'feedback', 'f-' || g, 'm-' || (g % 500), 'boss-' || (g % 40), 's-' || g,
           timestamptz '2025-01-01' + g * interval '1 second', timestamptz '2025-01-01' + g * interval '1 second',
           jsonb_build_object('by', 'member', 'scale', jsonb_build_object('min', 1, 'max', 5), 'items',
             (select jsonb_agg(jsonb_build_object('topicId', 't-' || ((g + j) % 7), 'responseId', 'r-' || ((g * j) % 5), 'rating', 1 + (g * 7 + j) % 5))
              from generate_series(1, 5) j))
    from generate_series(1, ${records}) g`);
    await db.exec('vacuum analyze records');
    const loadMs = Math.round(performance.now() - load);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `select count(*)::int as n from records r, jsonb_array_elements(r.body->'items') where tenant = 'bench'`,
    );
    await client.end();
    const times = [];
    let cells = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const map = await strengthMap(db, 'bench', { managerId: 'boss-1', k: 3 });
      times.push(Math.round(performance.now() - t));
      cells = map.cells?.length ?? Object.keys(map).length;
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      label: 'postgres',
      items: rows[0].n,
      records,
      loadMs,
      runsMs: times,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      minMs: sorted[0],
      maxMs: sorted.at(-1),
      cells,
    };
  } finally {
    await db.close();
  }
}
