/**
 * Warm before ready (server/write-warm.ts), on PGlite and PostgreSQL: `/readyz` is 503 until the
 * warm-up's writes are done, its writes went through the real write path (stored, in their
 * transaction), the write path's statements are prepared on every pool connection, and afterwards
 * nothing of it is left: no row in any table, nothing through the routes. TAIWA_WARM=0: ready at once.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configFrom } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { startServer } from '../../server/main.js';
import { bearer, drivers, provision, TEST_SECRET } from './helpers.js';

const config = (env: Record<string, string> = {}) => ({ ...configFrom({ PORT: '0', TAIWA_JWT_SECRET: TEST_SECRET, ...env }), log: false });

/** Rows in every table that has a tenant column, by table. */
async function tenantRows(db: Db): Promise<Record<string, number>> {
  const tables = await db.query<{ t: string }>(
    `select table_name::text as t from information_schema.columns
     where column_name = 'tenant' and table_schema = current_schema() order by 1`,
  );
  const out: Record<string, number> = {};
  // Names from the catalogue, quoted.
  for (const { t } of tables) out[t] = Number((await db.query<{ n: number }>(`select count(*)::int as n from "${t.replaceAll('"', '""')}"`))[0]!.n);
  return out;
}

for (const driver of drivers) {
  describe(`warm-up before ready on ${driver.name}`, () => {
    it('answers /readyz 503 until the warm-up is done, and leaves nothing behind', async () => {
      const db = await driver.open();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const holding = new Promise<void>((r) => (entered = r));
      // The warm-up is held at its start until the test has seen /readyz say not ready.
      const held: Db = {
        ...db,
        rolledBack: async (fn) => {
          entered();
          await gate;
          return db.rolledBack(fn);
        },
      };
      // No deadline to speak of: on a busy machine all 120 writes must still be sent.
      const s = await startServer(config(), { db: held, warm: { writes: 120, deadlineMs: 600_000 } });
      try {
        await holding;
        const url = `http://127.0.0.1:${s.port}`;
        const waiting = await fetch(`${url}/readyz`);
        assert.equal(waiting.status, 503);
        assert.equal(((await waiting.json()) as { title: string }).title, 'Warming up');
        assert.equal((await fetch(`${url}/healthz`)).status, 200);
        release();
        const report = await s.warmed;
        // Every warm-up write was stored (then rolled back): it ran the whole write path.
        assert.equal(report?.writes, 120);
        assert.equal(report?.failed, 0);
        assert.equal((await fetch(`${url}/readyz`)).status, 200);

        if (driver.name === 'postgres') {
          // Each pool connection (all of them at once) has the write path's statements prepared.
          assert.ok(report!.connections > 1);
          const prepared: string[][] = [];
          await db.rolledBack(async (q) => {
            prepared.push((await q.query<{ name: string }>(`select name from pg_prepared_statements order by 1`)).map((r) => r.name));
          });
          assert.equal(prepared.length, report!.connections);
          for (const names of prepared)
            for (const n of ['taiwa_put_once', 'taiwa_write_batch', 'taiwa_write_read', 'taiwa_write_reads']) assert.ok(names.includes(n), `${n} in ${names}`);
        }

        // Nothing left: no row anywhere a tenant's data lives.
        const rows = await tenantRows(db);
        assert.ok(Object.keys(rows).includes('records') && Object.keys(rows).includes('people'));
        assert.deepEqual(Object.entries(rows).filter(([, n]) => n > 0), []);
        // Nor through the routes: a person of the organisation lists nothing but what is theirs.
        await provision(db, 'default', [{ id: 'boss' }, { id: 'm-1', managerId: 'boss' }]);
        for (const [who, path] of [
          ['boss', '/api/records/pulse'],
          ['boss', '/api/records/person'],
          ['m-1', '/api/records/pulse'],
        ] as const) {
          const res = await fetch(`${url}${path}`, { headers: await bearer(who) });
          assert.equal(res.status, 200, `${who} ${path}`);
          const { records } = (await res.json()) as { records: { id: string }[] };
          assert.ok(Array.isArray(records));
          assert.deepEqual(records.map((r) => r.id).filter((id) => !['boss', 'm-1'].includes(id)), [], `${who} ${path}`);
        }
      } finally {
        release();
        await s.close();
      }
    });

    it('past its deadline starts no more writes, and is ready all the same', async () => {
      const db = await driver.open();
      const s = await startServer(config(), { db, warm: { writes: 120, deadlineMs: 0 } });
      try {
        const report = await s.warmed;
        assert.equal(report?.writes, 0);
        assert.equal((await fetch(`http://127.0.0.1:${s.port}/readyz`)).status, 200);
      } finally {
        await s.close();
      }
    });

    it('with TAIWA_WARM=0, is ready at once and warms nothing', async () => {
      const db = await driver.open();
      let warmed = false;
      const s = await startServer(config({ TAIWA_WARM: '0' }), { db: { ...db, rolledBack: (fn) => ((warmed = true), db.rolledBack(fn)) } });
      try {
        assert.equal((await fetch(`http://127.0.0.1:${s.port}/readyz`)).status, 200);
        assert.equal(await s.warmed, undefined);
        assert.equal(warmed, false);
      } finally {
        await s.close();
      }
    });
  });
}
