/**
 * The cadence route (issue 18): `cadenceInsight` (`src/insights/hr.ts`) over the tenant's records,
 * with the reading done where the data lives. One statement reads the few fields the cadence needs
 * out of the sessions' and series' jsonb and answers with one JSON value: the active people, each
 * pair's latest open series, and each pair's held and cancelled dates (grouped by pair, with the
 * pair's first session id). Then the pairs as `cadenceInsight` makes them and the same
 * `computeCadence` as the browser's: the periods, intervals, medians, skipped counts and the
 * suppression are the pure code's by construction, and no record is validated or built in JS.
 *
 * Why not the figures in SQL (as before): on the demo's ~300 people on PGlite that statement took
 * 675 ms, mostly in joins between the sessions and the pairs that the planner, without statistics
 * (PGlite never analyzes), ran as nested loops; this statement has no join, and computeCadence
 * counts 10,000 pairs' two years in tens of milliseconds.
 *
 * The SQL keeps `cadenceInsight`'s definitions: a held 1on1 on `heldAt`, or on `scheduledAt` up to
 * `asOf`; a cancelled one on `scheduledAt`, else `cancelledAt` (the first ten characters, read by
 * `dayOf` in `computeCadence`); a pair's target from its latest open series (ties: the smallest
 * id), else `defaultTargetDays`; the pairs in the order the pure code meets them (series first,
 * then sessions, each in id order), which decides the team of a member without a manager. The
 * differential test (test/server/insights-cadence.test.ts) holds the route to `cadenceInsight`.
 */
import { computeCadence, type CadenceMeeting, type CadencePair, type CadenceReport } from '../src/insights/cadence.js';
import type { ResolvedRange } from '../src/insights/hr-units.js';
import type { Queryable } from './db.js';

const SQL = `
with raw as materialized (
  -- Each field out of the jsonb once.
  select id, member_id, manager_id, nullif(body->>'cancelledAt', '') as ca, nullif(body->>'heldAt', '') as ha, body->>'scheduledAt' as sa
  from records where tenant = $1 and kind = 'session'
), mt as (
  select member_id, manager_id, id,
    case when ca is not null then 'c' when ha is not null then 'h'
         when nullif(sa, '') is not null and left(sa, 10) collate "C" <= $2::text collate "C" then 'h' end as st,
    left(case when ca is not null then coalesce(sa, ca) when ha is not null then ha else sa end, 10) as dt
  from raw
), met as (
  select member_id, manager_id, min(id collate "C") as first_id,
    json_agg(dt) filter (where st = 'h') as h, json_agg(dt) filter (where st = 'c') as c
  from mt where st is not null group by 1, 2
), sv as (
  select id, member_id, manager_id,
    case when jsonb_typeof(body->'everyWeeks') = 'number' then (body->>'everyWeeks')::float8 * 7 end as target,
    left(body->>'startsAt', 10) as since_t
  from records where tenant = $1 and kind = 'series'
    and not (nullif(body->>'endedAt', '') is not null and left(body->>'endedAt', 10) collate "C" < left(body->>'startsAt', 10) collate "C")
), sp as (
  select distinct on (member_id, manager_id) member_id, manager_id, target, since_t,
    min(id collate "C") over (partition by member_id, manager_id) as first_id
  from sv order by member_id, manager_id, since_t collate "C" desc, id collate "C"
)
select json_build_object(
  'people', (select coalesce(json_agg(json_build_array(id, manager_id, department)), '[]') from people where tenant = $1 and active),
  'series', (select coalesce(json_agg(json_build_array(member_id, manager_id, target, since_t, first_id)), '[]') from sp),
  'meetings', (select coalesce(json_agg(json_build_array(member_id, manager_id, first_id, h, c)), '[]') from met)
)::text as answer`;

interface Answer {
  people: Array<[string, string | null, string | null]>;
  /** member, manager, target days (null: not a number), since, first series id */
  series: Array<[string, string, number | null, string | null, string]>;
  /** member, manager, first session id, held dates, cancelled dates */
  meetings: Array<[string, string, string, string[] | null, string[] | null]>;
}

/** In id order, as the pure code reads the records (`hrSource`: `order by id collate "C"`). */
const byId =
  <T>(id: (row: T) => string) =>
  (a: T, b: T) =>
    id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0;

export interface CadenceOptions {
  graceDays?: number;
  defaultTargetDays?: number;
}

/** `cadenceInsight(source, query)` over the tenant's records (see the module comment). */
export async function cadenceInSql(
  db: Queryable,
  tenant: string,
  r: ResolvedRange,
  options: CadenceOptions = {},
): Promise<CadenceReport & { unit: string }> {
  const [row] = await db.query<{ answer: string }>(SQL, [tenant, r.asOf]);
  const a = JSON.parse(row!.answer) as Answer;
  const pairs = new Map<string, CadencePair>();
  for (const [memberId, managerId, target, since] of a.series.sort(byId((s) => s[4])))
    pairs.set(`${memberId}\u0000${managerId}`, { memberId, managerId, targetDays: target ?? NaN, since });
  const meetings: CadenceMeeting[] = [];
  for (const [memberId, managerId, , held, cancelled] of a.meetings.sort(byId((m) => m[2]))) {
    const key = `${memberId}\u0000${managerId}`;
    if (!pairs.has(key)) pairs.set(key, { memberId, managerId, targetDays: options.defaultTargetDays ?? 28 });
    if (held) for (const date of held) meetings.push({ memberId, managerId, date, status: 'held' });
    if (cancelled) for (const date of cancelled) meetings.push({ memberId, managerId, date, status: 'cancelled' });
  }
  const report = computeCadence(
    {
      people: a.people.map(([id, managerId, departmentId]) => ({ id, managerId, departmentId })),
      pairs: [...pairs.values()],
      meetings,
    },
    {
      kind: r.kind,
      from: r.from,
      to: r.to,
      asOf: r.asOf,
      k: r.k,
      ...(options.graceDays !== undefined ? { graceDays: options.graceDays } : {}),
    },
  );
  // The asked unit and everything below it, as `cadenceInsight` cuts the whole tree.
  const keep = new Set([r.unit]);
  for (const g of report.groups) if (g.parentId !== null && keep.has(g.parentId)) keep.add(g.id);
  return { ...report, groups: report.groups.filter((g) => keep.has(g.id)), unit: r.unit };
}
