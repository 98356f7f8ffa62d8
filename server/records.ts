/**
 * Records in PostgreSQL: the idempotent upsert (the Idempotency-Key's answer is stored in the same
 * transaction as the write), the list query, and the rules a backend adds beyond the schemas.
 */
import { createHash } from 'node:crypto';
import type { RecordKind, TaiwaRecord } from '../src/model/records.js';
import { isRecordKind, parseRecord } from '../src/model/validate.js';
import type { Db, Queryable } from './db.js';
import { recordValues, refusedValue } from './records-once.js';
import { seriesGuard } from './series-guard.js';
import { batcherOf } from './write-batch.js';
export { catalogOverride, listRecords, listRevisions, resetTenant, type RecordQuery } from './records-read.js';
import { OWNER_KEPT, ownerDiffers, refusal, stillRefused, type OwnerRule } from './write-owner.js';

/** An HTTP answer: status, JSON body, extra headers. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** RFC 9457 problem details; `field` and `rule` say what to fix. */
export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): Answer {
  return { status, body: { type: 'about:blank', title, status, ...extra }, ...(headers ? { headers } : {}) };
}

/**
 * Rules a backend may add beyond the schemas; the client's schema accepts these records, the
 * server refuses them with 422 and names the rule, and the outbox shows them as "needs attention".
 */
export function serverRules(kind: RecordKind, record: TaiwaRecord): Record<string, string> | undefined {
  if (Date.parse(record.updatedAt) < Date.parse(record.createdAt)) {
    return { rule: 'updated-before-created', field: 'updatedAt', detail: 'updatedAt is before createdAt.' };
  }
  if (kind === 'agenda' && 'items' in record) {
    const items = (record as { items: { memoVisibility: string; memo?: string }[] }).items;
    const i = items.findIndex((item) => item.memoVisibility !== 'shared' && item.memo !== undefined);
    if (i >= 0)
      return {
        rule: 'private-memo',
        field: `items.${i}.memo`,
        detail: 'A private memo stays on the member’s device; the server does not accept it.',
      };
  }
  if (kind === 'action' && (record as { visibility?: string }).visibility === 'private') {
    return {
      rule: 'private-action',
      field: 'visibility',
      detail: 'A private action item stays on its owner’s device; the server does not accept it.',
    };
  }
  return undefined;
}

/** What a write would store, or the 4xx that refuses it (checked before the database is touched). */
function check(kind: string, id: string, raw: string, parsedBefore?: TaiwaRecord): { record: TaiwaRecord; kind: RecordKind } | Answer {
  if (parsedBefore && isRecordKind(kind)) return checkRecord(kind, id, parsedBefore);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return problem(400, 'Body is not JSON');
  }
  if (!isRecordKind(kind)) return problem(404, `Unknown record kind "${kind}"`);
  const parsed = parseRecord(kind, body);
  if (!parsed.ok) return problem(422, 'Invalid record', { field: parsed.error.field, detail: parsed.error.reason });
  return checkRecord(kind, id, parsed.value);
}

function checkRecord(kind: RecordKind, id: string, record: TaiwaRecord): { record: TaiwaRecord; kind: RecordKind } | Answer {
  if (record.id !== id) return problem(400, 'The id in the path and in the body differ', { field: 'id' });
  const broken = serverRules(kind, record);
  if (broken) return problem(422, 'Refused by a server rule', broken);
  return { record, kind };
}

class KeyTaken extends Error {}
/** The stored row of the write's id is someone else's (server/write-owner.ts): rolled back, key and all. */
class OwnerRefused extends Error {}

/** A value the schema let through that the database does not store (records-once.ts `refusedValue`): 422, never a 5xx. */
const databaseRefused = (code: string) =>
  problem(422, 'Refused by the database', {
    rule: 'database-refused',
    detail: `The database does not store a value of this record (SQLSTATE ${code}: an impossible date, or a NUL character in a text).`,
  });

