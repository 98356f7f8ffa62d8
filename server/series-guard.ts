/**
 * One series per pair: a member and a manager have at most one open `series` (no `endedAt`), so the
 * cadence insight, the reminders and the calendars see one cadence for the pair. A second open
 * series for the same pair is refused with 409 (`series-exists`, naming the open one); writing the
 * open series again (changing it, or ending it) is the way to change the pair's cadence.
 * Called inside the write's transaction, after the row lock: a transaction-scoped advisory lock on
 * the pair makes two concurrent first series for one pair meet here one after the other.
 */
import type { RecordKind, TaiwaRecord } from '../src/model/records.js';
import type { Queryable } from './db.js';
import { problem, type Answer } from './records.js';

/** The 409 that refuses `record`, or `undefined` when the write may go on. */
export async function seriesGuard(tx: Queryable, tenant: string, kind: RecordKind, record: TaiwaRecord): Promise<Answer | undefined> {
  if (kind !== 'series') return undefined;
  const s = record as TaiwaRecord & { memberId: string; managerId: string; endedAt?: string };
  if (s.endedAt !== undefined) return undefined;
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`series-pair\n${tenant}\n${s.managerId}\n${s.memberId}`]);
  const [open] = await tx.query<{ id: string }>(
    `select id from records
      where tenant = $1 and kind = 'series' and member_id = $2 and manager_id = $3 and id <> $4 and body->>'endedAt' is null
      order by created_at limit 1`,
    [tenant, s.memberId, s.managerId, s.id],
  );
  if (!open) return undefined;
  return problem(409, 'This pair already has an open series', {
    rule: 'series-exists',
    field: 'memberId',
    existing: open.id,
    detail: `The member and the manager already meet in series ${open.id}. Change that series, or end it (endedAt) first.`,
  });
}
