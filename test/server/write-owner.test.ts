/**
 * The write path's ownership race (server/write-owner.ts) on PGlite and PostgreSQL, through the
 * whole app (tokens, policy, batcher, SQL): member m1 and another person write the same new id; the
 * other's check runs first and sees nothing stored ("a new record: allowed"), then m1's write lands,
 * then the other's write reaches the database. Held deterministically: the other's write is held
 * after its check (at the batcher's `put`, or before its transaction, or, on PostgreSQL, inside its
 * transaction after its row lock found nothing) until m1's write has committed. The other gets a
 * 409 with the policy's reason, stores no key, and m1's record stays as m1 wrote it, for m1 and
 * for m1's manager; the outbox, reading that answer as the REST adapter does, keeps the write as
 * "needs attention" (where it keeps a refused write), not retried.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import { openDb, type Db, type Queryable } from '../../server/db.js';
import { migrate } from '../../server/migrate.js';
import { batcherOf } from '../../server/write-batch.js';
import { keepsOwner, OWNER_KEPT } from '../../server/write-owner.js';
import { bearer, drivers, provision, TEST_SECRET } from './helpers.js';
import { classify } from '../../src/adapters/outbox-outcome.js';
import { httpFailure } from '../../src/adapters/rest-http.js';
import type { RecordKind } from '../../src/model/records.js';

const authenticator = createAuthenticator({ secret: TEST_SECRET });
const at = (i: number) => new Date(Date.UTC(2025, 4, 1) + i * 60_000).toISOString();
let n = 0;

/** A series of m1's or m2's with boss, ended (so the one-open-series rule stays out of the tests). */
const seriesOf = (id: string, memberId: string) => ({
  id,
  createdAt: at(n),
  updatedAt: at(n++),
  memberId,
  managerId: 'boss',
  everyWeeks: 2,
  startsAt: at(1000),
  timeZone: 'Asia/Tokyo',
  endedAt: at(2000),
});

/** A promise and its resolve. */
function signal(): { promise: Promise<void>; fire: () => void } {
  let fire!: () => void;
  const promise = new Promise<void>((r) => (fire = r));
  return { promise, fire };
}

const agenda = (id: string, memberId: string, extra: Record<string, unknown> = {}) => ({
  id,
  createdAt: at(n),
  updatedAt: at(n++),
  memberId,
  managerId: 'boss',
  sessionId: 's-1',
  items: [{ id: 'i-1', topicId: 'career', memo: `${memberId}'s memo`, memoVisibility: 'shared', proposedBy: 'member' }],
  ...extra,
});

