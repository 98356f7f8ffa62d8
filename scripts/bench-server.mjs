// `npm run bench:server`: writes over real HTTP to a server process (the load generator runs in
// this process, the server in its own), autocannon at a fixed overall rate, a unique record id and
// Idempotency-Key per request: on a throwaway PostgreSQL (fsync and synchronous_commit on) and on
// PGlite (persisted in a temp folder); then the strengths aggregate over generated feedback in
// PostgreSQL, cold (no precomputed table: every run computes from the records). Every write is
// signed in: the people are provisioned through SCIM and each request carries its member's HS256
// token, verified by the server. Each figure is the median (and min–max) over several runs, with
// the share of the machine the server, the database and the load generator each used. Prints one
// JSON object. Figures on a shared machine are noisy. `npm run bench:server -- kill` runs the crash probe.
//   node scripts/bench-server.mjs [--rate 2000] [--seconds 20] [--write-runs 3] [--items 1000000] [--runs 5] [--only writes,strengths]
import autocannon from 'autocannon';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { backend, buildServer, childrenOf, cpuShare, get, MEMBERS, PEOPLE, provision, pulseWrites, tokenFor } from './bench-server-proc.mjs';
import { syncLatency } from './disk-sync.mjs';
import { startCluster } from './pg-cluster.mjs';

/** The people the write bench writes as: one manager and 97 members reporting to them. */

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
      'write-runs': { type: 'string', default: '3' },
      connections: { type: 'string', default: '100' },
      only: { type: 'string', default: 'writes,strengths' },
      backends: { type: 'string', default: 'postgres,pglite' },
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
  // TMPDIR=/dev/shm puts the cluster (and PGlite's folder) on tmpfs, where a sync costs nothing:
  // a diagnostic that separates the disk's share of the tail from the rest, never the figure.
  const removeBundle = await buildServer();
  const cluster = await startCluster({ fast: false });
  try {
    if (only.includes('writes')) {
      // The disk the cluster commits to, before the runs (a commit waits for one such sync).
      out.diskSync = syncLatency(tmpdir(), 10);
      const opts = { rate, seconds, connections: Number(values.connections), runs: Math.max(1, Number(values['write-runs'])) };
      const backends = values.backends.split(',');
      const pgServer = backend({ DATABASE_URL: cluster.url });
      if (backends.includes('postgres'))
        out.writes.push(await writes(pgServer, 'postgres', { ...opts, pids: () => [cluster.pid(), ...childrenOf(cluster.pid())] }));
      if (backends.includes('pglite')) {
        const dir = mkdtempSync(join(tmpdir(), 'taiwa-pglite-bench-'));
        try {
          const pgliteServer = backend({ TAIWA_DATA_DIR: join(dir, 'data') });
          out.writes.push(await writes(pgliteServer, 'pglite (data folder, in the server process)', opts));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }
    }
    if (only.includes('strengths')) out.strengths.push(await strengths(cluster.url, Number(values.items), Number(values.runs)));
  } finally {
    cluster.stop();
    await removeBundle();
  }
  console.log(JSON.stringify(out, null, 2));
}

/** The machine's 1-minute load average now (other work on it moves every wall-clock figure). */
function loadAverage() {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
}

/** Median, min and max of a list of numbers. */
function spread(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1) };
}

/**
 * `runs` open-loop runs against one server process (started once, people provisioned once through
 * SCIM): each request a unique record id and Idempotency-Key, signed in as its member with an HS256
 * token the server verifies. `pids` gives the database's processes for the CPU shares.
 */
