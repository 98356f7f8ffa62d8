/**
 * The "is this person active" check in front of every route (server/auth.ts `authenticate`):
 * requests that arrive while one lookup is in flight share it, instead of each asking the org
 * chart (the bench's 97 members all expired together and sent ~97 queries at once every 2 s); a
 * deactivated person is refused once the entry lapses. Real PGlite/PostgreSQL under a Queryable
 * that counts the org chart's reads; a real Hono app.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { ACTIVE_TTL_MS, authenticate, createAuthenticator } from '../../server/auth.js';
import type { Db, Queryable } from '../../server/db.js';
import { upsertPerson } from '../../server/people.js';
import { bearer, drivers, provision, TEST_SECRET } from './helpers.js';

for (const driver of drivers) {
  describe(`active-person check (${driver.name})`, () => {
    let db: Db;
    let reads = 0;
    let hold: Promise<void> | undefined;
    before(async () => {
      db = await driver.open();
      await provision(db, 'default', [{ id: 'm1' }, { id: 'm2' }]);
    });
    after(() => db.close());

    const auth = createAuthenticator({ secret: TEST_SECRET });
    const app = () => {
      // The database itself, its reads of `people` counted (and held while `hold` is pending).
      const counted: Queryable = {
        query: async (sql, params, name) => {
          if (/from people/i.test(sql)) {
            reads++;
            if (hold) await hold;
          }
          return db.query(sql, params, name);
        },
      };
      const a = new Hono<{ Variables: { tenant: string } }>();
      a.use('*', authenticate(counted, auth));
      a.get('/ok', (c) => c.text('ok'));
      return a;
    };

    it('twenty requests of one person during one lookup ask the org chart once', async () => {
      const a = app();
      reads = 0;
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      const headers = await bearer('m1');
      // The token verified beforehand (its cache is another test's), so every request reaches the
      // active check within a few microtasks, while the first lookup is held.
      await auth.verify(headers.authorization.slice('Bearer '.length));
      const answers = Array.from({ length: 20 }, () => a.request('/ok', { headers }));
      // Every request is waiting on the one lookup in flight.
      await new Promise((r) => setImmediate(r));
      release();
      hold = undefined;
      const statuses = await Promise.all(answers.map(async (r) => (await r).status));
      assert.deepEqual([...new Set(statuses)], [200]);
      assert.equal(reads, 1);
      // Within the entry's life: no read at all.
      assert.equal((await a.request('/ok', { headers })).status, 200);
      assert.equal(reads, 1);
    });

    it('a deactivated person is refused once the entry lapses', async () => {
      const a = app();
      const headers = await bearer('m2');
      assert.equal((await a.request('/ok', { headers })).status, 200);
      await upsertPerson(db, 'default', { id: 'm2', userName: 'm2', displayName: 'm2', active: false });
      const start = Date.now();
      let status = 200;
      // The entry lasts at most ACTIVE_TTL_MS; the loop's own bound is generous for a busy machine.
      while (status === 200 && Date.now() - start < ACTIVE_TTL_MS + 10_000) {
        status = (await a.request('/ok', { headers })).status;
        if (status === 200) await new Promise((r) => setTimeout(r, 50));
      }
      assert.equal(status, 403);
    });
  });
}
