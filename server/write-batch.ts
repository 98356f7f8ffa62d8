/**
 * Group commit for the write path's one-statement case (server/records.ts `putRecord`): the writes
 * that arrive while the previous batch is committing are written together, in one statement and so
 * in one commit (one WAL flush), instead of one statement, plan and commit each. Every request is
 * still answered only after the commit that holds its write, with its own answer: the statement
 * returns a row per write it stored; a write whose key was already stored gets none (the caller
 * replays that key's stored answer).
 *
 * - One batch at a time per database: a batch starts when the previous one is done (or on the
 *   next turn of the event loop when nothing is in flight), so a batch's size follows the load and
 *   later writes of a record always land after earlier ones (arrival order).
 * - Two writes of one record in a batch: the later one waits for the next batch (one statement
 *   cannot update a row twice, and the second must see the first's revision).
 * - One Idempotency-Key twice in a batch: only the first is written; the other replays its answer.
 * - A stored row of another pair or writer side is never overwritten (server/write-owner.ts): that
 *   write gets `refused: 'owner'`, and no key is stored for it.
 * - A batch that fails (a key a concurrent transaction is storing, a value the database refuses)
 *   is rolled back whole and retried in halves, each half again in halves while it fails, down to
 *   single writes: one bad write fails only itself, in 1 + 2·⌈log₂ n⌉ statements at most, not n + 1.
 */
import type { RecordKind, TaiwaRecord } from '../src/model/records.js';
import { batchQueue } from './batch-queue.js';
import type { Db } from './db.js';
import { putAtOnce, type Stored } from './records-once.js';
import { OWNER_KEPT } from './write-owner.js';

export type { Stored } from './records-once.js';

interface Pending {
  tenant: string;
  kind: RecordKind;
  record: TaiwaRecord;
  key: string;
  fingerprint: string;
  /** The write skipped the policy (authentication-only tenants): a stored row's owner is not kept. */
  unchecked: boolean;
  resolve(stored: Stored): void;
  reject(err: unknown): void;
}

/** At most this many writes in one statement (the rest wait for the next batch). */
export const BATCH_MAX = 500;

/**
 * The batch's statement: the writes as one jsonb array (one parameter, the same on both drivers),
 * upserted in one insert; each stored write's answer stored beside it, as in records-once.ts.
 * Its plan needs no statistics: a key is looked up by the primary key, one write at a time
 * (`offset 0` keeps the `not exists` a subplan: as an anti join, on a table that grew since its
 * statistics, it was a seq scan of idempotency_keys), and the answer joins one CTE to another by
 * full key (joining the `answer` CTE too paired every write with every other of its tenant: a
 * cost per batch quadratic in its size). The `answer` insert runs to completion unread.
 */
const SQL = `with input as (
  select * from jsonb_to_recordset($1::jsonb) as t(
    n int, tenant text, kind text, id text, member_id text, manager_id text, session_id text,
    created_at timestamptz, updated_at timestamptz, body jsonb, key text, fingerprint text, unchecked boolean)
),
todo as (
  select * from input i where not exists (select from idempotency_keys k where k.tenant = i.tenant and k.key = i.key offset 0)
),
rec as (
  insert into records (tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body, revision)
  select tenant, kind, id, member_id, manager_id, session_id, created_at, updated_at, body, 1 from todo
  on conflict (tenant, kind, id) do update set
    member_id = excluded.member_id, manager_id = excluded.manager_id, session_id = excluded.session_id,
    created_at = excluded.created_at, updated_at = excluded.updated_at, body = excluded.body,
    revision = records.revision + 1
  where ${OWNER_KEPT}
    or exists (select 1 from todo u where u.unchecked and u.tenant = excluded.tenant and u.kind = excluded.kind and u.id = excluded.id)
  returning tenant, kind, id, revision, (xmax = 0) as inserted
),
answer as (
  insert into idempotency_keys (tenant, key, fingerprint, status, body, etag)
  select t.tenant, t.key, t.fingerprint, case when r.inserted then 201 else 200 end, t.body, '"' || r.revision || '"'
  from rec r join todo t on t.tenant = r.tenant and t.kind = r.kind and t.id = r.id
  returning tenant, key
)
select t.n, r.revision, r.inserted
from todo t left join rec r on t.tenant = r.tenant and t.kind = r.kind and t.id = r.id`;

export interface WriteBatcher {
  put(tenant: string, kind: RecordKind, record: TaiwaRecord, key: string, fingerprint: string, unchecked?: boolean): Promise<Stored>;
  /** Batches run so far, writes they held, batches the database refused whole (then split), statements the writes took (tests and the bench read them). */
  readonly stats: { batches: number; writes: number; fallbacks: number; statements: number };
}

const batchers = new WeakMap<Db, WriteBatcher>();

/** The database's batcher (one per `Db`, so one batch in flight per database handle). */
export function batcherOf(db: Db): WriteBatcher {
  let b = batchers.get(db);
  if (!b) batchers.set(db, (b = createBatcher(db)));
  return b;
}

