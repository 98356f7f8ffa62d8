/**
 * The server's life: PGlite persisted in a data folder survives a restart, holds a lock file (a
 * second process gets a clear error, a stale lock is recovered), migrations are versioned and
 * checked, and a shutdown finishes the writes in flight.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configFrom } from '../../server/config.js';
import { openDb, type Db } from '../../server/db.js';
import { DataDirLockedError } from '../../server/lock.js';
import { loadMigrations, migrate } from '../../server/migrate.js';
import { startServer } from '../../server/main.js';
import { listRecords, putRecord } from '../../server/records.js';
import { bearer, drivers, provision, pulse, TEST_SECRET } from './helpers.js';

const folders: string[] = [];
const folder = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'taiwa-pglite-'));
  folders.push(dir);
  return dir;
};
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('PGlite in a data folder', () => {
  it('keeps records across a restart, and locks the folder while open', async () => {
    const dir = await folder();
    const first = await openDb({ dataDir: dir });
    await migrate(first);
    assert.equal((await putRecord(first, 'default', 'pulse', 'p-1', JSON.stringify(pulse(1)), 'k-1')).status, 201);
    await assert.rejects(openDb({ dataDir: dir }), (err: unknown) => {
      assert.ok(err instanceof DataDirLockedError);
      assert.match(err.message, /in use by another Taiwa server \(pid \d+\)/);
      return true;
    });
    await first.close();
    const second = await openDb({ dataDir: dir });
    assert.deepEqual(await migrate(second), []);
    assert.deepEqual(await listRecords(second, 'default', 'pulse', {}), [pulse(1)]);
    await second.close();
  });

  it('recovers a stale lock left by a process that died', async () => {
    const dir = await folder();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    await writeFile(join(dir, 'taiwa-server.lock'), `${dead.stdout}\n`);
    const db = await openDb({ dataDir: dir });
    await migrate(db);
    assert.deepEqual(await db.query('select 1 as one'), [{ one: 1 }]);
    await db.close();
  });
});

for (const driver of drivers) {
  describe(`migrations on ${driver.name}`, () => {
    const open: Db[] = [];
    after(async () => {
      for (const db of open) await db.close();
    });

    it('apply once, in order, and refuse an applied migration that changed', async () => {
      const db = await driver.open({ migrated: false });
      open.push(db);
      const versions = (await loadMigrations()).map((m) => m.version);
      assert.deepEqual(versions.slice(0, 2), [1, 2]);
      assert.deepEqual(await migrate(db), versions);
      assert.deepEqual(await migrate(db), []);
      const extra = [
        { version: 1, name: 'records', sql: 'select 1' },
        { version: 9999, name: 'extra', sql: 'create table extra (x int);' },
      ];
      await assert.rejects(migrate(db, extra), /changed after it was applied/);
    });

    // PGlite is one process's database; two instances share a PostgreSQL server only.
    if (driver.name === 'postgres')
      it('two instances migrating one database at once both start', async () => {
        const url = await driver.newDatabaseUrl!();
        const [a, b] = await Promise.all([openDb({ databaseUrl: url }), openDb({ databaseUrl: url })]);
        open.push(a, b);
        const applied = await Promise.all([migrate(a), migrate(b)]);
        // Each migration applied once, by one of them.
        const versions = (await loadMigrations()).map((m) => m.version);
        assert.deepEqual(applied.flat().sort((x, y) => x - y), versions);
      });
  });

  describe(`shutdown on ${driver.name}`, () => {
    it('finishes a write in flight, then stops taking requests and reports not ready', async () => {
      const db = await driver.open();
      // Hold the write's transaction until the shutdown has begun.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      let gated = false;
      let entered!: () => void;
      const inFlight = new Promise<void>((resolve) => (entered = resolve));
      const hold = async () => {
        if (gated) {
          entered();
          await gate;
        }
      };
      // The write is one statement (server/records-once.ts) or a transaction: either is held.
      const slow: Db = {
        ...db,
        query: async (sql, params) => {
          if (sql.includes('insert into records')) await hold();
          return db.query(sql, params);
        },
        transaction: async (fn) =>
          db.transaction(async (tx) => {
            await hold();
            return fn(tx);
          }),
      };
      await provision(db, 'default', [{ id: 'boss' }, { id: 'm-2', managerId: 'boss' }]);
      const s = await startServer({ ...configFrom({ PORT: '0', TAIWA_JWT_SECRET: TEST_SECRET }), log: false }, { db: slow });
      gated = true;
      const url = `http://127.0.0.1:${s.port}`;
      const write = fetch(`${url}/api/records/pulse/p-9`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k-9', ...(await bearer('m-2')) },
        body: JSON.stringify(pulse(9)),
      });
      await inFlight;
      const closing = s.close();
      assert.equal((await s.app.request('/readyz')).status, 503);
      release();
      assert.equal((await write).status, 201);
      await closing;
      await assert.rejects(fetch(`${url}/healthz`));
    });
  });
}
