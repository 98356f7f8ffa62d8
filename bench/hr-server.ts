/**
 * The server-side figures beside `npm run bench -- drivers cadence` (run: `npm run bench:hr-server`):
 * - drivers: 1,000 bootstrap resamples over 10,000 members, the same `computeDrivers` in Node;
 * - cadence: 10,000 people (1,000 managers in 40 departments, 9 members each), two years of 1:1s
 *   every 15 days (one in ten cancelled), answered as the route answers it (`cadenceInSql`: each
 *   pair's dates read in SQL, counted by `computeCadence`), months and quarters, the organisation, one
 *   department and one team; on PGlite and, with `--pg` (a throwaway cluster, scripts/pg-cluster.mjs)
 *   or `DATABASE_URL`, on PostgreSQL; beside it the pure compute alone on the same records (what the
 *   browser's Worker runs) and, with `--old`, the former route (every record read and validated,
 *   then `cadenceInsight`).
 * Prints one JSON object. Targets as in the browser benches (1 s, 200 ms).
 */
import { computeDrivers } from '../src/insights/drivers.js';
import { cadenceInsight } from '../src/insights/hr.js';
import { resolveRange } from '../src/insights/hr-units.js';
import { simulate } from '../test/insights/drivers-simulation.js';
import { openDb, type Db } from '../server/db.js';
import { cadenceInSql } from '../server/insights-cadence.js';
import { hrSource } from '../server/insights-hr.js';
import { migrate } from '../server/migrate.js';
// @ts-expect-error: a plain .mjs script without types
import { startCluster } from '../scripts/pg-cluster.mjs';

const round = (x: number) => Math.round(x * 10) / 10;
async function measure(runs: number, fn: () => unknown) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { runs, medianMs: round(times[runs >> 1]!), minMs: round(times[0]!), maxMs: round(times[runs - 1]!) };
}

const input = simulate(10_000, 7, 1 / 3, 0.5);
const drivers = await measure(3, () => computeDrivers(input, { resamples: 1000 }));

async function seed(db: Db, t: string) {
  await migrate(db);
  await db.query(
    `insert into people (tenant, id, user_name, display_name, manager_id, department)
     select $1, 'mgr' || m, 'mgr' || m, 'mgr' || m, null, 'dept' || (m % 40) from generate_series(0, 999) m
     union all
     select $1, 'm' || m || '-' || j, 'm' || m || '-' || j, 'm' || m || '-' || j, 'mgr' || m, 'dept' || (m % 40)
     from generate_series(0, 999) m, generate_series(0, 8) j`,
    [t],
  );
  await db.query(
    `with pairs as (select m, j, (hashint4(m * 16 + j) & 7) as off from generate_series(0, 999) m, generate_series(0, 8) j),
     s as (select m, j, n, date '2024-01-01' + off + n * 15 as d from pairs, generate_series(0, 47) n)
     insert into records (tenant, kind, id, member_id, manager_id, created_at, updated_at, body)
     select $1, 'session', 's-' || m || '-' || j || '-' || n, 'm' || m || '-' || j, 'mgr' || m, d, d,
       jsonb_build_object('id', 's-' || m || '-' || j || '-' || n, 'createdAt', to_char(d, 'YYYY-MM-DD"T"10:00:00"Z"'), 'updatedAt', to_char(d, 'YYYY-MM-DD"T"10:00:00"Z"'),
         'memberId', 'm' || m || '-' || j, 'managerId', 'mgr' || m, 'scheduledAt', to_char(d, 'YYYY-MM-DD"T"10:00:00"Z"'))
         || case when (m + j + n) % 10 = 0 then jsonb_build_object('cancelledAt', to_char(d, 'YYYY-MM-DD"T"09:00:00"Z"'))
                 else jsonb_build_object('heldAt', to_char(d, 'YYYY-MM-DD"T"10:00:00"Z"')) end
     from s where d <= date '2025-12-31'`,
    [t],
  );
  await db.query('analyze');
  const [{ n }] = (await db.query<{ n: number }>(`select count(*)::int as n from records where tenant = $1`, [t])) as [{ n: number }];
  return n;
}

const months = { period: 'month' as const, from: '2024-01', to: '2025-12', asOf: '2025-12-31', defaultTargetDays: 14 };
const quarters = { period: 'quarter' as const, from: '2024-Q1', to: '2025-Q4', asOf: '2025-12-31', defaultTargetDays: 14 };
const t = 'bench';

async function routeFigures(db: Db) {
  const sql = (q: typeof months | typeof quarters, unit: string) => () => cadenceInSql(db, t, resolveRange({ ...q, unit }), q);
  return {
    months: await measure(5, sql(months, 'organisation')),
    quarters: await measure(5, sql(quarters, 'organisation')),
    monthsOneDepartment: await measure(5, sql(months, 'department:dept7')),
    monthsOneTeam: await measure(5, sql(months, 'manager:dept7/mgr7')),
  };
}

const pglite = await openDb({});
const sessions = await seed(pglite, t);
const source = await hrSource(pglite, t, resolveRange(months));
const onPglite = await routeFigures(pglite);
const oldRoute = process.argv.includes('--old')
  ? await measure(1, async () => cadenceInsight(await hrSource(pglite, t, resolveRange(months)), months))
  : undefined;
const computeMonths = await measure(5, () => cadenceInsight(source, months));
const computeQuarters = await measure(5, () => cadenceInsight(source, quarters));
await pglite.close();

let onPostgres;
const cluster = !process.env.DATABASE_URL && process.argv.includes('--pg') ? await startCluster() : undefined;
const url = process.env.DATABASE_URL ?? cluster?.url;
if (url) {
  const pg = await openDb({ databaseUrl: url });
  try {
    await pg.query('delete from records where tenant = $1', [t]).catch(() => {});
    await pg.query('delete from people where tenant = $1', [t]).catch(() => {});
    await seed(pg, t);
    onPostgres = await routeFigures(pg);
  } finally {
    await pg.close();
    cluster?.stop();
  }
}

console.log(
  JSON.stringify(
    {
      drivers: { members: 10_000, resamples: 1000, ...drivers, targetMs: 1000 },
      cadence: {
        people: 10_000,
        sessions,
        routeInSql: { pglite: onPglite, ...(onPostgres ? { postgres: onPostgres } : {}) },
        ...(oldRoute ? { oldRouteMonths: oldRoute } : {}),
        computeMonths,
        computeQuarters,
        targetMs: 200,
      },
    },
    null,
    2,
  ),
);
