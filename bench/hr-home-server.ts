/**
 * The HR home's four requests on the ~300-person HR sample (server/demo-org.ts, demo/data/org.ts),
 * as the page asks them (demo/pages/hr-home.ts), through the production app on PGlite, signed in
 * as HR: cadence by quarter (2025-Q4 → 2026-Q4), drivers by month over the year (1,000 resamples),
 * the effect chart for 2026-Q3, the pulse by month. Run: `npx tsx bench/hr-home-server.ts`.
 * Prints one JSON object: per route the median, min and max of 5 runs after one warm-up, in
 * wall-clock time and in this process's CPU time (`process.cpuUsage()`: PGlite runs in it, so it
 * is the query's cost too, and less inflated than wall-clock time on a busy machine), and the load
 * average when the runs ended.
 */
import { loadavg } from 'node:os';
import { generateOrg } from '../demo/data/org.js';
import { createApp } from '../server/app.js';
import { createAuthenticator } from '../server/auth.js';
import { openDb } from '../server/db.js';
import { migrate } from '../server/migrate.js';
import { setGrant, upsertPerson } from '../server/people.js';

const secret = 'bench-secret-0123456789abcdef0123456789';
const db = await openDb({});
await migrate(db);
const org = generateOrg('2026-11');
for (const p of org.people)
  await upsertPerson(db, 'default', {
    id: p.id,
    userName: p.id,
    displayName: p.displayName,
    department: p.department,
    ...(p.managerId ? { managerId: p.managerId } : {}),
  });
await upsertPerson(db, 'default', { id: 'hr', userName: 'hr', displayName: 'HR' });
await setGrant(db, 'default', 'hr', 'hr-admin', true);
const records = [
  ...org.series.map((body) => ({ kind: 'series', body })),
  ...org.sessions.map((body) => ({ kind: 'session', body })),
  ...org.feedback.map((body) => ({ kind: 'feedback', body })),
  ...org.pulse.map((body) => ({ kind: 'pulse', body })),
];
// One statement (the demo writes them through putRecord in the background, a minute on PGlite).
await db.query(
  `insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body)
   select 'default', r->>'kind', r->'body'->>'id', r->'body'->>'memberId', r->'body'->>'managerId', r->'body'->>'sessionId',
     (r->'body'->>'createdAt')::timestamptz, (r->'body'->>'updatedAt')::timestamptz, r->'body'
   from jsonb_array_elements($1::jsonb) r`,
  [JSON.stringify(records)],
);
const authenticator = createAuthenticator({ secret });
const { app } = createApp({ db, authenticator, rateLimit: false });
const token = await authenticator.sign('hr', {});
const routes = {
  cadence: '/api/insights/cadence?period=quarter&from=2025-Q4&to=2026-Q4&asOf=2026-12-01',
  drivers: '/api/insights/drivers?period=month&from=2025-12&to=2026-11&asOf=2026-12-01',
  effect: '/api/insights/effect?period=quarter&from=2026-Q3&to=2026-Q3&asOf=2026-12-01',
  pulse: '/api/insights/pulse?period=month&from=2025-12&to=2026-11&asOf=2026-12-01',
};
const out: Record<string, unknown> = { people: org.people.length, records: records.length };
for (const [name, path] of Object.entries(routes)) {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${name}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    const used = process.cpuUsage(c);
    if (i === 0) continue;
    times.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  out[name] = {
    medianMs: Math.round(times[2]!),
    minMs: Math.round(times[0]!),
    maxMs: Math.round(times[4]!),
    cpuMedianMs: Math.round(cpu[2]!),
    cpuMinMs: Math.round(cpu[0]!),
    cpuMaxMs: Math.round(cpu[4]!),
  };
}
out.loadAverage = loadavg().map((x) => Math.round(x * 10) / 10);
await db.close();
console.log(JSON.stringify(out, null, 2));
