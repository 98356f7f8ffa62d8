/**
 * A person's own data (APPI / GDPR): export it all, delete it all, and bring in what they kept in
 * the browser-only mode. The retention (server/retention.ts) erases a deactivated person the same way.
 *
 * Whose records are whose: a record belongs to the side that wrote it (`by` on feedback, levels
 * and hint marks, `owner` on action items; agendas and pulses are the member's); a 1on1's session
 * and series belong to both. Export: every record the caller wrote plus their 1on1s' sessions and
 * series. Erasure: every record about the person as the member (their 1on1s, whoever wrote them)
 * and every record they wrote as a manager; the sessions they held for others stay with those members.
 */
import { createHash } from 'node:crypto';
import { RECORD_KINDS, type RecordKind } from '../src/model/records.js';
import { stripPrivateMemos } from '../src/model/privacy.js';
import { isRecordKind, parseRecord } from '../src/model/validate.js';
import type { Db, Queryable } from './db.js';
import { getPerson, hasGrant, type Person } from './people.js';
import { putRecord } from './records.js';

/** SQL for "the side that wrote it": `$2` is the person id. */
const WROTE_AS_MEMBER = `(member_id = $2 and (kind in ('agenda', 'pulse') or body->>'by' = 'member' or body->>'owner' = 'member'))`;
const WROTE_AS_MANAGER = `(manager_id = $2 and (body->>'by' = 'manager' or body->>'owner' = 'manager'))`;
const PAIR = `(kind in ('session', 'series') and (member_id = $2 or manager_id = $2))`;
const EXPORTED = `(${WROTE_AS_MEMBER} or ${WROTE_AS_MANAGER} or ${PAIR})`;
const ERASED = `(member_id = $2 or ${WROTE_AS_MANAGER})`;

export interface Export {
  exportedAt: string;
  person: Person | null;
  grants: string[];
  records: Record<RecordKind, unknown[]>;
}

/** `GET {base}/me/export`: the person row, their grants and every record of theirs, by kind. */
export async function exportData(q: Queryable, tenant: string, personId: string): Promise<Export> {
  const rows = await q.query<{ kind: RecordKind; body: unknown }>(
    `select kind, body from records where tenant = $1 and ${EXPORTED} order by kind, created_at, id collate "C"`,
    [tenant, personId],
  );
  const records = Object.fromEntries(RECORD_KINDS.map((k) => [k, [] as unknown[]])) as Record<RecordKind, unknown[]>;
  for (const r of rows) (records[r.kind] ??= []).push(r.body);
  const person = (await getPerson(q, tenant, personId)) ?? null;
  return {
    exportedAt: new Date().toISOString(),
    person,
    grants: (await hasGrant(q, tenant, personId, 'hr-admin')) ? ['hr-admin'] : [],
    records,
  };
}

export interface Erasure {
  person: boolean;
  grants: number;
  records: Partial<Record<RecordKind, number>>;
  idempotencyKeys: number;
}

/** `DELETE {base}/me` and the retention: erases the person, their grants, their records, in one transaction. */
export async function erasePerson(db: Db, tenant: string, personId: string): Promise<Erasure>;
/** With `deactivatedBefore`: only if the person is still deactivated since before then (the retention); else `null`. */
export async function erasePerson(db: Db, tenant: string, personId: string, deactivatedBefore: Date): Promise<Erasure | null>;
export async function erasePerson(db: Db, tenant: string, personId: string, deactivatedBefore?: Date): Promise<Erasure | null> {
  return db.transaction(async (tx) => {
    if (deactivatedBefore) {
      const still = await tx.query('select 1 from people where tenant = $1 and id = $2 and not active and deactivated_at < $3 for update', [
        tenant,
        personId,
        deactivatedBefore.toISOString(),
      ]);
      if (still.length === 0) return null;
    }
    const gone = await tx.query<{ kind: RecordKind }>(`delete from records where tenant = $1 and ${ERASED} returning kind`, [
      tenant,
      personId,
    ]);
    const records: Partial<Record<RecordKind, number>> = {};
    for (const { kind } of gone) records[kind] = (records[kind] ?? 0) + 1;
    // Stored answers to writes hold the records too.
    const keys = await tx.query(
      `delete from idempotency_keys where tenant = $1 and (body->>'memberId' = $2 or (body->>'managerId' = $2 and (body->>'by' = 'manager' or body->>'owner' = 'manager'))) returning key`,
      [tenant, personId],
    );
    const grants = await tx.query('delete from grants where tenant = $1 and person_id = $2 returning kind', [tenant, personId]);
    const person = await tx.query('delete from people where tenant = $1 and id = $2 returning id', [tenant, personId]);
    return { person: person.length > 0, grants: grants.length, records, idempotencyKeys: keys.length };
  });
}