async function writes(server, label, { rate, seconds, connections, runs, pids = () => [] }) {
  await server.start();
  try {
    await provision(server.port, PEOPLE);
    const tokens = await Promise.all(PEOPLE.slice(1).map((p) => tokenFor(p.id)));
    const each = [];
    for (let run = 0; run < runs; run++) {
      const share = cpuShare({ server: () => [server.pid], database: pids, 'load generator': () => [process.pid] });
      const load0 = loadAverage();
      const t0 = Date.now();
      const inst = autocannon({
        url: `http://127.0.0.1:${server.port}`,
        connections,
        overallRate: rate,
        duration: seconds,
        requests: [pulseWrites(tokens, `b${run}-`)],
      });
      // Responses over 50 ms in the run's first second and in the rest (a count less moved by the machine's load than p99).
      const slow = { firstSecond: 0, rest: 0 };
      inst.on('response', (_c, _s, _b, ms) => ms > 50 && slow[Date.now() - ms - t0 < 1000 ? 'firstSecond' : 'rest']++);
      const result = await inst;
      const { share: cpu, cpuMs } = share();
      const sent = Math.max(1, result.requests.total);
      each.push({
        run,
        sent: result.requests.total,
        achievedRate: Math.round(result.requests.total / seconds),
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        over50Ms: slow,
        loadAverage: `${load0}→${loadAverage()}`,
        '2xx': result['2xx'],
        non2xx: result.non2xx,
        errors: result.errors,
        timeouts: result.timeouts,
        cpu,
        // CPU time per write (server, database, load generator): the figure least moved by a busy machine.
        cpuMsPerWrite: Object.fromEntries(Object.entries(cpuMs).map(([label, ms]) => [label, Math.round((100 * ms) / sent) / 100])),
      });
    }
    // What was stored, read back as each member (the list answers the caller's own records).
    let stored = 0;
    for (let m = 0; m < MEMBERS; m++) {
      const { status, body } = await get(server.port, '/api/records/pulse', tokens[m]);
      if (status !== 200) throw new Error(`list as m-${m}: ${status} ${body.slice(0, 200)}`);
      stored += JSON.parse(body).records.length;
    }
    return {
      label,
      rate,
      seconds,
      connections,
      runs,
      p50Ms: spread(each.map((r) => r.latencyMs.p50)),
      p99Ms: spread(each.map((r) => r.latencyMs.p99)),
      serverCpuMsPerWrite: spread(each.map((r) => r.cpuMsPerWrite.server ?? 0)),
      databaseCpuMsPerWrite: spread(each.map((r) => r.cpuMsPerWrite.database ?? 0)),
      errors: each.reduce((a, r) => a + r.errors + r.timeouts + r.non2xx, 0),
      sent: each.reduce((a, r) => a + r.sent, 0),
      '2xx': each.reduce((a, r) => a + r['2xx'], 0),
      stored,
      each,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Feedback rows inserted in SQL (generate_series: 5 items per record, 40 managers, 500 members, 7
 * topics, 5 responses; the feedback_items trigger numbers cells and members and fills the items in the same statement), then `runs` strengths queries through the server's own code, each computing from
 * the records (no precomputed table). The first run follows the load and ANALYZE. Beside each run's
 * wall-clock time, the CPU time the database's backends spent on it (from /proc: a figure the other
 * work on a shared machine inflates less), and the load average before and after.
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
           jsonb_build_object('by', 'member', 'memberId', 'm-' || (g % 500), 'scale', jsonb_build_object('min', 1, 'max', 5), 'items',
             (select jsonb_agg(jsonb_build_object('topicId', 't-' || ((g + j) % 7), 'responseId', 'r-' || ((g * j) % 5), 'rating', 1 + (g * 7 + j) % 5))
              from generate_series(1, 5) j))
    from generate_series(1, ${records}) g`);
    // What autovacuum would do after a bulk load: statistics, and the visibility map that lets the
    // strengths query read feedback_items' covering index alone.
    await db.exec('vacuum analyze records');
    await db.exec('vacuum analyze feedback_items');
    await db.exec('vacuum analyze feedback_cells');
    const loadMs = Math.round(performance.now() - load);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `select count(*)::int as n from records r, jsonb_array_elements(r.body->'items') where tenant = 'bench'`,
    );
    await client.end();
    const { readFileSync } = await import('node:fs');
    const { loadavg } = await import('node:os');
    /** CPU ms of every client backend so far (utime + stime: the 12th and 13th fields after the command). */
    const backendsCpu = async () => {
      const pids = await db.query("select pid from pg_stat_activity where backend_type = 'client backend'");
      let ticks = 0;
      for (const { pid } of pids) {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          ticks += Number(f[11]) + Number(f[12]);
        } catch {
          // a backend that ended meanwhile
        }
      }
      return ticks * 10; // USER_HZ is 100 on Linux
    };
    const loadBefore = loadavg()[0];
    const times = [];
    const cpu = [];
    let cells = 0;
    for (let i = 0; i < runs; i++) {
      const c = await backendsCpu();
      const t = performance.now();
      // As the route asks: the server's k, the two-member rule.
      const map = await strengthMap(db, 'bench', { managerId: 'boss-1', k: 3, twoMembers: true });
      times.push(Math.round(performance.now() - t));
      cpu.push((await backendsCpu()) - c);
      cells = map.cells?.length ?? Object.keys(map).length;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const cpuSorted = [...cpu].sort((a, b) => a - b);
    return {
      label: 'postgres',
      items: rows[0].n,
      records,
      loadMs,
      runsMs: times,
      medianMs: sorted[Math.floor(sorted.length / 2)],
      minMs: sorted[0],
      maxMs: sorted.at(-1),
      backendCpuMs: cpu,
      backendCpuMedianMs: cpuSorted[Math.floor(cpuSorted.length / 2)],
      loadAverage: [loadBefore, loadavg()[0]].map((x) => Math.round(x * 10) / 10),
      cells,
    };
  } finally {
    await db.close();
  }
}
