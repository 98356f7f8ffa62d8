/**
 * The cadence route's figures in SQL (issue 18): `src/insights/cadence.ts` computed where the data
 * lives, so that no session leaves PostgreSQL. One statement reads the sessions' and series' dates
 * from the jsonb once, and answers with one small JSON value: the org chart's teams (for the
 * suppression, which is decided over the whole tree as the pure code decides it), and, for the
 * pairs of the asked unit only, per team and period the counts (1on1s held and cancelled, active
 * pairs, pairs within target, overdue pairs) and the median intervals (`lag()` over each pair's
 * held 1on1s, `percentile_cont(0.5)` by team, department and organisation). Then the same
 * `suppress` as the browser's, and the same groups in the same order as `computeCadence`.
 *
 * Every definition is `cadence.ts`'s and `hr.ts`'s (`cadenceInsight`): a held 1on1 on `heldAt`,
 * or on `scheduledAt` up to `asOf`; a cancelled one on `scheduledAt`, else `cancelledAt`; a pair's
 * target from its latest open series (ties: the smallest id), else `defaultTargetDays`; a member's
 * team their department × their manager (without one: the manager of their first pair, series
 * first, each in id order). The differential test (test/server/insights-cadence.test.ts) holds
 * the two to the same answer. Dates are read by `taiwa_day` (migration 0007), as `dayOf` reads
 * them.
 */
import type { CadenceFigures, CadenceGroup, CadenceReport } from '../src/insights/cadence.js';
import type { ResolvedRange } from '../src/insights/hr-units.js';
import { dayOf } from '../src/insights/periods.js';
import { suppress } from '../src/insights/suppression.js';
import type { Queryable } from './db.js';

const DAY_BITS = 2 ** 18;

const SQL = `
with per as (
  select (o - 1)::int as pi, s, e from unnest($5::int[], $6::int[]) with ordinality as u(s, e, o) where s < e
), pe as (
  select id, manager_id, department from people where tenant = $1 and active
), raw as materialized (
  -- Each field out of the jsonb once: an inlined taiwa_day repeats its argument.
  select id, member_id, manager_id, nullif(body->>'cancelledAt', '') as ca, nullif(body->>'heldAt', '') as ha, body->>'scheduledAt' as sa
  from records where tenant = $1 and kind = 'session'
), m0 as materialized (
  select id, member_id, manager_id,
    case when ca is not null then 'c' when ha is not null then 'h'
         when nullif(sa, '') is not null and left(sa, 10) collate "C" <= $2::text collate "C" then 'h' end as st,
    left(case when ca is not null then coalesce(sa, ca) when ha is not null then ha else sa end, 10) as dt
  from raw
), mt as materialized (
  select id, member_id, manager_id, st, taiwa_day(dt) as day from m0 where st is not null
), sv as (
  select id, member_id, manager_id,
    case when jsonb_typeof(body->'everyWeeks') = 'number' then (body->>'everyWeeks')::float8 * 7 end as target,
    left(body->>'startsAt', 10) as since_t
  from records where tenant = $1 and kind = 'series'
    and not (nullif(body->>'endedAt', '') is not null and left(body->>'endedAt', 10) collate "C" < left(body->>'startsAt', 10) collate "C")
), sp as (
  select distinct on (member_id, manager_id) member_id, manager_id, target, since_t, 0 as src,
    min(id collate "C") over (partition by member_id, manager_id) as first_id
  from sv order by member_id, manager_id, since_t collate "C" desc, id collate "C"
), mp as (
  select member_id, manager_id, $4::float8 as target, null::text as since_t, 1 as src, min(id collate "C") as first_id
  from mt m where not exists (select 1 from sp where sp.member_id = m.member_id and sp.manager_id = m.manager_id)
  group by member_id, manager_id
), allp as (
  select * from sp union all select * from mp
), acc as materialized (
  select a.member_id, a.manager_id, a.target, a.since_t, taiwa_day(a.since_t) as since, pe.department,
    coalesce(pe.manager_id, first_value(a.manager_id) over (partition by a.member_id order by a.src, a.first_id collate "C")) as team_mgr
  from allp a join pe on pe.id = a.member_id where a.target > 0
), teams as (
  select department as dept, team_mgr as mgr, count(distinct member_id)::int as members from acc group by 1, 2
), mine as materialized (
  select * from acc where case $7::text
    when 'organisation' then true
    when 'department' then coalesce(department, '') = $8::text
    when 'manager' then coalesce(department, '') = $8::text and team_mgr = $9::text
    else false end
), valid as (
  select m.member_id, m.manager_id, m.st, m.day from mt m join acc using (member_id, manager_id) where m.day between 0 and ${DAY_BITS - 1}
), hm as (
  select v.member_id, v.manager_id, v.day from valid v join mine using (member_id, manager_id)
  where v.st = 'h' and v.day < (select coalesce(max(e), $5[1]) from per)
), hb as (
  select member_id, manager_id, max(day) as day from hm where day < $5[1] group by 1, 2
), lg as (
  select member_id, manager_id, day, inr, lag(day) over (partition by member_id, manager_id order by day) as prev from (
    select member_id, manager_id, day, true as inr from hm where day >= $5[1]
    union all select member_id, manager_id, day, false from hb) u
), ev as (
  select l.member_id, l.manager_id, l.day, l.prev, per.pi, per.e,
    (mine.since_t is null or mine.since < per.e) as active,
    l.day - coalesce(l.prev, mine.since) as gap, mine.target, mine.department, mine.team_mgr
  from lg l join per on l.day >= per.s and l.day < per.e join mine using (member_id, manager_id) where l.inr
), ps as (
  select member_id, manager_id, pi, count(*) as held, bool_or(gap > 0 and gap > target + $3::int) as bad, max(day) as mx
  from ev group by 1, 2, 3
), grid as (
  select m.member_id, m.manager_id, m.department, m.team_mgr, m.target, m.since_t, m.since, per.pi, per.e, ps.held, ps.bad,
    greatest(hb.day, max(ps.mx) over (partition by m.member_id, m.manager_id order by per.pi)) as lastm
  from mine m cross join per
  left join ps on ps.member_id = m.member_id and ps.manager_id = m.manager_id and ps.pi = per.pi
  left join hb on hb.member_id = m.member_id and hb.manager_id = m.manager_id
), late as (
  select department, team_mgr, pi, held, bad,
    coalesce(lastm, since) is null or e - 1 - coalesce(lastm, since) > target + $3::int as late
  from grid where since_t is null or since < e
), cells as (
  select department, team_mgr, pi, count(*)::int as pairs, coalesce(sum(held), 0)::int as held,
    (count(*) filter (where not late and not coalesce(bad, false)))::int as within, (count(*) filter (where late))::int as overdue
  from late group by 1, 2, 3
), cancelled as (
  select mine.department, mine.team_mgr, per.pi, count(*)::int as n
  from valid v join mine using (member_id, manager_id) join per on v.day >= per.s and v.day < per.e
  where v.st = 'c' group by 1, 2, 3
), medians as (
  select grouping(department, team_mgr) as lv, department, team_mgr, pi, percentile_cont(0.5) within group (order by iv) as median
  from (select department, team_mgr, pi, day - prev as iv from ev where active and prev is not null and day - prev > 0) i
  group by grouping sets ((department, team_mgr, pi), (department, pi), (pi))
)
select json_build_object(
  'teams', (select coalesce(json_agg(json_build_array(dept, mgr, members)), '[]') from teams),
  'cells', (select coalesce(json_agg(json_build_array(department, team_mgr, pi, pairs, held, within, overdue)), '[]') from cells),
  'cancelled', (select coalesce(json_agg(json_build_array(department, team_mgr, pi, n)), '[]') from cancelled),
  'medians', (select coalesce(json_agg(json_build_array(lv, department, team_mgr, pi, median)), '[]') from medians),
  'skippedPairs', (select count(*) from allp) - (select count(*) from acc),
  'skippedMeetings', (select count(*) from mt) - (select count(*) from valid)
)::text as answer`;

