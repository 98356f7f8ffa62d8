/**
 * Strengths where the data lives: the per-cell totals of `src/insights/strengths.ts` computed in
 * SQL (PostgreSQL 15, over the feedback_items layout of migration 0006), then published by the very same `publish`, so a manager's
 * browser receives only the masked map, never a rating.
 *
 * Per manager × topic × response cell, member ratings are put in arrival order (`createdAt`, then
 * the record id, then the item's position), numbered, and cut into batches of k; only complete
 * batches form the window (with `twoMembers`, as the route asks: only when every batch holds ratings
 * from two members or more).
 * Feedback the manager sees by name (`sharedWithManager`, or the policy's default) is left out. Ratings are held in units of 1/2520 of their record's scale.
 */
import { publish, tallyFromTotals, type CellTotals, type StrengthMap, type StrengthTotals } from '../src/insights/strengths.js';
import { clampK } from '../src/insights/strengths/types.js';
import type { Db, Queryable } from './db.js';

// One pass over the covering index of feedback_items (migration 0006), cell by cell (manager ×
// topic × response): each cell's ratings in arrival order as one array (units and scale packed in
// one integer: scale code · 4096 + units), its members beside it; the batches of k are then cut
// from the arrays. No window function: a WindowAgg spools every row, an array per cell does not.
const SQL = `
with cells as (
  select manager_id, topic_id, response_id, count(*)::float8 as n, sum(v % 4096)::float8 as s,
         array_agg(v order by created_at, record_id, pos) as vs,
         array_agg(member_id order by created_at, record_id, pos) as ms
  from (
    select manager_id, topic_id, response_id, member_id, created_at, record_id, pos,
           (lo * 11 + hi) * 4096 + greatest(0, least(2520, (rating - lo) * (2520 / (hi - lo)))) as v
    from feedback_items
    where tenant = $1 and $SHARED
  ) items
  group by manager_id, topic_id, response_id
),
windows as (
  select c.manager_id, c.topic_id, c.response_id, c.n, c.s, w.nb, w.ws, w.sq, w.open, w.cmin,
         -- The scales of a window that mixes them, counted: [[code, ratings], …].
         case when w.cmin <> w.cmax then (
           select json_agg(json_build_array(code, votes)) from (
             select x / 4096 as code, count(*) as votes from unnest(c.vs[1:(w.nb * $2::int)::int]) x group by 1
           ) v
         ) end as mixed
  from cells c
  cross join lateral (
    select count(*)::float8 as nb, sum(bs)::float8 as ws, sum(bs::float8 * bs::float8) as sq,
           -- A cell whose window holds a batch from one member publishes no window (that would be the member's figure).
           coalesce(bool_and(members), false) as open, min(cmin) as cmin, max(cmax) as cmax
    from (
      select sum(v % 4096) as bs, count(*) as size, min(v / 4096) as cmin, max(v / 4096) as cmax,
             case when $3::int = 1 then count(m) > 0 else min(m) <> max(m) end as members
      from unnest(c.vs, c.ms) with ordinality as t(v, m, i)
      group by (i - 1) / $2::int
    ) b
    where size = $2::int
  ) w
),
-- Managers in the order they first appear in arrival order, as tally() interns them (every
-- eligible record counts, with or without items): publish then adds the same floating-point
-- figures in the same order.
managers as (
  select manager_id, f.created_at, f.id
  from (select distinct manager_id from windows) m
  cross join lateral (
    select r.created_at, r.id from records r
    where r.tenant = $1 and r.kind = 'feedback' and r.manager_id = m.manager_id and r.body->>'by' = 'member'
      and not coalesce((r.body->>'sharedWithManager')::boolean, $4::boolean)
      and (r.body->'scale'->>'max')::int > (r.body->'scale'->>'min')::int
    order by r.created_at, r.id collate "C" limit 1
  ) f
)
select w.manager_id, w.topic_id, w.response_id, w.n, w.s, w.nb, w.ws, w.sq, w.open, w.cmin, w.mixed
from windows w join managers m using (manager_id)
order by m.created_at, m.id collate "C", w.topic_id collate "C", w.response_id collate "C"
`;

interface Row {
  manager_id: string;
  topic_id: string;
  response_id: string;
  n: number;
  s: number;
  nb: number;
  ws: number | null;
  sq: number | null;
  open: boolean;
  cmin: number | null;
  mixed: [number, number | string][] | null;
}

/** The scale of the published ratings: the most frequent among every open window's ratings (ties: lower min, then max). */
function scaleOf(rows: readonly Row[], k: number): { min: number; max: number } {
  const votes = new Map<number, number>();
  const add = (code: number, n: number) => votes.set(code, (votes.get(code) ?? 0) + n);
  for (const r of rows) {
    if (!r.open || r.nb === 0) continue;
    if (r.mixed) for (const [code, n] of r.mixed) add(code, Number(n));
    else if (r.cmin !== null) add(r.cmin, r.nb * k);
  }
  let best = -1;
  for (const [code, n] of votes) if (best < 0 || n > votes.get(best)! || (n === votes.get(best)! && code < best)) best = code;
  return best < 0 ? { min: 1, max: 5 } : { min: Math.floor(best / 11), max: best % 11 };
}

/** The totals `publish` needs, from SQL. */
export async function strengthTotals(
  db: Queryable,
  tenant: string,
  k: number,
  { sharedByDefault = false, twoMembers = false }: { sharedByDefault?: boolean; twoMembers?: boolean } = {},
): Promise<StrengthTotals> {
  k = clampK(k);
  // Spelled out rather than a parameter, so the planner knows how many items it reads (it then
  // walks the covering index in order instead of sorting).
  const left = sharedByDefault ? 'shared is false' : 'shared is not true';
  const sql = SQL.replace('$SHARED', left);
  const params = [tenant, k, twoMembers ? 2 : 1, sharedByDefault];
  // Without JIT: compiling this plan costs more than it saves (seconds on a busy machine, for a
  // query that reads a million index entries once). `set local` ends with the transaction.
  const rows =
    'transaction' in db
      ? await (db as Db).transaction(async (tx) => {
          await tx.query('set local jit = off');
          return tx.query<Row>(sql, params);
        })
      : await db.query<Row>(sql, params);
  const cells: CellTotals[] = rows.map((r) => {
    const shown = r.open && r.nb > 0;
    const nb = shown ? r.nb : 0;
    const ws = shown ? (r.ws ?? 0) : 0;
    return {
      managerId: r.manager_id,
      topicId: r.topic_id,
      responseId: r.response_id,
      count: r.n,
      sum: r.s,
      windowCount: nb * k,
      windowSum: ws,
      // As tally() computes it: Σ b² − (Σ b)² / batches.
      batchSS: shown ? (r.sq ?? 0) - (ws * ws) / nb : 0,
    };
  });
  return { k, scale: scaleOf(rows, k), cells };
}

export async function strengthMap(
  db: Queryable,
  tenant: string,
  {
    managerId,
    k = 3,
    prior,
    sharedByDefault = false,
    twoMembers = false,
  }: { managerId?: string; k?: number; prior?: number; sharedByDefault?: boolean; twoMembers?: boolean },
): Promise<StrengthMap> {
  const totals = await strengthTotals(db, tenant, k, { sharedByDefault, twoMembers });
  return publish(tallyFromTotals(totals), {
    ...(managerId !== undefined ? { managerId } : {}),
    k,
    ...(prior !== undefined ? { prior } : {}),
  });
}
