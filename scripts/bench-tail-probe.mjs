// The write bench's tail, probed: the same load as `npm run bench:server -- --only writes` on
// PostgreSQL (2,000/s open loop, a unique id and key per request, verified tokens, fsync and
// synchronous_commit on), with every response over 50 ms, the server's event-loop delays and GC
// pauses, PostgreSQL's slow statements, checkpoints, autovacuum runs and new WAL segments, each
// with its wall-clock time, printed as one timeline per run (stalls: slow responses grouped by 100 ms);
// beside them, each second: that second's p99, the machine's CPU (vmstat's r, b, us+sy, id, from
// /proc/stat) and pressure (/proc/pressure/cpu, io: "some" share of the last second), and what
// PostgreSQL's backends were waiting on (pg_stat_activity, sampled every 50 ms, ClientRead left out).
//   node scripts/bench-tail-probe.mjs [--seconds 15] [--runs 3] [--set name=value ...]
import autocannon from 'autocannon';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { backend, buildServer, MEMBERS, PEOPLE, provision, pulsePut, pulseWrites, tokenFor } from './bench-server-proc.mjs';
import { startCluster } from './pg-cluster.mjs';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    runs: { type: 'string', default: '3' },
    set: { type: 'string', multiple: true, default: [] },
    warm: { type: 'string', default: 'none' },
  },
});
const probeOut = `/tmp/taiwa-tail-probe-${process.pid}.log`;
writeFileSync(probeOut, '');
const settings = {
  log_line_prefix: "'%m [%p] '",
  log_min_duration_statement: 20,
  log_parameter_max_length: 0,
  log_checkpoints: 'on',
  log_autovacuum_min_duration: 0,
  track_wal_io_timing: 'on',
  ...Object.fromEntries(values.set.map((s) => s.split('='))),
};
// The load generator's own event loop and GC, on the same timeline (a stall here delays every response it times).
process.env.TAIWA_PROBE_OUT = probeOut;
process.env.TAIWA_PROBE_TAG = 'loadgen';
await import('./tail-probe-preload.mjs');
delete process.env.TAIWA_PROBE_TAG;
const removeBundle = await buildServer();
const cluster = await startCluster({ fast: false, settings });
const events = [];
if (process.env.TAIWA_PROBE_PIDFILE) writeFileSync(process.env.TAIWA_PROBE_PIDFILE, String(cluster.pid()));
const walSeen = new Set(readdirSync(join(cluster.data, 'pg_wal')));
const walPoll = setInterval(() => {
  for (const f of readdirSync(join(cluster.data, 'pg_wal'))) {
    if (walSeen.has(f)) continue;
    walSeen.add(f);
    events.push([Date.now(), `wal segment ${f}`]);
  }
}, 10);
const flags = `--import ${new URL('./tail-probe-preload.mjs', import.meta.url).pathname}`;
process.env.BENCH_SERVER_NODE_FLAGS = flags;
const server = backend({ DATABASE_URL: cluster.url, TAIWA_PROBE_OUT: probeOut });
const summary = [];
try {
  await server.start();
  await provision(server.port, PEOPLE);
  const tokens = await Promise.all(PEOPLE.slice(1).map((p) => tokenFor(p.id)));
  // --warm healthz: 3 s of GET /healthz at the same rate first (warms the load generator and the
  // server's HTTP layer, not the write path); --warm writes: 3 s of writes (ids w-…) first.
  if (values.warm !== 'none')
    await autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections: 100,
      overallRate: 2000,
      duration: 3,
      requests: [
        values.warm === 'healthz'
          ? { method: 'GET', path: '/healthz' }
          : {
              method: 'PUT',
              setupRequest: (req) => {
                const id = `w-${Math.random().toString(36).slice(2)}`;
                const m = Math.floor(Math.random() * MEMBERS);
                return pulsePut(req, tokens, id, m, 3);
              },
            },
      ],
    });
  for (let run = 0; run < Number(values.runs); run++) {
    const slow = [];
    const walStats = async () => {
      const c = new pg.Client({ connectionString: cluster.url });
      await c.connect();
      try {
        const { rows } = await c.query(
          'select wal_bytes::float8 as bytes, wal_fpi::float8 as fpi, wal_sync::float8 as syncs, wal_sync_time as sync_ms, wal_write_time as write_ms from pg_stat_wal',
        );
        return rows[0];
      } finally {
        await c.end();
      }
    };
    const wal0 = await walStats();
    const t0 = Date.now();
    const load0 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    const inst = autocannon({
      url: `http://127.0.0.1:${server.port}`,
      connections: 100,
      overallRate: 2000,
      duration: Number(values.seconds),
      requests: [pulseWrites(tokens, `b${run}-`)],
    });
    const all = [];
    inst.on('response', (_c, _s, _b, ms) => {
      all.push([Date.now(), ms]);
      if (ms > 50) slow.push([Date.now(), ms]);
    });
    const machine = sampleMachine(events);
    const waits = await sampleWaits(cluster.url, events);
    const result = await inst;
    machine.stop();
    await waits.stop();
    // Each second's p99 (by when the response ended).
    const bySecond = new Map();
    for (const [t, ms] of all) {
      const sec = Math.floor((t - t0) / 1000);
      if (!bySecond.has(sec)) bySecond.set(sec, []);
      bySecond.get(sec).push(ms);
    }
    for (const [sec, xs] of bySecond) {
      xs.sort((a, b) => a - b);
      events.push([t0 + sec * 1000 + 999, `second ${sec}: ${xs.length} responses, p99 ${xs[Math.floor(0.99 * (xs.length - 1))]} ms, over 50 ms ${xs.filter((x) => x > 50).length}`]);
    }
    const t1 = Date.now();
    const load1 = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
    // Slow responses, grouped into the 100 ms in which they ended.
    const groups = new Map();
    for (const [t, ms] of slow) {
      const g = Math.floor(t / 100) * 100;
      const e = groups.get(g) ?? { n: 0, max: 0 };
      e.n++;
      e.max = Math.max(e.max, ms);
      groups.set(g, e);
    }
    const line = (t) => `+${((t - t0) / 1000).toFixed(2)}s`;
    const timeline = [
      ...[...groups].map(([t, e]) => [t, `SLOW ${e.n} responses, max ${e.max} ms`]),
      ...events.filter(([t]) => t >= t0 && t <= t1),
    ];
    for (const l of readFileSync(probeOut, 'utf8').split('\n').filter(Boolean)) {
      const [t, ...rest] = l.split(' ');
      if (Number(t) >= t0 && Number(t) <= t1) timeline.push([Number(t), rest.join(' ')]);
    }
    for (const l of cluster.log().split('\n')) {
      const m = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (\w+)/.exec(l);
      if (!m) continue;
      const t = Date.parse(`${m[1].replace(' ', 'T')}Z`);
      if (t >= t0 && t <= t1) timeline.push([t, `pg ${l.slice(24, 220)}`]);
    }
    timeline.sort((a, b) => a[0] - b[0]);
    console.log(
      `--- run ${run} at ${new Date(t0).toISOString()}: ${result.requests.total} sent, p50 ${result.latency.p50} p99 ${result.latency.p99} max ${result.latency.max} ms, errors ${result.errors + result.timeouts + result.non2xx}, load ${load0}→${load1}`,
    );
    for (const [t, what] of timeline) console.log(line(t), what);
    await new Promise((r) => setTimeout(r, 1100)); // backends flush their WAL statistics at most once a second
    const wal1 = await walStats();
    const d = Object.fromEntries(Object.keys(wal1).map((k) => [k, Math.round(wal1[k] - wal0[k])]));
    const wal = {
      MB: Math.round(d.bytes / 1e5) / 10,
      fpi: d.fpi,
      syncs: d.syncs,
      msPerSync: Math.round((100 * d.sync_ms) / Math.max(1, d.syncs)) / 100,
      writeMs: d.write_ms,
    };
    console.log('wal', JSON.stringify(wal));
    const first = all.filter(([t, ms]) => t - ms - t0 < 1000 && ms > 50).length;
    summary.push({
      over50Ms: { firstSecond: first, rest: slow.length - first },
      wal,
      run,
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      errors: result.errors + result.timeouts + result.non2xx,
      load: `${load0}→${load1}`,
    });
  }
} finally {
  clearInterval(walPoll);
  await server.stop();
  cluster.stop();
  await removeBundle();
  rmSync(probeOut, { force: true });
}
console.log(JSON.stringify({ settings: values.set, warm: values.warm, summary }));