type Dept = string | null;
interface Answer {
  teams: Array<[Dept, string, number]>;
  cells: Array<[Dept, string, number, number, number, number, number]>;
  cancelled: Array<[Dept, string, number, number]>;
  medians: Array<[number, Dept, string | null, number, number]>;
  skippedPairs: number;
  skippedMeetings: number;
}

const part = (s: string | null) => encodeURIComponent(s ?? '');
const teamKey = (dept: Dept, mgr: string) => `${part(dept)}/${part(mgr)}`;

/** The unit's parts for the SQL filter: `organisation`, a department, a team, or nothing. */
function unitFilter(unit: string): [string, string | null, string | null] {
  try {
    if (unit === 'organisation') return ['organisation', null, null];
    if (unit.startsWith('department:')) return ['department', decodeURIComponent(unit.slice(11)), null];
    const m = /^manager:([^/]*)\/([^/]*)$/.exec(unit);
    if (m) return ['manager', decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)];
  } catch {
    // A malformed escape names no unit.
  }
  return ['none', null, null];
}

export interface CadenceOptions {
  graceDays?: number;
  defaultTargetDays?: number;
}

/** `cadenceInsight(source, query)` over the tenant's records, computed in SQL (see the module comment). */
export async function cadenceInSql(
  db: Queryable,
  tenant: string,
  r: ResolvedRange,
  options: CadenceOptions = {},
): Promise<CadenceReport & { unit: string }> {
  const grace = options.graceDays ?? 7;
  const asOfDay = dayOf(r.asOf);
  const ends = r.periods.map((p) => Math.min(p.end, asOfDay + 1));
  const [kind, dept, mgr] = unitFilter(r.unit);
  const [row] = await db.query<{ answer: string }>(SQL, [
    tenant,
    r.asOf,
    grace,
    options.defaultTargetDays ?? 28,
    r.periods.map((p) => p.start),
    ends,
    kind,
    dept ?? '',
    mgr ?? '',
  ]);
  const a = JSON.parse(row!.answer) as Answer;
  return assemble(a, r);
}

