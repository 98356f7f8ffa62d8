// `npm run bench:server`: writes against the server over real HTTP, open loop (autocannon
// --overallRate), a unique record id and Idempotency-Key per request, on PGlite and on a
// throwaway PostgreSQL (synchronous_commit on); then the strengths aggregate over generated
// feedback, cold. Prints one JSON object. Figures on a shared machine are noisy.
//   node scripts/bench-server.mjs [--rate 2000] [--seconds 20] [--items 1000000]
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { startCluster } from './pg-cluster.mjs';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '20' },
    items: { type: 'string', default: '0' },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const items = Number(values.items);

const { startServer } = await tsImport('../server/main.ts', import.meta.url);
const { configFrom } = await tsImport('../server/config.ts', import.meta.url);
const { openDb } = await tsImport('../server/db.ts', import.meta.url);
const { migrate } = await tsImport('../server/migrate.ts', import.meta.url);
const { strengthMap } = await tsImport('../server/strengths.ts', import.meta.url);

let n = 0;
const body = (id) =>
  JSON.stringify({
    id,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    memberId: `m-${n % 97}`,
    managerId: 'boss',
    month: '2025-03',
    growth: 3,
  });

async function writes(db, label) {
  const s = await startServer({ ...configFrom({ PORT: '0', TAIWA_RATE_LIMIT: '0' }), log: false }, { db });
  const run = await autocannon({
    url: `http://127.0.0.1:${s.port}`,
    connections: 64,
    overallRate: rate,
    duration: seconds,
    requests: [
      {
        method: 'PUT',
        setupRequest: (req) => {
          const id = `b-${process.pid}-${n++}`;
          return {
            ...req,
            path: `/api/records/pulse/${id}`,
            headers: { 'content-type': 'application/json', 'idempotency-key': `k-${id}` },
            body: body(id),
          };
        },
      },
    ],
  });
  await s.close();
  return {
    label,
    rate,
    seconds,
    sent: run.requests.total,
    p50: run.latency.p50,
    p99: run.latency.p99,
    errors: run.errors,
    timeouts: run.timeouts,
    non2xx: run.non2xx,
  };
}

/** Feedback rows inserted in SQL (generate_series), then one cold strengths query. */
async function strengths(db, label) {
  const records = Math.ceil(items / 5);
  await db.exec(`insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body)
    select 'bench', 'feedback', 'f-' || g, 'm-' || (g % 500), 'boss-' || (g % 40), 's-' || g,
           timestamptz '2025-01-01' + g * interval '1 second', timestamptz '2025-01-01' + g * interval '1 second',
           jsonb_build_object('by', 'member', 'scale', jsonb_build_object('min', 1, 'max', 5), 'items',
             (select jsonb_agg(jsonb_build_object('topicId', 't-' || ((g + j) % 7), 'responseId', 'r-' || ((g * j) % 5), 'rating', 1 + (g * 7 + j) % 5))
              from generate_series(1, 5) j))
    from generate_series(1, ${records}) g`);
  await db.exec('analyze records');
  const times = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await strengthMap(db, 'bench', { managerId: 'boss-1', k: 3 });
    times.push(Math.round(performance.now() - t));
  }
  return { label, items: records * 5, ms: times, median: times.sort((a, b) => a - b)[1] };
}

const out = { note: 'Measured on a shared 2-core machine while others ran tests: noisy.', writes: [], strengths: [] };
const cluster = await startCluster({ fast: false });
try {
  const pgDb = await openDb({ databaseUrl: cluster.url, poolSize: 20 });
  await migrate(pgDb);
  out.writes.push(await writes(pgDb, 'postgres'));
  const pglite = await openDb({});
  await migrate(pglite);
  out.writes.push(await writes(pglite, 'pglite (in memory)'));
  if (items > 0) {
    const db = await openDb({ databaseUrl: cluster.url });
    out.strengths.push(await strengths(db, 'postgres'));
    await db.close();
  }
} finally {
  cluster.stop();
}
console.log(JSON.stringify(out, null, 2));
