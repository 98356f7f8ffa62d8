/**
 * The write path's one-statement case (server/records.ts `putRecord` calls it): a valid record
 * without a precondition, which is nearly every write an outbox sends.
 */
import type { RecordKind, TaiwaRecord } from '../src/model/records.js';
import type { Db } from './db.js';

/**
 * The common write (a valid record, no precondition) in one statement, so in one round trip and
 * one commit: the record's upsert and its key's stored answer together. A key already stored skips
 * the write (no row: undefined); a key a concurrent request is storing makes the key's insert fail
 * (unique violation), which rolls the whole statement back (undefined too): the caller replays.
 */
export async function putAtOnce(
  db: Db,
  tenant: string,
  kind: RecordKind,
  record: TaiwaRecord,
  key: string,
  fingerprint: string,
): Promise<{ revision: string | number; inserted: boolean } | undefined> {
  const r = record as TaiwaRecord & { memberId?: string; managerId?: string; sessionId?: string };
  try {
    const [row] = await db.query<{ revision: string | number; inserted: boolean }>(
      `with rec as (
         insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body, revision)
         select $1, $2, $3, $4, $5, $6, $7, $8, $9, 1
         where not exists (select 1 from idempotency_keys where tenant = $1 and key = $10)
         on conflict (tenant, kind, id) do update set
           member_id = excluded.member_id, manager_id = excluded.manager_id, session_id = excluded.session_id,
           created_at = excluded.created_at, updated_at = excluded.updated_at, body = excluded.body,
           revision = records.revision + 1
         returning revision, (xmax = 0) as inserted
       ),
       answer as (
         insert into idempotency_keys (tenant, key, fingerprint, status, body, etag)
         select $1, $10, $11, case when inserted then 201 else 200 end, $9::jsonb, '"' || revision || '"' from rec
         returning key
       )
       select revision, inserted from rec, answer`,
      [
        tenant,
        kind,
        r.id,
        r.memberId ?? null,
        r.managerId ?? null,
        r.sessionId ?? null,
        r.createdAt,
        r.updatedAt,
        JSON.stringify(record),
        key,
        fingerprint,
      ],
      'taiwa_put_once',
    );
    return row;
  } catch (err) {
    if ((err as { code?: string }).code === '23505') return undefined;
    throw err;
  }
}