/** The groups of `computeCadence` from the SQL's answer: the same order, suppression and figures. */
function assemble(a: Answer, r: ResolvedRange): CadenceReport & { unit: string } {
  const asOfDay = dayOf(r.asOf);
  const depts = [...new Set(a.teams.map(([d]) => d))].sort((x, y) => part(x).localeCompare(part(y)));
  const teamsOf = new Map<Dept, Array<{ key: string; mgr: string; members: number }>>(depts.map((d) => [d, []]));
  for (const [d, mgr, members] of a.teams) teamsOf.get(d)!.push({ key: teamKey(d, mgr), mgr, members });
  for (const list of teamsOf.values()) list.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const sum = (list: Array<{ members: number }>) => list.reduce((s, t) => s + t.members, 0);
  const suppression = suppress(
    [
      { id: 'organisation', people: a.teams.reduce((s, t) => s + t[2], 0) },
      ...depts.map((d) => ({ id: `department:${part(d)}`, parentId: 'organisation', people: sum(teamsOf.get(d)!) })),
      ...depts.flatMap((d) => teamsOf.get(d)!.map((t) => ({ id: `manager:${t.key}`, parentId: `department:${part(d)}`, people: t.members }))),
    ],
    r.k,
  );
  // Per team key × period: [pairs, held, within, overdue, cancelled]; medians by group id × period.
  const cells = new Map<string, number[]>();
  const cell = (d: Dept, mgr: string, pi: number) => {
    const id = `${teamKey(d, mgr)}\n${pi}`;
    let c = cells.get(id);
    if (!c) cells.set(id, (c = [0, 0, 0, 0, 0]));
    return c;
  };
  for (const [d, mgr, pi, pairs, held, within, overdue] of a.cells) cell(d, mgr, pi).splice(0, 4, pairs, held, within, overdue);
  for (const [d, mgr, pi, n] of a.cancelled) cell(d, mgr, pi)[4] = n;
  const medians = new Map<string, number>();
  for (const [lv, d, mgr, pi, m] of a.medians) {
    const id = lv === 0 ? `manager:${teamKey(d, mgr!)}` : lv === 1 ? `department:${part(d)}` : 'organisation';
    medians.set(`${id}\n${pi}`, m);
  }
  const figures = (id: string, teams: Array<{ dept: Dept; mgr: string }>): Array<CadenceFigures | null> =>
    r.periods.map((period, pi) => {
      if (period.start > asOfDay) return null;
      let pairs = 0, held = 0, within = 0, overdue = 0, cancelled = 0;
      for (const t of teams) {
        const c = cells.get(`${teamKey(t.dept, t.mgr)}\n${pi}`);
        if (!c) continue;
        pairs += c[0]!;
        held += c[1]!;
        within += c[2]!;
        overdue += c[3]!;
        cancelled += c[4]!;
      }
      const median = medians.get(`${id}\n${pi}`);
      return { held, cancelled, pairs, medianIntervalDays: median ?? null, withinTarget: pairs > 0 ? within / pairs : null, withinTargetPairs: within, overdue };
    });
  const group = (
    id: string,
    level: CadenceGroup['level'],
    parentId: string | null,
    dept: Dept,
    manager: string | null,
    teams: Array<{ dept: Dept; mgr: string; members: number }>,
  ): CadenceGroup => {
    const published = suppression.published.has(id);
    const g: CadenceGroup = {
      id,
      level,
      parentId,
      departmentId: dept,
      managerId: manager,
      published,
      people: published ? sum(teams) : null,
      figures: published ? figures(id, teams) : r.periods.map(() => null),
    };
    if (!published) g.hidden = suppression.hidden.get(id)!;
    return g;
  };
  const all = depts.flatMap((d) => teamsOf.get(d)!.map((t) => ({ dept: d, ...t })));
  const groups: CadenceGroup[] = [];
  // The asked unit and everything below it, as `cadenceInsight` cuts the whole tree.
  const kept = new Set<string>();
  const wanted = (id: string, parent: string | null) => {
    const yes = r.unit === id || (parent !== null && kept.has(parent));
    if (yes) kept.add(id);
    return yes;
  };
  if (wanted('organisation', null)) groups.push(group('organisation', 'organisation', null, null, null, all));
  for (const d of depts) {
    const deptId = `department:${part(d)}`;
    const mine = all.filter((t) => t.dept === d);
    if (wanted(deptId, 'organisation')) groups.push(group(deptId, 'department', 'organisation', d, null, mine));
    for (const t of mine) {
      const id = `manager:${t.key}`;
      if (wanted(id, deptId)) groups.push(group(id, 'manager', deptId, d, t.mgr, [t]));
    }
  }
  return {
    periods: r.periods,
    asOf: r.asOf,
    k: r.k,
    groups,
    skipped: { meetings: Number(a.skippedMeetings), pairs: Number(a.skippedPairs) },
    unit: r.unit,
  };
}
