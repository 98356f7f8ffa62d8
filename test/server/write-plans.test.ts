/**
 * The write path's statements (server/write-batch.ts's batch, server/write-reads.ts's batched and
 * single reads) plan by the primary keys whatever the statistics say: on tables that were never
 * analyzed (autovacuum off, as PGlite always is) and hold 30,000 and then 64,000 rows, every
 * lookup is an index scan by full key, and a write reads as many buffers at 64,000 rows as at
 * 30,000 (EXPLAIN (ANALYZE, BUFFERS)): its cost does not grow with the table.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../server/db.js';
import { createBatcher } from '../../server/write-batch.js';
import { createWriteReads } from '../../server/write-reads.js';
import { drivers, pulse, tenantName } from './helpers.js';
import type { TaiwaRecord } from '../../src/model/records.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

const nodes = (p: PlanNode): PlanNode[] => [p, ...(p.Plans ?? []).flatMap(nodes)];

for (const driver of drivers) {
  describe(`the write path's plans on ${driver.name}, without statistics`, () => {
    let db: Db;
    const tenant = tenantName('plans');
    let rows = 0;
    before(async () => {
      db = await driver.open();
      for (const t of ['records', 'idempotency_keys', 'people']) await db.exec(`alter table ${t} set (autovacuum_enabled = false)`);
      await db.query(
        `insert into people (tenant, id, user_name, display_name, manager_id, active)
         select $1, 'm-' || g, 'm-' || g, 'M', 'boss', true from generate_series(0, 96) g`,
        [tenant],
      );
    });
    after(() => db.close());

    /** Grows the tables to `n` records (and as many stored keys), as the bench's writes would. */
    const grow = async (n: number) => {
      await db.query(
        `insert into records (tenant, kind, id, member_id, manager_id, created_at, updated_at, body)
         select $1, 'pulse', 'g-' || g, 'm-' || (g % 97), 'boss', now(), now(), jsonb_build_object('id', 'g-' || g, 'growth', 1 + g % 5)
         from generate_series($2::int, $3::int - 1) g`,
        [tenant, rows, n],
      );
      await db.query(
        `insert into idempotency_keys (tenant, key, fingerprint, status, body, etag)
         select $1, 'k-g-' || g, 'f', 201, 'null', '"1"' from generate_series($2::int, $3::int - 1) g`,
        [tenant, rows, n],
      );
      rows = n;
    };

    /** The statements (and their parameters) a batch of 20 writes and a batch of 20 write checks send. */
    const statements = async (label: string) => {
      const seen: { sql: string; params: unknown[] }[] = [];
      // Captured on a database handle that never answers: only the SQL and its parameters are kept.
      const held: Db = { ...db, query: (sql, params = []) => (seen.push({ sql, params }), new Promise(() => {})) };
      const batcher = createBatcher(held);
      const reads = createWriteReads(held);
      for (let i = 0; i < 20; i++) {
        void batcher.put(tenant, 'pulse', pulse(i, { id: `${label}-${i}` }) as unknown as TaiwaRecord, `k-${label}-${i}`, 'f');
        void reads(tenant, 'pulse', `${label}-${i}`, `m-${i}`);
      }
      void reads(tenant, 'pulse', `g-1`, 'm-1');
      await new Promise((r) => setTimeout(r, 0));
      // The first batch of each queue holds all 20 (both queues start on the next turn of the event loop).
      const batch = seen.find((s) => s.sql.startsWith('with input'));
      const many = seen.find((s) => s.sql.includes('jsonb_to_recordset') && !s.sql.startsWith('with input'));
      assert.ok(batch && many, 'captured the batch statement and the batched reads');
      const { readForWrite } = await import('../../server/write-reads.js');
      const one: { sql: string; params: unknown[] }[] = [];
      await readForWrite({ query: async (sql, params = []) => (one.push({ sql, params }), []) }, tenant, 'pulse', 'g-7', 'm-3');
      return { batch, many, one: one[0]! };
    };

    const explain = async (s: { sql: string; params: unknown[] }) => {
      const [row] = await db.query<Record<string, unknown>>(`explain (analyze, buffers, format json) ${s.sql}`, s.params);
      const json = Object.values(row!)[0];
      const plan = ((typeof json === 'string' ? JSON.parse(json) : json) as { Plan: PlanNode }[])[0]!.Plan;
      const all = nodes(plan);
      return {
        buffers: (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0),
        scans: all.filter((n) => n['Relation Name']).map((n) => `${n['Node Type']} ${n['Relation Name']} ${n['Index Name'] ?? ''}`.trim()),
      };
    };

    /** Each write-path statement's table scans and buffers per write at the tables' current size. */
    const measure = async () => {
      const { batch, many, one } = await statements(`w${rows}`);
      const [b, m, o] = [await explain(batch), await explain(many), await explain(one)];
      const [stats] = await db.query<{ records: number; keys: number }>(
        `select (select reltuples from pg_class where oid = 'records'::regclass)::float8 as records,
                (select reltuples from pg_class where oid = 'idempotency_keys'::regclass)::float8 as keys`,
      );
      // The premise: the statistics describe far fewer rows than the tables hold.
      assert.ok(stats!.records < rows / 2 && stats!.keys < rows / 2, `statistics stale: ${JSON.stringify(stats)} at ${rows} rows`);
      return { batch: b, many: m, one: o };
    };

    const byIndex = (scans: string[], expected: string[]) => {
      for (const s of scans) assert.match(s, /^Index (Only )?Scan /, `an index lookup, not "${s}"`);
      for (const e of expected)
        assert.ok(
          scans.some((s) => s.endsWith(` ${e}`)),
          `${e} used: ${scans.join('; ')}`,
        );
    };

    it('looks every record, person and key up by its primary key, and a write costs as many buffers at 64,000 rows as at 30,000', async (t) => {
      await grow(30_000);
      const small = await measure();
      await grow(64_000);
      const large = await measure();
      for (const m of [small, large]) {
        byIndex(m.one.scans, ['records_pkey', 'people_pkey']);
        byIndex(m.many.scans, ['records_pkey', 'people_pkey']);
        // The batch's own scans: the keys' lookup (its inserts are no scans).
        byIndex(
          m.batch.scans.filter((s) => !s.startsWith('ModifyTable')),
          ['idempotency_keys_pkey'],
        );
      }
      // The figures, in the TAP output: buffers per statement of 20 writes (batch, many) or of one (one).
      t.diagnostic(
        JSON.stringify({
          small: { batch: small.batch.buffers, many: small.many.buffers, one: small.one.buffers },
          large: { batch: large.batch.buffers, many: large.many.buffers, one: large.one.buffers },
        }),
      );
      for (const k of ['batch', 'many', 'one'] as const) {
        // Flat: a seq scan or a scan of a tenant's rows would read about twice as many at twice the rows.
        const ratio = large[k].buffers / small[k].buffers;
        assert.ok(ratio < 1.4, `${k}: ${small[k].buffers} buffers at 30,000 rows, ${large[k].buffers} at 64,000 (×${ratio.toFixed(2)})`);
      }
    });
  });
}