export function createBatcher(db: Db, max = BATCH_MAX): WriteBatcher {
  const stats = { batches: 0, writes: 0, fallbacks: 0, statements: 0 };

  /** One write alone: its own answer or its own error. */
  const one = (p: Pending) => {
    stats.statements++;
    return putAtOnce(db, p.tenant, p.kind, p.record, p.key, p.fingerprint, p.unchecked).then(p.resolve, p.reject);
  };
  /** Several writes in one statement: their answers; undefined when the database refused it (nothing of it is kept). */
  const many = (batch: Pending[]) => {
    stats.statements++;
    return writeMany(db, batch);
  };
  const settle = (batch: Pending[], rows: Row[]) => {
    const byN = new Map(rows.map((r) => [Number(r.n), r]));
    batch.forEach((p, i) => {
      const row = byN.get(i);
      // No row: the key was already stored (replay); a row without a revision: another's record (refused).
      p.resolve(
        !row ? undefined : row.revision === null ? { refused: 'owner' } : { revision: row.revision, inserted: row.inserted === true },
      );
    });
  };
  /** A refused batch in halves, in arrival order; a half that fails is halved again, down to single writes. */
  const split = async (batch: Pending[]): Promise<void> => {
    const mid = Math.ceil(batch.length / 2);
    for (const half of [batch.slice(0, mid), batch.slice(mid)]) {
      if (half.length === 1) {
        await one(half[0]!);
        continue;
      }
      const rows = await many(half);
      if (rows) settle(half, rows);
      else await split(half);
    }
  };

  const run = async (batch: Pending[], followers: Pending[]) => {
    stats.batches++;
    stats.writes += batch.length;
    try {
      if (batch.length === 1) await one(batch[0]!);
      else {
        // Answered here, in this turn (the caller's maintain() follows before the writers go on).
        const rows = await many(batch);
        if (rows) settle(batch, rows);
        else {
          stats.fallbacks++;
          await split(batch);
        }
      }
    } finally {
      // A repeated key replays the first's stored answer (or why not), now that it is committed or not.
      for (const f of followers) f.resolve(undefined);
    }
  };

  const enqueue = batchQueue(
    (queue: readonly Pending[]) => {
      const { batch, followers, rest } = cut(queue, max);
      return { next: { batch, followers }, rest };
    },
    ({ batch, followers }: { batch: Pending[]; followers: Pending[] }) => run(batch, followers),
  );

  return {
    stats,
    put: (tenant, kind, record, key, fingerprint, unchecked = false) =>
      new Promise<Stored>((resolve, reject) => {
        enqueue({ tenant, kind, record, key, fingerprint, unchecked, resolve, reject });
      }),
  };
}

/**
 * The next batch from the queue, in arrival order: at most `max` writes, each record once; a
 * repeated key (with the same tenant) is a follower of the first; a second write of a record
 * already in the batch, and every later write that names a record or a key left queued, stays queued.
 */
function cut(queue: readonly Pending[], max: number): { batch: Pending[]; followers: Pending[]; rest: Pending[] } {
  const batch: Pending[] = [];
  const followers: Pending[] = [];
  const rest: Pending[] = [];
  const records = new Set<string>();
  const keys = new Set<string>();
  const waiting = new Set<string>();
  for (const p of queue) {
    const rec = `${p.tenant}\n${p.kind}\n${p.record.id}`;
    const key = `${p.tenant}\n${p.key}`;
    if (batch.length >= max || records.has(rec) || waiting.has(key)) {
      rest.push(p);
      records.add(rec);
      waiting.add(key);
    } else if (keys.has(key)) {
      followers.push(p);
    } else {
      batch.push(p);
      records.add(rec);
      keys.add(key);
    }
  }
  return { batch, followers, rest };
}

type Row = { n: number; revision: string | number | null; inserted: boolean | null };

/** The batch in one statement; undefined when the database refused it (then: in halves). */
async function writeMany(db: Db, batch: Pending[]): Promise<Row[] | undefined> {
  const input = batch.map((p, n) => {
    const r = p.record as TaiwaRecord & { memberId?: string; managerId?: string; sessionId?: string };
    return {
      n,
      tenant: p.tenant,
      kind: p.kind,
      id: r.id,
      member_id: r.memberId ?? null,
      manager_id: r.managerId ?? null,
      session_id: r.sessionId ?? null,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
      body: p.record,
      key: p.key,
      fingerprint: p.fingerprint,
      unchecked: p.unchecked,
    };
  });
  // Rows in one order everywhere (tenant, kind, id): two servers' batches over one database take their row locks in the same order, so they wait for each other instead of deadlocking.
  const order = (r: (typeof input)[number]) => `${r.tenant}\n${r.kind}\n${r.id}`;
  input.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  try {
    return await db.query<Row>(SQL, [JSON.stringify(input)], 'taiwa_write_batch');
  } catch {
    return undefined;
  }
}
