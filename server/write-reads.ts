/**
 * The write check's reads (server/policy.ts `canWrite`: the stored record of the write's id and the
 * writer's manager now), batched as the writes are (server/write-batch.ts): the reads that arrive
 * while one batch is being read are read together, in one statement, each answered with its own
 * row. One batch in flight per database; a batch of one is the policy's own single query.
 */
import type { RecordKind } from '../src/model/records.js';
import { batchQueue } from './batch-queue.js';
import type { Db, Queryable } from './db.js';
import type { PolicyContext } from './policy.js';

type Reads = NonNullable<PolicyContext['writeReads']>;
type Found = Awaited<ReturnType<Reads>>;

interface Pending {
  tenant: string;
  kind: RecordKind;
  id: string | null;
  me: string;
  resolve(found: Found): void;
  reject(err: unknown): void;
}

const ONE = `select (select body from records where tenant = $1 and kind = $2 and id = $3) as stored,
  (select manager_id from people where tenant = $1 and id = $4) as manager`;

/** The write check's reads for one write, in one round trip (canWrite's default; a batch of one here). */
export async function readForWrite(db: Queryable, tenant: string, kind: RecordKind, id: string | null, me: string): Promise<Found> {
  const [row] = await db.query<NonNullable<Found>>(ONE, [tenant, kind, id, me], 'taiwa_write_read');
  return row;
}

const MANY = `select t.n,
  (select body from records r where r.tenant = t.tenant and r.kind = t.kind and r.id = t.id) as stored,
  (select manager_id from people p where p.tenant = t.tenant and p.id = t.me) as manager
from jsonb_to_recordset($1::jsonb) as t(n int, tenant text, kind text, id text, me text)`;

const MAX = 500;
const readers = new WeakMap<Db, Reads>();

/** The database's batched reads (one reader per `Db`). */
export function writeReadsOf(db: Db): Reads {
  let r = readers.get(db);
  if (!r) readers.set(db, (r = createWriteReads(db)));
  return r;
}

export function createWriteReads(db: Db, max = MAX): Reads {
  const one = (p: Pending) => readForWrite(db, p.tenant, p.kind, p.id, p.me);
  const run = async (batch: Pending[]) => {
    if (batch.length > 1) {
      const input = batch.map((p, n) => ({ n, tenant: p.tenant, kind: p.kind, id: p.id, me: p.me }));
      const rows = await db
        .query<NonNullable<Found> & { n: number }>(MANY, [JSON.stringify(input)], 'taiwa_write_reads')
        .catch(() => undefined);
      if (rows) {
        const byN = new Map(rows.map((r) => [Number(r.n), r]));
        batch.forEach((p, i) => {
          const row = byN.get(i);
          p.resolve(row && { stored: row.stored, manager: row.manager });
        });
        return;
      }
    }
    // One by one (a batch of one, or a batch the database refused): each read gets its own answer or error.
    for (const p of batch) await one(p).then(p.resolve, p.reject);
  };
  const enqueue = batchQueue((queue: readonly Pending[]) => ({ next: queue.slice(0, max), rest: queue.slice(max) }), run);
  return (tenant, kind, id, me) =>
    new Promise<Found>((resolve, reject) => {
      enqueue({ tenant, kind, id, me, resolve, reject });
    });
}