export interface ImportReport {
  imported: number;
  /** Already on the server as sent (a repeated import). */
  unchanged: number;
  /** Private memo texts and private action items left on the device. */
  stripped: { memos: number; actions: number };
  refused: { kind: string; id?: string; status: number; rule?: string; field?: string; detail?: string }[];
}

const MAX_IMPORT = 2000;

/**
 * `POST {base}/me/import` with `{ records: { [kind]: [...] } }`: a member's records from the
 * browser-only mode, each through the PUT path (validated, server rules, idempotent: the key is
 * the record's hash, so importing twice changes nothing). Only records whose `memberId` is the
 * caller; private memo texts are stripped and private action items skipped, never stored.
 */
export async function importLocal(db: Db, tenant: string, personId: string, body: unknown): Promise<ImportReport | { error: string }> {
  const groups = (body as { records?: unknown } | null)?.records;
  if (!groups || typeof groups !== 'object' || Array.isArray(groups)) return { error: 'The body is { "records": { "<kind>": [ … ] } }.' };
  const total = Object.values(groups).reduce((n: number, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  if (total > MAX_IMPORT) return { error: `At most ${MAX_IMPORT} records per request; send them in batches.` };
  const report: ImportReport = { imported: 0, unchanged: 0, stripped: { memos: 0, actions: 0 }, refused: [] };
  for (const [kind, list] of Object.entries(groups)) {
    if (!isRecordKind(kind) || !Array.isArray(list)) {
      report.refused.push({ kind, status: 404, detail: `Unknown record kind "${kind}" (or not a list).` });
      continue;
    }
    for (const raw of list) {
      const id = (raw as { id?: unknown } | null)?.id;
      const parsed = parseRecord(kind, raw);
      if (!parsed.ok) {
        report.refused.push({
          kind,
          ...(typeof id === 'string' ? { id } : {}),
          status: 422,
          field: parsed.error.field ?? '',
          detail: parsed.error.reason,
        });
        continue;
      }
      let record = parsed.value;
      if ((record as { memberId?: string }).memberId !== personId) {
        report.refused.push({
          kind,
          id: record.id,
          status: 403,
          rule: 'not-yours',
          detail: 'Only your own records (memberId is you) are imported.',
        });
        continue;
      }
      if (kind === 'action' && (record as { visibility?: string }).visibility === 'private') {
        report.stripped.actions++;
        continue;
      }
      const stripped = stripPrivateMemos(kind, record);
      if (stripped !== record) report.stripped.memos += countPrivate(record);
      record = stripped;
      const text = JSON.stringify(record);
      const key = `me-import:${createHash('sha256').update(`${personId}\n${kind}\n${text}`).digest('hex')}`;
      const answer = await putRecord(db, tenant, kind, record.id, text, key);
      const replayed = answer.headers?.['idempotent-replayed'] === 'true';
      if (answer.status === 200 || answer.status === 201) {
        if (replayed) report.unchanged++;
        else report.imported++;
      } else {
        const b = answer.body as { rule?: string; field?: string; detail?: string; title?: string };
        report.refused.push({
          kind,
          id: record.id,
          status: answer.status,
          ...(b.rule ? { rule: b.rule } : {}),
          ...(b.field ? { field: b.field } : {}),
          detail: b.detail ?? b.title ?? '',
        });
      }
    }
  }
  return report;
}

function countPrivate(record: unknown): number {
  const items = (record as { items?: { memoVisibility?: string; memo?: string }[] }).items ?? [];
  return items.filter((i) => i.memoVisibility !== 'shared' && i.memo !== undefined).length;
}