for (const driver of drivers) {
  describe(`the owner of a record under concurrent writes on ${driver.name}`, () => {
    let db: Db;
    /** Held writes: the batcher's `put` waits for `release` when its key is listed (after the write's check). */
    const holds = new Map<string, { checked: () => void; release: Promise<void> }>();
    /** Held transactions: the next one waits for `release` (before it starts, or after its row lock when `inside`). */
    let txHold: { checked: () => void; release: Promise<void>; inside: boolean } | undefined;
    let app: ReturnType<typeof createApp>['app'];

    before(async () => {
      const real = await driver.open();
      db = real;
      await provision(db, 'default', [{ id: 'boss' }, { id: 'm1', managerId: 'boss' }, { id: 'm2', managerId: 'boss' }]);
      const gated: Db = {
        ...real,
        transaction: async (fn) => {
          const hold = txHold;
          txHold = undefined;
          if (hold && !hold.inside) {
            hold.checked();
            await hold.release;
          }
          let inside = hold?.inside === true;
          return real.transaction((tx) =>
            fn({
              query: async (sql, params, name) => {
                const rows = await tx.query(sql, params, name);
                if (inside && sql.includes('for update')) {
                  inside = false;
                  assert.equal(rows.length, 0, 'the row lock found nothing yet');
                  hold!.checked();
                  await hold!.release;
                }
                return rows as never;
              },
            } satisfies Queryable),
          );
        },
      };
      ({ app } = createApp({ db: gated, authenticator, rateLimit: false, log: (e) => e.level === 'error' && console.error(e) }));
      const batcher = batcherOf(gated);
      const put = batcher.put.bind(batcher);
      batcher.put = async (tenant, kind, record, key, fingerprint, unchecked) => {
        const hold = holds.get(key);
        if (hold) {
          hold.checked();
          await hold.release;
        }
        return put(tenant, kind, record, key, fingerprint, unchecked);
      };
      db = gated;
    });
    after(() => db.close());

    const write = async (personId: string, kind: string, record: { id: string }, key: string, headers: Record<string, string> = {}) => {
      const res = await app.request(`/api/records/${kind}/${record.id}`, {
        method: 'PUT',
        headers: { ...(await bearer(personId)), 'idempotency-key': key, 'content-type': 'application/json', ...headers },
        body: JSON.stringify(record),
      });
      const text = await res.text();
      return { status: res.status, body: JSON.parse(text) as { rule?: string; detail?: string; title?: string }, res, text };
    };
    const listed = async (personId: string, kind: string) => {
      const res = await app.request(`/api/records/${kind}?personId=m1`, { headers: await bearer(personId) });
      assert.equal(res.status, 200);
      return (await res.json()) as { records: { id: string }[]; revisions: Record<string, string> };
    };
    /** Holds the writes of `keys` after their checks; resolves once all are checked, with the function that lets them go. */
    const holdWrites = async (keys: string[], start: () => Promise<unknown>[]) => {
      const release = signal();
      const checked = keys.map((key) => {
        const s = signal();
        holds.set(key, { checked: s.fire, release: release.promise });
        return s.promise;
      });
      const pending = start();
      await Promise.all(checked);
      return {
        pending,
        release: () => {
          for (const k of keys) holds.delete(k);
          release.fire();
          return Promise.all(pending);
        },
      };
    };
    /** Holds the next transaction's write after its check (or, `inside`, after its row lock found nothing), until `release`. */
    const holdTransaction = (inside: boolean) => {
      const checked = signal();
      const release = signal();
      txHold = { checked: checked.fire, release: release.promise, inside };
      return { checked, release };
    };
    const keyStored = async (key: string) =>
      (await db.query('select 1 from idempotency_keys where tenant = $1 and key = $2', ['default', key])).length > 0;

    /** m1's record is as m1 wrote it, at revision 1, for m1 and for boss (their manager). */
    const unchanged = async (kind: string, mine: { id: string }) => {
      for (const reader of ['m1', 'boss']) {
        const { records, revisions } = await listed(reader, kind);
        assert.deepEqual(
          records.find((r) => r.id === mine.id),
          mine,
          `${reader} reads m1's version`,
        );
        assert.equal(revisions[mine.id], '1');
      }
    };

    it('another member’s write checked before m1’s landed: 409 not-your-record, no key stored; the same key again is refused, not replayed', async () => {
      const id = `ag-${n++}`;
      const mine = agenda(id, 'm1');
      const theirs = agenda(id, 'm2');
      const held = await holdWrites(['k-theirs-1'], () => [write('m2', 'agenda', theirs, 'k-theirs-1')]);
      // m2's check saw nothing stored; now m1 writes the id and it commits.
      assert.equal((await write('m1', 'agenda', mine, 'k-mine-1')).status, 201);
      const [answer] = (await held.release()) as Awaited<ReturnType<typeof write>>[];
      assert.equal(answer!.status, 409);
      assert.equal(answer!.body.rule, 'not-your-record');
      assert.match(answer!.body.detail!, /landed first/);
      await unchanged('agenda', mine);
      assert.equal(await keyStored('k-theirs-1'), false);
      // The outbox (through the REST adapter's reading of the answer) keeps it as "needs attention", with the rule, and does not retry it.
      const outcome = classify(httpFailure('PUT', `/records/agenda/${id}`, answer!.res, answer!.text));
      assert.equal(outcome.type, 'attention');
      assert.deepEqual(outcome.type === 'attention' && [outcome.error.status, outcome.error.rule], [409, 'not-your-record']);
      // A retry of the refused request: the policy now sees m1's record (403), never a stored success.
      const again = await write('m2', 'agenda', theirs, 'k-theirs-1');
      assert.deepEqual([again.status, again.body.rule], [403, 'not-your-record']);
      // m1's own key still replays m1's answer.
      const replay = await write('m1', 'agenda', mine, 'k-mine-1');
      assert.equal(replay.status, 201);
      await unchanged('agenda', mine);
    });

    it('in a batch with other writes (one statement), and in a batch the database refuses (in halves): refused alone, the others land', async () => {
      const id = `ag-${n++}`;
      const mine = agenda(id, 'm1');
      const theirs = agenda(id, 'm2');
      const others = [0, 1, 2].map(() => agenda(`ag-${n++}`, 'm2'));
      const batcher = batcherOf(db);
      const { fallbacks } = batcher.stats;
      const keys = ['k-theirs-2', ...others.map((o) => `k-${o.id}`)];
      const held = await holdWrites(keys, () => [
        write('m2', 'agenda', theirs, 'k-theirs-2'),
        ...others.map((o) => write('m2', 'agenda', o, `k-${o.id}`)),
      ]);
      assert.equal((await write('m1', 'agenda', mine, 'k-mine-2')).status, 201);
      const batches = batcher.stats.batches;
      const answers = (await held.release()) as Awaited<ReturnType<typeof write>>[];
      assert.equal(batcher.stats.batches - batches, 1, 'the four in one statement');
      assert.deepEqual(
        answers.map((a) => a.status),
        [409, 201, 201, 201],
      );
      assert.equal(batcher.stats.fallbacks, fallbacks, 'a refused owner is an answer, not a failed batch');
      await unchanged('agenda', mine);

      // Again with a row the database refuses in the same batch: split in halves, each write its own answer.
      const id2 = `ag-${n++}`;
      const mine2 = agenda(id2, 'm1');
      const theirs2 = agenda(id2, 'm2');
      const bad = agenda(`ag-${n++}`, 'm2', { createdAt: '0000-01-01T00:00:00Z' });
      const fine = agenda(`ag-${n++}`, 'm2');
      const held2 = await holdWrites(['k-theirs-3', 'k-bad', 'k-fine'], () => [
        write('m2', 'agenda', fine, 'k-fine'),
        write('m2', 'agenda', bad, 'k-bad'),
        write('m2', 'agenda', theirs2, 'k-theirs-3'),
      ]);
      assert.equal((await write('m1', 'agenda', mine2, 'k-mine-3')).status, 201);
      const [a, b, c] = (await held2.release()) as Awaited<ReturnType<typeof write>>[];
      assert.deepEqual(
        [a!.status, b!.status, b!.body.rule, c!.status, c!.body.rule],
        [201, 422, 'database-refused', 409, 'not-your-record'],
      );
      assert.equal(batcher.stats.fallbacks - fallbacks, 1);
      await unchanged('agenda', mine2);
      assert.equal(await keyStored('k-theirs-3'), false);
    });

    it('the manager’s own agenda of the same id, checked before m1’s landed: 409, m1’s record stays the member’s', async () => {
      const id = `ag-${n++}`;
      const mine = agenda(id, 'm1');
      const proposal = agenda(id, 'm1', { author: 'manager' });
      const held = await holdWrites(['k-boss-1'], () => [write('boss', 'agenda', proposal, 'k-boss-1')]);
      assert.equal((await write('m1', 'agenda', mine, 'k-mine-4')).status, 201);
      const [answer] = (await held.release()) as Awaited<ReturnType<typeof write>>[];
      assert.deepEqual([answer!.status, answer!.body.rule], [409, 'not-your-record']);
      await unchanged('agenda', mine);
    });

    it('the transaction path (If-Match, series): the row lock sees the record m1 stored meanwhile, and refuses', async () => {
      // If-Match "1" on an id m2's check found empty: without the owner check the revision would match m1's new record.
      const id = `ag-${n++}`;
      const mine = agenda(id, 'm1');
      let { checked, release } = holdTransaction(false);
      const pending = write('m2', 'agenda', agenda(id, 'm2'), 'k-theirs-5', { 'if-match': '"1"' });
      await checked.promise;
      assert.equal((await write('m1', 'agenda', mine, 'k-mine-5')).status, 201);
      release.fire();
      const answer = await pending;
      assert.deepEqual([answer.status, answer.body.rule], [409, 'not-your-record']);
      await unchanged('agenda', mine);
      assert.equal(await keyStored('k-theirs-5'), false);

      // A series (always a transaction: one open series per pair), ended so the one-open-series rule stays out of it.
      const sid = `se-${n++}`;
      const series = (memberId: string) => seriesOf(sid, memberId);
      ({ checked, release } = holdTransaction(false));
      const pendingSeries = write('m2', 'series', series('m2'), 'k-theirs-6');
      await checked.promise;
      // m1's series goes through a transaction too: the hold was for the first one only.
      const mineSeries = series('m1');
      assert.equal((await write('m1', 'series', mineSeries, 'k-mine-6')).status, 201);
      release.fire();
      const refused = await pendingSeries;
      assert.deepEqual([refused.status, refused.body.rule], [409, 'not-your-record']);
      await unchanged('series', mineSeries);
    });

    it('an import of local records (POST /me/import, which asks no policy per record) never overwrites another’s record of the same id', async () => {
      const id = `ag-${n++}`;
      const mine = agenda(id, 'm1');
      assert.equal((await write('m1', 'agenda', mine, 'k-mine-9')).status, 201);
      const res = await app.request('/api/me/import', {
        method: 'POST',
        headers: { ...(await bearer('m2')), 'content-type': 'application/json' },
        body: JSON.stringify({ records: { agenda: [agenda(id, 'm2')] } }),
      });
      const report = (await res.json()) as { imported: number; refused: { id: string; status: number; rule?: string }[] };
      assert.equal(res.status, 200);
      assert.equal(report.imported, 0);
      assert.deepEqual(
        report.refused.map((r) => [r.id, r.status, r.rule]),
        [[id, 409, 'not-your-record']],
      );
      await unchanged('agenda', mine);
    });

    if (driver.name === 'postgres') {
      it('two servers over one PostgreSQL: the other’s write waits on m1’s uncommitted row, then is refused by the upsert’s condition', async () => {
        const url = await driver.newDatabaseUrl!();
        const [one, two] = [await openDb({ databaseUrl: url, poolSize: 4 }), await openDb({ databaseUrl: url, poolSize: 4 })];
        try {
          await migrate(one);
          await provision(one, 'default', [{ id: 'boss' }, { id: 'm1', managerId: 'boss' }, { id: 'm2', managerId: 'boss' }]);
          const appOf = (d: Db) =>
            createApp({ db: d, authenticator, rateLimit: false, log: (e) => e.level === 'error' && console.error(e) }).app;
          const [app1, app2] = [appOf(one), appOf(two)];
          const send = async (a: typeof app1, personId: string, record: { id: string }, key: string) => {
            const res = await a.request(`/api/records/agenda/${record.id}`, {
              method: 'PUT',
              headers: { ...(await bearer(personId)), 'idempotency-key': key, 'content-type': 'application/json' },
              body: JSON.stringify(record),
            });
            return { status: res.status, body: (await res.json()) as { rule?: string } };
          };
          const id = `ag-${n++}`;
          const mine = agenda(id, 'm1');
          // m1's key, held uncommitted by another transaction: m1's statement inserts its row, then waits on the key.
          const release = signal();
          const taken = signal();
          const holder = one.transaction(async (q) => {
            await q.query(
              `insert into idempotency_keys (tenant, key, fingerprint, status, body) values ('default', 'k-m1', 'x', 200, 'null')`,
            );
            taken.fire();
            await release.promise;
            throw new Error('rolled back on purpose');
          });
          const held = holder.catch(() => undefined);
          await taken.promise;
          const waiting = async (count: number) => {
            for (;;) {
              const [w] = await one.query<{ n: number }>(
                `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
              );
              if (w!.n >= count) return;
              await new Promise((r) => setImmediate(r));
            }
          };
          const m1 = send(app1, 'm1', mine, 'k-m1');
          await waiting(1);
          // m2's check (server two) sees nothing committed; its upsert meets m1's uncommitted row and waits for it.
          const m2 = send(app2, 'm2', agenda(id, 'm2'), 'k-m2');
          await waiting(2);
          release.fire();
          await held;
          const [a, b] = await Promise.all([m1, m2]);
          assert.equal(a.status, 201);
          assert.deepEqual([b.status, b.body.rule], [409, 'not-your-record']);
          const [row] = await one.query<{ body: unknown; revision: string }>(
            `select body, revision::text from records where tenant = 'default' and kind = 'agenda' and id = $1`,
            [id],
          );
          assert.deepEqual(row, { body: mine, revision: '1' });
          assert.equal((await one.query(`select 1 from idempotency_keys where key = 'k-m2'`)).length, 0);
        } finally {
          await one.close();
          await two.close();
        }
      });

      it('the transaction path when m1’s write commits after its row lock found nothing: the upsert’s own condition refuses', async () => {
        const sid = `se-${n++}`;
        const series = (memberId: string) => seriesOf(sid, memberId);
        // m2's transaction holds after its `select … for update` found no row; m1's commits on another connection.
        const { checked, release } = holdTransaction(true);
        const pending = write('m2', 'series', series('m2'), 'k-theirs-8');
        await checked.promise;
        const mine = series('m1');
        assert.equal((await write('m1', 'series', mine, 'k-mine-8')).status, 201);
        release.fire();
        const answer = await pending;
        assert.deepEqual([answer.status, answer.body.rule], [409, 'not-your-record']);
        await unchanged('series', mine);
        assert.equal(await keyStored('k-theirs-8'), false);
      });
    }
  });
}

describe('the owner condition in SQL is keepsOwner, kind by kind', () => {
  it('agrees with the JS rule (and so with canWrite’s stored-record checks) on every kind and side', async () => {
    const [driver] = drivers;
    const db = await driver!.open();
    try {
      const kinds: RecordKind[] = ['agenda', 'action', 'feedback', 'level', 'hint-mark', 'pulse', 'session', 'series'];
      const variants = [
        { memberId: 'm1', managerId: 'boss' },
        { memberId: 'm1' },
        { memberId: 'm2', managerId: 'boss' },
        { memberId: 'm1', managerId: 'boss2' },
        { memberId: 'm1', managerId: 'boss', by: 'manager', owner: 'manager', author: 'manager' },
        { memberId: 'm1', managerId: 'boss', by: 'member', owner: 'member', author: 'member' },
        { memberId: 'm1', managerId: 'boss', by: 'manager' },
        { memberId: 'm1', managerId: 'boss', author: 'manager' },
      ];
      let cases = 0;
      for (const kind of kinds)
        for (const stored of variants)
          for (const record of variants) {
            const [row] = await db.query<{ kept: boolean }>(
              `select ${OWNER_KEPT} as kept from
                 (select $1::text as kind, $2::text as member_id, $3::text as manager_id, $4::jsonb as body) records,
                 (select $1::text as kind, $5::text as member_id, $6::text as manager_id, $7::jsonb as body) excluded`,
              [
                kind,
                stored.memberId,
                stored.managerId ?? null,
                JSON.stringify(stored),
                record.memberId,
                record.managerId ?? null,
                JSON.stringify(record),
              ],
            );
            assert.equal(row!.kept, keepsOwner(kind, stored, record), `${kind}: ${JSON.stringify(stored)} → ${JSON.stringify(record)}`);
            cases++;
          }
      assert.equal(cases, kinds.length * variants.length ** 2);
    } finally {
      await db.close();
    }
  });
});