/** Every second: the machine's CPU as vmstat shows it (/proc/stat) and its pressure (/proc/pressure), as timeline events. */
function sampleMachine(out) {
  const cpu = () => {
    const stat = readFileSync('/proc/stat', 'utf8');
    const [user, nice, system, idle, iowait, irq, softirq, steal] = stat.split('\n')[0].split(/\s+/).slice(1).map(Number);
    const num = (name) => Number(new RegExp(`^${name} (\\d+)`, 'm').exec(stat)?.[1] ?? 0);
    return { busy: user + nice + system + irq + softirq + steal, idle, iowait, r: num('procs_running'), b: num('procs_blocked') };
  };
  const pressure = (what) => {
    try {
      return Number(/some avg10=[\d.]+ avg60=[\d.]+ avg300=[\d.]+ total=(\d+)/.exec(readFileSync(`/proc/pressure/${what}`, 'utf8'))[1]);
    } catch {
      return NaN;
    }
  };
  let last = { ...cpu(), cpuP: pressure('cpu'), ioP: pressure('io'), t: Date.now() };
  const timer = setInterval(() => {
    const now = { ...cpu(), cpuP: pressure('cpu'), ioP: pressure('io'), t: Date.now() };
    const total = Math.max(1, now.busy + now.idle + now.iowait - (last.busy + last.idle + last.iowait));
    const pct = (k) => Math.round((100 * (now[k] - last[k])) / total);
    // Pressure totals are microseconds stalled: the share of the interval some task waited.
    const share = (k) => Math.round((now[k] - last[k]) / (10 * (now.t - last.t)));
    out.push([now.t, `machine r ${now.r} b ${now.b} cpu ${pct('busy')}% idle ${pct('idle')}% wa ${pct('iowait')}%, pressure cpu ${share('cpuP')}% io ${share('ioP')}%`]);
    last = now;
  }, 1000);
  return { stop: () => clearInterval(timer) };
}

/** Every 50 ms: the waits of PostgreSQL's client backends (but ClientRead: idle, waiting for the server), as timeline events when any. */
async function sampleWaits(url, out) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  let on = true;
  const loop = (async () => {
    while (on) {
      const { rows } = await c.query(
        `select coalesce(wait_event_type || ':' || wait_event, 'cpu') as w, count(*)::int as n from pg_stat_activity
         where backend_type = 'client backend' and pid <> pg_backend_pid() and state = 'active' group by 1 order by 2 desc`,
      );
      const waiting = rows.filter((r) => r.w !== 'Client:ClientRead');
      if (waiting.some((r) => r.w !== 'cpu')) out.push([Date.now(), `pg waits ${waiting.map((r) => `${r.w}×${r.n}`).join(' ')}`]);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    stop: async () => {
      on = false;
      await loop.catch(() => {});
      await c.end();
    },
  };
}
