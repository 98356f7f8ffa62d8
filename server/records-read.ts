/**
 * The read side of records (server/records.ts re-exports it): the list query with its revisions,
 * a tenant's reset, and a host's catalogue override.
 */
import type { RecordKind } from '../src/model/records.js';
import type { Db } from './db.js';

export interface RecordQuery {
  personId?: string;
  sessionId?: string;
  from?: string;
  to?: string;
}

/** `GET {base}/records/{kind}`: same semantics as the adapters' in-memory `matches()`, oldest first. */
export async function listRecords(db: Db, tenant: string, kind: RecordKind, q: RecordQuery): Promise<unknown[]> {
  return (await listRevisions(db, tenant, kind, q)).map((r) => r.body);
}

/** The records of `listRecords`, each with its revision (the list answer's `revisions`). */
export async function listRevisions(
  db: Db,
  tenant: string,
  kind: RecordKind,
  q: RecordQuery,
): Promise<{ body: unknown; revision: string }[]> {
  const where = ['tenant = $1', 'kind = $2'];
  const params: unknown[] = [tenant, kind];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replaceAll('?', `$${params.length}`));
  };
  if (q.personId !== undefined) add('(member_id = ? or manager_id = ?)', q.personId);
  // A session is its own session: `{ sessionId }` finds the session record itself.
  if (q.sessionId !== undefined) add(kind === 'session' ? 'id = ?' : 'session_id = ?', q.sessionId);
  if (q.from !== undefined) add('created_at >= ?', q.from);
  if (q.to !== undefined) add('created_at < ?', q.to);
  const rows = await db.query<{ body: unknown; revision: string | number }>(
    `select body, revision from records where ${where.join(' and ')} order by created_at, id collate "C"`,
    params,
  );
  return rows.map((r) => ({ body: r.body, revision: String(r.revision) }));
}

/** Forgets every record, key and override of a tenant (the test harness's reset, `npm run demo:reset`). */
export async function resetTenant(db: Db, tenant: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const table of [
      'records',
      'idempotency_keys',
      'catalog_overrides',
      'people',
      'grants',
      'strength_reads',
      'feedback_cells',
      'feedback_members',
    ])
      await tx.query(`delete from ${table} where tenant = $1`, [tenant]);
  });
}

export async function catalogOverride(db: Db, tenant: string, locale: string): Promise<unknown> {
  const [row] = await db.query<{ body: unknown }>('select body from catalog_overrides where tenant = $1 and locale = $2', [tenant, locale]);
  return row?.body;
}
