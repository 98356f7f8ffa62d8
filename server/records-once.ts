/**
 * The write path's one-statement case (server/records.ts `putRecord` calls it): a valid record
 * without a precondition, which is nearly every write an outbox sends.
 */
import type { RecordKind, TaiwaRecord } from '../src/model/records.js';
import type { Db } from './db.js';
import { OWNER_KEPT } from './write-owner.js';

/**
 * What a write came to: stored (its revision; `inserted`: a new record), `refused` (`owner`: the
 * stored row of its id is someone else's, server/write-owner.ts; `value`: the database refuses a
 * value the schema let through, with its SQLSTATE), or undefined: its key was already stored (or
 * is being stored by a concurrent request): the caller replays the key's answer.
 */
export type Stored =
  | { revision: string | number; inserted: boolean; refused?: undefined }
  | { refused: 'owner' }
  | { refused: 'value'; code: string }
  | undefined;

/**
 * What the database refuses of a record the schema and the server's rules accepted (SQLSTATE class
 * 22, data exceptions: a timestamp out of range or an impossible date such as 2025-02-30, a NUL
 * (`\u0000`) or a lone surrogate in a string, which jsonb does not store; class 23, integrity,
 * but for a unique violation: a check or not-null constraint). A unique violation is the
 * Idempotency-Key of a concurrent request (replay); anything else (a lost connection) is the
 * server's failure, a 5xx.
 */
export function refusedValue(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || code === '23505') return undefined;
  return code.startsWith('22') || code.startsWith('23') ? code : undefined;
}

const SQL = `with fresh as (
  select not exists (select 1 from idempotency_keys where tenant = $1 and key = $10) as fresh
),
rec as (
  insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body, revision)
  select $1, $2, $3, $4, $5, $6, $7, $8, $9, 1 from fresh where fresh
  on conflict (tenant, kind, id) do update set
    member_id = excluded.member_id, manager_id = excluded.manager_id, session_id = excluded.session_id,
    created_at = excluded.created_at, updated_at = excluded.updated_at, body = excluded.body,
    revision = records.revision + 1
  where $12::boolean or ${OWNER_KEPT}
  returning revision, (xmax = 0) as inserted
),
answer as (
  insert into idempotency_keys (tenant, key, fingerprint, status, body, etag)
  select $1, $10, $11, case when inserted then 201 else 200 end, $9::jsonb, '"' || revision || '"' from rec
  returning key
)
select fresh.fresh, rec.revision, rec.inserted from fresh left join rec on true`;

/**
 * A record's columns of `records` in their insert order ($1–$9: tenant, kind, id, member_id,
 * manager_id, session_id, created_at, updated_at, body), as every single-row upsert passes them.
 */
export function recordValues(tenant: string, kind: RecordKind, record: TaiwaRecord): unknown[] {
  const r = record as TaiwaRecord & { memberId?: string; managerId?: string; sessionId?: string };
  return [
    tenant,
    kind,
    r.id,
    r.memberId ?? null,
    r.managerId ?? null,
    r.sessionId ?? null,
    r.createdAt,
    r.updatedAt,
    JSON.stringify(record),
  ];
}

/**
 * The common write (a valid record, no precondition) in one statement, so in one round trip and
 * one commit: the record's upsert and its key's stored answer together. A key already stored skips
 * the write (undefined); a key a concurrent request is storing makes the key's insert fail (unique
 * violation), which rolls the whole statement back (undefined too): the caller replays. A stored
 * row of another pair or side is left as it is (`refused: 'owner'`, no key stored) unless
 * `unchecked` (the write skipped the policy).
 */
export async function putAtOnce(
  db: Db,
  tenant: string,
  kind: RecordKind,
  record: TaiwaRecord,
  key: string,
  fingerprint: string,
  unchecked = false,
): Promise<Stored> {
  try {
    const [row] = await db.query<{ fresh: boolean; revision: string | number | null; inserted: boolean | null }>(
      SQL,
      [...recordValues(tenant, kind, record), key, fingerprint, unchecked],
      'taiwa_put_once',
    );
    if (!row?.fresh) return undefined;
    if (row.revision === null) return { refused: 'owner' };
    return { revision: row.revision, inserted: row.inserted === true };
  } catch (err) {
    if ((err as { code?: string }).code === '23505') return undefined;
    const code = refusedValue(err);
    if (code) return { refused: 'value', code };
    throw err;
  }
}