/**
 * `PUT {base}/records/{kind}/{id}`: an idempotent upsert. The first request with a key stores its
 * answer (2xx or 4xx) with the write in one transaction; a repeat gets that answer again with
 * `Idempotent-Replayed: true`; the same key with another request is refused. A failure inside the
 * transaction rolls everything back, so a 5xx is never a stored answer. A stored record of the id
 * that is someone else's is never overwritten, even by a write the policy allowed before it landed
 * (server/write-owner.ts): 409, and the key stores nothing (`owner`: how the owner is kept).
 */
export async function putRecord(
  db: Db,
  tenant: string,
  kind: string,
  id: string,
  raw: string,
  key: string | undefined,
  conditions: Conditions = {},
  /** The body as the route already parsed it with the kind's schema (`raw` is then not parsed again). */
  parsed?: TaiwaRecord,
  owner?: OwnerRule,
): Promise<Answer> {
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    return problem(400, 'Idempotency-Key header missing', { detail: 'Every write needs an Idempotency-Key header (1–255 characters).' });
  }
  const precondition = preconditionOf(conditions);
  // The precondition is part of the request: the same key with another If-Match is another request.
  const fingerprint = createHash('sha256')
    .update(`${kind}\n${id}\n${conditions.ifMatch ?? ''}\n${conditions.ifNoneMatch ?? ''}\n${raw}`)
    .digest('hex');
  const checked = 'status' in precondition ? precondition : check(kind, id, raw, parsed);
  // The common write in one statement; a series goes through the transaction, where one open series per pair is checked under a lock.
  if (!('status' in precondition) && precondition.type === 'any' && !('status' in checked) && checked.kind !== 'series') {
    // Group commit: written with the writes that arrive meanwhile, in one statement (server/write-batch.ts).
    const done = await batcherOf(db).put(tenant, checked.kind, checked.record, key, fingerprint, owner === 'unchecked');
    if (!done) return replay(db, tenant, key, fingerprint);
    if (done.refused === 'value') return databaseRefused(done.code);
    if (done.refused === 'owner') return (await refusal(owner)) ?? stillRefused();
    return { status: done.inserted ? 201 : 200, body: checked.record, headers: { etag: etagOf(done.revision) } };
  }
  try {
    return await db.transaction(async (tx) => {
      // The key first: a concurrent request with the same key waits here until this one commits.
      const taken = await tx.query(
        `insert into idempotency_keys (tenant, key, fingerprint, status, body) values ($1, $2, $3, 200, 'null')
         on conflict do nothing returning key`,
        [tenant, key, fingerprint],
      );
      if (taken.length === 0) throw new KeyTaken();
      const answer =
        'status' in checked
          ? checked
          : await upsert(tx, tenant, checked.kind, checked.record, precondition as Precondition, owner === 'unchecked');
      await tx.query('update idempotency_keys set status = $3, body = $4, etag = $5 where tenant = $1 and key = $2', [
        tenant,
        key,
        answer.status,
        JSON.stringify(answer.body),
        answer.headers?.etag ?? null,
      ]);
      return answer;
    });
  } catch (err) {
    if (err instanceof OwnerRefused) return (await refusal(owner)) ?? stillRefused();
    const code = refusedValue(err);
    if (code) return databaseRefused(code);
    if (!(err instanceof KeyTaken)) throw err;
  }
  return replay(db, tenant, key, fingerprint);
}

/** The stored answer of a key already taken: the same again, or why not. */
async function replay(db: Db, tenant: string, key: string, fingerprint: string): Promise<Answer> {
  const [known] = await db.query<{ fingerprint: string; status: number; body: unknown; etag: string | null }>(
    'select fingerprint, status, body, etag from idempotency_keys where tenant = $1 and key = $2',
    [tenant, key],
  );
  if (!known)
    return problem(409, 'The request with this Idempotency-Key was not finished; retry it', { rule: 'idempotency-key-in-flight' });
  if (known.fingerprint !== fingerprint) {
    return problem(422, 'Idempotency-Key reused with a different request', { rule: 'idempotency-key-reused' });
  }
  return {
    status: known.status,
    body: known.body,
    headers: { 'idempotent-replayed': 'true', ...(known.etag ? { etag: known.etag } : {}) },
  };
}

/** The write's preconditions as sent (`If-Match`, `If-None-Match`), before they are read. */
export interface Conditions {
  ifMatch?: string | undefined;
  ifNoneMatch?: string | undefined;
}

