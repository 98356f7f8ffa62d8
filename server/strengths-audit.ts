/**
 * The audit of named strengths maps (wp-share): HR reads a named manager's map only where the
 * policy allows it (TAIWA_HR_NAMED_STRENGTHS), and every such read is written down, so the manager
 * can see when their map was opened. Table: migrations/0005_strength_reads.sql.
 */
import type { Queryable } from './db.js';
import { hasGrant } from './people.js';
import type { Principal } from './principal.js';

/**
 * What a named read by `principal` needs: `ok` (their own map, or no principal: the route's
 * authorization is elsewhere), `audit` (HR reading another manager's map, allowed: write it down),
 * or `refuse` (HR, and the policy keeps named maps to the organisation's patterns).
 */
export async function namedRead(
  db: Queryable,
  tenant: string,
  principal: Principal | undefined,
  managerId: string | undefined,
  hrNamedStrengths: boolean,
): Promise<'ok' | 'audit' | 'refuse'> {
  if (!principal || managerId === undefined || principal.personId === managerId) return 'ok';
  if (!(await hasGrant(db, tenant, principal.personId, 'hr-admin'))) return 'ok';
  return hrNamedStrengths ? 'audit' : 'refuse';
}

export async function recordRead(db: Queryable, tenant: string, managerId: string, readerId: string): Promise<void> {
  await db.query('insert into strength_reads (tenant, manager_id, reader_id) values ($1, $2, $3)', [tenant, managerId, readerId]);
}

/** When the manager's map was opened by others, newest first (at most 50; who is not said). */
export async function readsOf(db: Queryable, tenant: string, managerId: string): Promise<{ at: string }[]> {
  const rows = await db.query<{ read_at: Date | string }>(
    'select read_at from strength_reads where tenant = $1 and manager_id = $2 order by read_at desc limit 50',
    [tenant, managerId],
  );
  return rows.map((r) => ({ at: new Date(r.read_at).toISOString() }));
}
