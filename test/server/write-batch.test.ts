/**
 * Group commit (server/write-batch.ts) on PGlite and PostgreSQL: concurrent writes are written in
 * one statement, and each still gets its own answer: two writes of one record land in arrival
 * order, one Idempotency-Key twice is written once and replayed once, and a write the database
 * refuses fails alone while the others of its batch land (the batch retried in halves, a bounded number of
 * statements).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Db } from '../../server/db.js';
import { listRevisions, putRecord, type Answer } from '../../server/records.js';
import { batcherOf } from '../../server/write-batch.js';
import { createWriteReads } from '../../server/write-reads.js';
import { drivers, provision, pulse, tenantName } from './helpers.js';
import type { TaiwaRecord } from '../../src/model/records.js';

for (const driver of drivers) {
  describe(`group commit on ${driver.name}`, () => {
    let db: Db;
    before(async () => {
      db = await driver.open();
    });
    after(() => db.close());

    /** The writes, all queued in one turn of the event loop (so in one batch unless split). */
    const together = (tenant: string, writes: { body: unknown; key: string }[]) =>
      Promise.all(writes.map((w) => putRecord(db, tenant, 'pulse', (w.body as { id: string }).id, JSON.stringify(w.body), w.key)));
    const stored = async (tenant: string) =>
      Object.fromEntries((await listRevisions(db, tenant, 'pulse', {})).map((r) => [(r.body as { id: string }).id, r]));
    const batches = () => batcherOf(db).stats.batches;

    it('writes concurrent writes in one batch, each with its own answer and revision', async () => {
      const tenant = tenantName('batch');
      const before = batches();
      const answers = await together(
        tenant,
        Array.from({ length: 40 }, (_, i) => ({ body: pulse(i), key: `k-${i}` })),
      );
      assert.equal(batches() - before, 1);
      assert.deepEqual(
        answers.map((a) => [a.status, a.headers?.etag]),
        Array(40).fill([201, '"1"']),
      );
      assert.deepEqual(
        answers.map((a) => (a.body as { id: string }).id),
        Array.from({ length: 40 }, (_, i) => `p-${i}`),
      );
      assert.equal(Object.keys(await stored(tenant)).length, 40);
    });

    it('two writes of one record in one turn land in arrival order (201 then 200, revision 2), in two batches', async () => {
      const tenant = tenantName('same-id');
      const before = batches();
      const [first, other, second] = await together(tenant, [
        { body: pulse(1, { growth: 1 }), key: 'k-a' },
        { body: pulse(2), key: 'k-b' },
        { body: pulse(1, { growth: 5 }), key: 'k-c' },
      ]);
      assert.equal(batches() - before, 2);
      assert.deepEqual([first!.status, first!.headers?.etag], [201, '"1"']);
      assert.deepEqual([second!.status, second!.headers?.etag], [200, '"2"']);
      assert.equal(other!.status, 201);
      const rows = await stored(tenant);
      assert.deepEqual(rows['p-1'], { body: pulse(1, { growth: 5 }), revision: '2' });
      // Both keys replay their own answer.
      const replay = await putRecord(db, tenant, 'pulse', 'p-1', JSON.stringify(pulse(1, { growth: 1 })), 'k-a');
      assert.deepEqual([replay.status, replay.headers?.etag, replay.headers?.['idempotent-replayed']], [201, '"1"', 'true']);
    });

    it('one Idempotency-Key twice in one batch: written once, the other replays it; with another body, 422', async () => {
      const tenant = tenantName('same-key');
      const answers: Answer[] = await together(tenant, [
        { body: pulse(3), key: 'k-same' },
        { body: pulse(4), key: 'k-other' },
        { body: pulse(3), key: 'k-same' },
        { body: pulse(5), key: 'k-same' },
      ]);
      const [a, b, c, d] = answers;
      assert.deepEqual([a!.status, a!.headers?.['idempotent-replayed']], [201, undefined]);
      assert.equal(b!.status, 201);
      assert.deepEqual([c!.status, c!.headers?.['idempotent-replayed'], c!.headers?.etag], [201, 'true', '"1"']);
      assert.deepEqual(c!.body, pulse(3));
      assert.equal(d!.status, 422);
      assert.equal((d!.body as { rule: string }).rule, 'idempotency-key-reused');
      const rows = await stored(tenant);
      assert.deepEqual(Object.keys(rows).sort(), ['p-3', 'p-4']);
      assert.equal(rows['p-3']!.revision, '1');
    });

    it('a write the database refuses fails alone; the rest of its batch lands', async () => {
      const tenant = tenantName('bad-row');
      const batcher = batcherOf(db);
      const fallbacks = batcher.stats.fallbacks;
      // Past the schema (the batcher is handed what putRecord checked): a date PostgreSQL refuses.
      const bad = { ...pulse(7), createdAt: 'not a date' } as unknown as TaiwaRecord;
      const results = await Promise.all([
        batcher.put(tenant, 'pulse', pulse(6) as unknown as TaiwaRecord, 'k-6', 'f-6'),
        batcher.put(tenant, 'pulse', bad, 'k-7', 'f-7'),
        batcher.put(tenant, 'pulse', pulse(8) as unknown as TaiwaRecord, 'k-8', 'f-8'),
      ]);
      assert.equal(batcher.stats.fallbacks - fallbacks, 1);
      assert.deepEqual(
        results.map((r) => (r && 'revision' in r ? [Number(r.revision), r.inserted] : r)),
        [[1, true], { refused: 'value', code: '22007' }, [1, true]],
      );
      assert.deepEqual(Object.keys(await stored(tenant)).sort(), ['p-6', 'p-8']);
      // Nothing of the refused write was kept: not its key either.
      const [key] = await db.query('select key from idempotency_keys where tenant = $1 and key = $2', [tenant, 'k-7']);
      assert.equal(key, undefined);
    });

    it('one bad row in a batch of 30: the 29 others land, it gets its own 422, in at most 1 + 2·⌈log₂ 30⌉ statements', async () => {
      const batcher = batcherOf(db);
      const { fallbacks, statements, batches } = batcher.stats;
      const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
      const action = (i: number, text = 'do it') => ({
        id: `a-${i}`,
        createdAt: at(i),
        updatedAt: at(i),
        memberId: 'm-1',
        managerId: 'boss',
        owner: 'member',
        text,
        status: 'open',
        visibility: 'shared',
      });
      // Valid for the schema and the server's rules, refused by PostgreSQL: the year 0, a NUL in a text (jsonb stores none).
      const cases = [
        {
          kind: 'pulse',
          make: (i: number) => pulse(i),
          bad: (i: number) => pulse(i, { createdAt: '0000-01-01T00:00:00Z' }),
          code: '22008',
        },
        { kind: 'action', make: (i: number) => action(i), bad: (i: number) => action(i, 'a\u0000b'), code: '22P05' },
      ];
      for (const { kind, make, bad, code } of cases) {
        const tenant = tenantName(`bad-of-30-${kind}`);
        const answers = await Promise.all(
          Array.from({ length: 30 }, (_, i) => {
            const body = i === 17 ? bad(i) : make(i);
            return putRecord(db, tenant, kind, body.id, JSON.stringify(body), `k-${i}`);
          }),
        );
        assert.deepEqual(
          answers.map((a) => a.status),
          Array.from({ length: 30 }, (_, i) => (i === 17 ? 422 : 201)),
        );
        const refused = answers[17]!.body as { rule: string; detail: string; status: number };
        assert.deepEqual([refused.status, refused.rule], [422, 'database-refused']);
        assert.match(refused.detail, new RegExp(code));
        const rows = await listRevisions(db, tenant, kind as 'pulse', {});
        assert.equal(rows.length, 29);
        const [key] = await db.query('select key from idempotency_keys where tenant = $1 and key = $2', [tenant, 'k-17']);
        assert.equal(key, undefined, 'no answer stored for the refused write');
      }
      assert.equal(batcher.stats.batches - batches, 2, 'each 30 in one batch');
      assert.equal(batcher.stats.fallbacks - fallbacks, 2);
      // One by one: 1 + 30 statements a batch. In halves: the batch, then at most two halves at each of ⌈log₂ 30⌉ = 5 levels.
      const ran = batcher.stats.statements - statements;
      assert.ok(ran <= 2 * (1 + 2 * 5), `${ran} statements for two batches of 30`);
    });

    it('a write of a stored id with another pair: refused (no key stored) unless unchecked, in one statement and alone', async () => {
      const tenant = tenantName('owner');
      const batcher = batcherOf(db);
      const put = (i: number, memberId: string, key: string, unchecked?: boolean) =>
        batcher.put(tenant, 'pulse', pulse(i, { memberId }) as unknown as TaiwaRecord, key, 'f', unchecked);
      const shape = (s: Awaited<ReturnType<typeof put>>) => (s && 'revision' in s ? [Number(s.revision), s.inserted] : s);
      await Promise.all([put(20, 'm-a', 'k-20'), put(21, 'm-a', 'k-21')]);
      // In one statement (two writes), then alone (putAtOnce): checked, then unchecked.
      assert.deepEqual((await Promise.all([put(20, 'm-b', 'k-20b'), put(22, 'm-b', 'k-22')])).map(shape), [
        { refused: 'owner' },
        [1, true],
      ]);
      assert.deepEqual(shape(await put(21, 'm-b', 'k-21b')), { refused: 'owner' });
      assert.deepEqual((await Promise.all([put(20, 'm-b', 'k-20c', true), put(23, 'm-b', 'k-23')])).map(shape), [
        [2, false],
        [1, true],
      ]);
      assert.deepEqual(shape(await put(21, 'm-b', 'k-21c', true)), [2, false]);
      const keys = await db.query<{ key: string }>('select key from idempotency_keys where tenant = $1 order by key', [tenant]);
      assert.deepEqual(
        keys.map((k) => k.key),
        ['k-20', 'k-20c', 'k-21', 'k-21c', 'k-22', 'k-23'],
      );
    });

    it('reads the write checks of one turn in one statement, each its own stored record and manager', async () => {
      const tenant = tenantName('reads');
      await provision(db, tenant, [{ id: 'boss' }, { id: 'lead' }, { id: 'm-1', managerId: 'boss' }, { id: 'm-2', managerId: 'lead' }]);
      await together(tenant, [{ body: pulse(1), key: 'k-r1' }]);
      let statements = 0;
      const counting: Db = { ...db, query: (sql, params, name) => (statements++, db.query(sql, params, name)) };
      const reads = createWriteReads(counting);
      const found = await Promise.all([
        reads(tenant, 'pulse', 'p-1', 'm-1'),
        reads(tenant, 'pulse', 'p-9', 'm-2'),
        reads(tenant, 'action', 'p-1', 'boss'),
        reads(tenant, 'pulse', null, 'nobody'),
      ]);
      assert.equal(statements, 1);
      assert.deepEqual(found, [
        { stored: pulse(1), manager: 'boss' },
        { stored: null, manager: 'lead' },
        { stored: null, manager: null },
        { stored: null, manager: null },
      ]);
      // Alone, the same answer from the policy's single query.
      assert.deepEqual(await reads(tenant, 'pulse', 'p-1', 'm-1'), { stored: pulse(1), manager: 'boss' });
      assert.equal(statements, 2);
    });

    if (driver.name === 'postgres') {
      it('a key a concurrent transaction is storing fails the batch; in halves, that write replays and the others land', async () => {
        const tenant = tenantName('held-key');
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        let taken!: () => void;
        const isTaken = new Promise<void>((r) => (taken = r));
        const tx = db.transaction(async (q) => {
          await q.query(
            `insert into idempotency_keys (tenant, key, fingerprint, status, body) values ($1, 'k-held', 'other', 200, 'null')`,
            [tenant],
          );
          taken();
          await held;
        });
        await isTaken;
        const batcher = batcherOf(db);
        const fallbacks = batcher.stats.fallbacks;
        const writes = Promise.all([
          batcher.put(tenant, 'pulse', pulse(10) as unknown as TaiwaRecord, 'k-10', 'f'),
          batcher.put(tenant, 'pulse', pulse(11) as unknown as TaiwaRecord, 'k-held', 'f'),
          batcher.put(tenant, 'pulse', pulse(12) as unknown as TaiwaRecord, 'k-12', 'f'),
        ]);
        // The batch waits on the held key: wait until PostgreSQL says so, then commit the other transaction.
        for (;;) {
          const [w] = await db.query<{ n: number }>(
            `select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like 'with input as%'`,
          );
          if (w!.n > 0) break;
          await new Promise((r) => setImmediate(r));
        }
        release();
        await tx;
        const [a, b, c] = await writes;
        assert.equal(batcher.stats.fallbacks - fallbacks, 1);
        assert.deepEqual([a && 'inserted' in a && a.inserted, b, c && 'inserted' in c && c.inserted], [true, undefined, true]);
        assert.deepEqual(Object.keys(await stored(tenant)).sort(), ['p-10', 'p-12']);
      });
    }
  });
}
