/**
 * Strengths where the data lives: the per-cell totals of `src/insights/strengths.ts` computed in
 * SQL (PostgreSQL 15, over the feedback_items layout of migration 0008), then published by the very same `publish`, so a manager's
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

/** Up to this k, a batch's figures are one expression over k array elements; above it, the elements are grouped by batch. */
const UNROLLED = 12;

/**
 * The SQL for one k, sharing default and member rule (spelled out rather than parameters: the
 * planner then knows how many items it reads, and a batch of k is an expression of k terms).
 *
 * Cell by cell (feedback_cells, migration 0008), the cell's items from the covering index in
 * arrival order, each as two integers: its units and its member's number. Their arrays are built
 * in the index's order (the subquery's `order by`: no sort, since PostgreSQL 15 would sort again for
 * `array_agg(… order by …)`); the complete batches are then read from the arrays, k elements at a
 * time. No window function and no text comparison per item.
 */
function sqlFor(k: number, sharedByDefault: boolean, twoMembers: boolean): string {
  const shared = sharedByDefault ? 'f.shared is not true and f.shared is false' : 'f.shared is not true';
  const at = (a: string, j: number) => (j === 0 ? `${a}[i]` : `${a}[i + ${j}]`);
  const terms = Array.from({ length: k }, (_, j) => j);
  // A batch's figures: its units summed; whether two members or more rated in it.
  const batches =
    k <= UNROLLED
      ? `select ${terms.map((j) => at('c.u', j)).join(' + ')} as bs, ${
          twoMembers && k > 1
            ? terms
                .slice(1)
                .map((j) => `${at('c.m', 0)} <> ${at('c.m', j)}`)
                .join(' or ')
            : String(!twoMembers)
        } as two
        from generate_series(1, c.nb * ${k}, ${k}) i`
      : `select sum(x) as bs, ${twoMembers ? 'min(y) <> max(y)' : 'true'} as two
        from unnest(c.u[1:c.nb * ${k}]${twoMembers ? `, c.m[1:c.nb * ${k}]` : ''}) with ordinality as t(x, ${twoMembers ? 'y, ' : ''}i)
        group by (i - 1) / ${k}`;
  return `
with cells as (
  select c.id, c.manager_id, c.topic_id, c.response_id, a.n, a.s, a.cmin, a.cmax, a.n / ${k} as nb, a.u, a.m
  from feedback_cells c
  cross join lateral (
    select count(*)::int as n, sum(units)::float8 as s, min(code)::int as cmin, max(code)::int as cmax,
           array_agg(units) as u, ${twoMembers ? 'array_agg(member)' : 'null::int[]'} as m
    from (select f.units, f.member, f.code from feedback_items f where f.cell = c.id and ${shared}
          order by f.created_at, f.record_id, f.pos) items
  ) a
  where c.tenant = $1 and a.n > 0
),
windows as (
  select c.id, c.manager_id, c.topic_id, c.response_id, c.n, c.s, c.nb::float8 as nb, c.cmin, w.ws, w.sq,
         c.nb > 0 and w.open as open,
         -- The scales of a window that may mix them, counted: [[code, ratings], …].
         case when c.cmin <> c.cmax and c.nb > 0 then (
           select json_agg(json_build_array(code, votes)) from (
             select code, count(*) as votes from (
               select f.code from feedback_items f where f.cell = c.id and ${shared}
               order by f.created_at, f.record_id, f.pos limit c.nb * ${k}
             ) x group by 1
           ) v
         ) end as mixed
  from cells c
  cross join lateral (
    -- A cell whose window holds a batch from one member publishes no window (that would be the member's figure).
    select sum(bs)::float8 as ws, sum(bs::float8 * bs) as sq, coalesce(bool_and(two), false) as open
    from (${batches}) b
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
      and not coalesce((r.body->>'sharedWithManager')::boolean, ${sharedByDefault})
      and (r.body->'scale'->>'max')::int > (r.body->'scale'->>'min')::int
    order by r.created_at, r.id collate "C" limit 1
  ) f
)
select w.manager_id, w.topic_id, w.response_id, w.n, w.s, w.nb, w.ws, w.sq, w.open, w.cmin, w.mixed
from windows w join managers m using (manager_id)
order by m.created_at, m.id collate "C", w.topic_id collate "C", w.response_id collate "C"
`;
}

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
  const sql = sqlFor(k, sharedByDefault, twoMembers);
  const params = [tenant];
  // Without JIT: compiling this plan costs more than it saves (seconds on a busy machine, for a
  // query that reads a million index entries once). `set local` ends with the transaction.
  const rows =
    'transaction' in db
      ? await (db as Db).transaction(async (tx) => {
          await tx.query('set local jit = off');
          // A memo of the batches' subquery would hash every cell's arrays to find nothing again.
          await tx.query('set local enable_memoize = off');
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
