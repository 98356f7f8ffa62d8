/**
 * Strengths where the data lives: the per-cell totals of `src/insights/strengths.ts` computed in
 * SQL (PostgreSQL 15 window functions), then published by the very same `publish`, so a manager's
 * browser receives only the masked map, never a rating.
 *
 * Per manager × topic × response cell, member ratings are put in arrival order (`createdAt`, then
 * the record id, then the item's position), numbered, and cut into batches of k; only complete
 * batches form the window (with `twoMembers`, as the route asks: only when every batch holds ratings
 * from two members or more).
 * Feedback the manager sees by name (`sharedWithManager`, or the policy's default) is left out. Ratings are held in units of 1/2520 of their record's scale.
 */
import { publish, tallyFromTotals, type CellTotals, type StrengthMap, type StrengthTotals } from '../src/insights/strengths.js';
import type { Queryable } from './db.js';

const SQL = `
with items as materialized (
  select r.manager_id, r.body->>'memberId' as member_id, r.created_at, r.id, i.pos,
         i.item->>'topicId' as topic_id, i.item->>'responseId' as response_id,
         (r.body->'scale'->>'min')::int as lo, (r.body->'scale'->>'max')::int as hi,
         (i.item->>'rating')::int as rating
  from records r
  cross join lateral jsonb_array_elements(r.body->'items') with ordinality as i(item, pos)
  where r.tenant = $1 and r.kind = 'feedback' and r.body->>'by' = 'member'
    and not coalesce((r.body->>'sharedWithManager')::boolean, $3::boolean)
),
units as materialized (
  select manager_id, member_id, topic_id, response_id, lo, hi,
         greatest(0, least(2520, (rating - lo) * (2520 / (hi - lo)))) as u,
         row_number() over cell - 1 as rn,
         count(*) over (partition by manager_id, topic_id, response_id) as n
  from items
  where hi > lo
  window cell as (partition by manager_id, topic_id, response_id order by created_at, id collate "C", pos)
),
win as (select * from units where rn < n - n % $2),
batches as (
  select manager_id, topic_id, response_id, rn / $2 as b, sum(u)::float8 as s, count(distinct member_id) as members
  from win group by manager_id, topic_id, response_id, rn / $2
),
-- A cell whose window holds a batch from one member publishes no window (that would be the member's figure).
windows as (
  select manager_id, topic_id, response_id, count(*)::float8 as nb, sum(s) as ws, sum(s * s) as sq
  from batches group by manager_id, topic_id, response_id
  having min(members) >= $4
),
cells as (
  select manager_id, topic_id, response_id, count(*)::float8 as n, sum(u)::float8 as s
  from units group by manager_id, topic_id, response_id
),
-- Managers in the order they first appear in arrival order, as tally() interns them: publish then
-- adds the same floating-point figures in the same order.
managers as (
  select manager_id, min(ord) as first_seen
  from (select manager_id, row_number() over (order by created_at, id collate "C") as ord
        from records r
        where r.tenant = $1 and r.kind = 'feedback' and r.body->>'by' = 'member'
          and not coalesce((r.body->>'sharedWithManager')::boolean, $3::boolean)
          and (r.body->'scale'->>'max')::int > (r.body->'scale'->>'min')::int) m
  group by manager_id
)
select
  (select json_build_object('min', lo, 'max', hi) from win join windows using (manager_id, topic_id, response_id)
   group by lo, hi order by count(*) desc, lo, hi limit 1) as scale,
  coalesce((
    select json_agg(json_build_array(c.manager_id, c.topic_id, c.response_id, c.n, c.s, w.nb, w.ws, w.sq)
                    order by m.first_seen, c.topic_id collate "C", c.response_id collate "C")
    from cells c join managers m using (manager_id) left join windows w using (manager_id, topic_id, response_id)
  ), '[]'::json) as cells
`;

type Row = [string, string, string, number, number, number | null, number | null, number | null];

/** The totals `publish` needs, from SQL. */
export async function strengthTotals(
  db: Queryable,
  tenant: string,
  k: number,
  { sharedByDefault = false, twoMembers = false }: { sharedByDefault?: boolean; twoMembers?: boolean } = {},
): Promise<StrengthTotals> {
  const params = [tenant, k, sharedByDefault, twoMembers ? 2 : 1];
  const [row] = await db.query<{ scale: { min: number; max: number } | null; cells: Row[] }>(SQL, params);
  const cells: CellTotals[] = (row?.cells ?? []).map(([managerId, topicId, responseId, count, sum, nb, ws, sq]) => ({
    managerId,
    topicId,
    responseId,
    count,
    sum,
    windowCount: (nb ?? 0) * k,
    windowSum: ws ?? 0,
    // As tally() computes it: Σ b² − (Σ b)² / batches.
    batchSS: nb ? (sq ?? 0) - ((ws ?? 0) * (ws ?? 0)) / nb : 0,
  }));
  return { k, scale: row?.scale ?? { min: 1, max: 5 }, cells };
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