/** What a write requires of the stored record: a revision, its absence, or nothing (arrival order). */
type Precondition = { type: 'revision'; revision: number } | { type: 'absent' } | { type: 'any' };

/** A strong entity tag for a revision: `"7"`. */
export const etagOf = (revision: number | string): string => `"${revision}"`;

function preconditionOf({ ifMatch, ifNoneMatch }: Conditions): Precondition | Answer {
  if (ifMatch !== undefined && ifNoneMatch !== undefined) {
    return problem(400, 'Send If-Match or If-None-Match, not both', { field: 'If-Match' });
  }
  if (ifNoneMatch !== undefined) {
    if (ifNoneMatch.trim() !== '*')
      return problem(400, 'If-None-Match must be *', {
        field: 'If-None-Match',
        detail: 'Only `If-None-Match: *` (create only) is understood.',
      });
    return { type: 'absent' };
  }
  if (ifMatch === undefined) return { type: 'any' };
  const m = /^\s*"(\d{1,15})"\s*$/.exec(ifMatch);
  if (!m)
    return problem(400, 'If-Match must be one revision as a strong ETag', {
      field: 'If-Match',
      detail: 'Send the ETag the server gave, e.g. If-Match: "3".',
    });
  return { type: 'revision', revision: Number(m[1]) };
}

/**
 * Stores `record` as the next revision of its row. Writes are applied in arrival order (the row
 * lock orders concurrent ones); the client's `updatedAt` decides nothing. With a precondition that
 * no longer holds, nothing is written and the answer is 412 with the stored record and its ETag.
 */
async function upsert(
  tx: Queryable,
  tenant: string,
  kind: RecordKind,
  record: TaiwaRecord,
  pre: Precondition,
  unchecked: boolean,
): Promise<Answer> {
  const r = record as TaiwaRecord & { memberId?: string; managerId?: string; sessionId?: string };
  // Lock the row (when there is one) so the check and the write see the same revision and the same owner.
  const [stored] = await tx.query<{ revision: string; body: unknown }>(
    'select revision, body from records where tenant = $1 and kind = $2 and id = $3 for update',
    [tenant, kind, r.id],
  );
  // Someone else's row (before the revision: the policy would have refused it before any 412).
  if (stored && !unchecked && ownerDiffers(kind, stored.body, record)) throw new OwnerRefused();
  const current = stored ? Number(stored.revision) : undefined;
  const moved = pre.type === 'absent' ? current !== undefined : pre.type === 'revision' ? current !== pre.revision : false;
  if (moved) {
    const extra =
      current === undefined
        ? { rule: 'stale-revision', detail: 'This record is not stored (any more); there is no revision to match.' }
        : {
            rule: 'stale-revision',
            detail: 'The record changed since the revision this write was made from.',
            current: stored!.body,
            revision: String(current),
          };
    return problem(412, 'The record changed since you last read it', extra, current === undefined ? undefined : { etag: etagOf(current) });
  }
  const refused = await seriesGuard(tx, tenant, kind, record);
  if (refused) return refused;
  // A create-only write (If-None-Match: *) never replaces a row a concurrent create just made.
  const onConflict =
    pre.type === 'absent'
      ? 'do nothing'
      : `do update set
       member_id = excluded.member_id, manager_id = excluded.manager_id, session_id = excluded.session_id,
       created_at = excluded.created_at, updated_at = excluded.updated_at, body = excluded.body,
       revision = records.revision + 1
       where $10::boolean or ${OWNER_KEPT}`;
  const rows = await tx.query<{ revision: string; inserted: boolean }>(
    `insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body, revision)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1)
     on conflict (tenant, kind, id) ${onConflict}
     returning revision, (xmax = 0) as inserted`,
    [...recordValues(tenant, kind, record), ...(pre.type === 'absent' ? [] : [unchecked])],
  );
  const [row] = rows;
  // No row: a concurrent create landed after the lock above found nothing (created, or someone else's): look again.
  if (!row) return upsert(tx, tenant, kind, record, pre, unchecked);
  const revision = Number(row.revision);
  return { status: row.inserted ? 201 : 200, body: record, headers: { etag: etagOf(revision) } };
}
