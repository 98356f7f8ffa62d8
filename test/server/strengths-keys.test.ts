/**
 * Migration 0008's numbered cells and members, on PGlite and PostgreSQL: cells dense enough for k
 * beyond the unrolled batches (server/strengths.ts reads a batch of up to 12 as one expression, a
 * larger one by grouping), members in runs so that the two-member rule closes some cells and not
 * others, writes racing each other to number the same new cell, and an erased person's name
 * leaving the dictionaries.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { computeStrengths } from '../../src/insights/strengths.js';
import type { Feedback } from '../../src/model/schemas.js';
import type { Db } from '../../server/db.js';
import { erasePerson } from '../../server/me.js';
import { listRecords, putRecord } from '../../server/records.js';
import { strengthMap } from '../../server/strengths.js';
import { drivers, provision, tenantName } from './helpers.js';
import { mulberry32 } from '../../demo/data/generate.js';

/** Dense feedback: 2 managers × 2 topics × 2 responses, three items a record, members in runs of 1 to 40 records. */
function denseFeedback(seed: number, n: number, prefix = 'f'): Feedback[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const run = 1 + Math.floor(rnd() * 40);
  return Array.from({ length: n }, (_, i) => {
    const createdAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 2) * 60_000).toISOString();
    const scale = i % 17 === 0 ? { min: 0, max: 10 } : { min: 1, max: 5 };
    return {
      id: `${prefix}-${Math.floor(rnd() * 1e6).toString(36)}-${i}`,
      createdAt,
      updatedAt: createdAt,
      sessionId: `s-${i}`,
      memberId: `m-${Math.floor(i / run) % 4}`,
      managerId: pick(['boss-a', 'boss-b']),
      by: 'member' as const,
      scale,
      overall: scale.min,
      items: Array.from({ length: 3 }, () => ({
        topicId: pick(['career', 'skills']),
        responseId: pick(['advice', 'listen']),
        rating: scale.min + Math.floor(rnd() * (scale.max - scale.min + 1)),
      })),
      ...(i % 5 === 0 ? {} : { sharedWithManager: i % 5 === 1 }),
    };
  });
}

for (const driver of drivers) {
  describe(`strengths over numbered cells (migration 0008) on ${driver.name}`, () => {
    let db: Db;
    const tenant = tenantName('keys');
    let stored: Feedback[];
    before(async () => {
      db = await driver.open();
      for (const f of denseFeedback(21, 500)) {
        const answer = await putRecord(db, tenant, 'feedback', f.id, JSON.stringify(f), `key-${f.id}`);
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
      }
      stored = (await listRecords(db, tenant, 'feedback', {})) as Feedback[];
    });
    after(() => db.close());

    it('equals computeStrengths for k on both sides of the unrolled batches, with and without the two-member rule', async () => {
      let published = 0;
      let closed = 0;
      for (const k of [4, 11, 12, 13, 20, 37]) {
        for (const twoMembers of [false, true]) {
          for (const sharedByDefault of [false, true]) {
            for (const managerId of [undefined, 'boss-a']) {
              const options = { ...(managerId ? { managerId } : {}), k, prior: 5, sharedByDefault, twoMembers };
              const expected = computeStrengths(stored, options);
              assert.deepEqual(await strengthMap(db, tenant, options), expected, JSON.stringify(options));
              published += expected.cells.filter((c) => !c.masked).length;
              if (twoMembers) closed += expected.cells.filter((c) => c.masked).length;
            }
          }
        }
      }
      assert.ok(published > 50, `only ${published} cells published`);
      assert.ok(closed > 0, 'the two-member rule never closed a cell: the data does not exercise it');
    });

    it('numbers a new cell once when writes race for it, and loses none of their items', async () => {
      const other = tenantName('keys-race');
      const racing = denseFeedback(22, 40, 'race');
      const answers = await Promise.all(racing.map((f) => putRecord(db, other, 'feedback', f.id, JSON.stringify(f), `race-${f.id}`)));
      assert.deepEqual(
        answers.map((a) => a.status),
        racing.map(() => 201),
      );
      const [cells] = await db.query<{ n: number | string; keys: number | string }>(
        `select count(*) as n, count(distinct (manager_id, topic_id, response_id)) as keys from feedback_cells where tenant = $1`,
        [other],
      );
      assert.equal(Number(cells!.n), Number(cells!.keys));
      assert.equal(Number(cells!.n), 8);
      const [items] = await db.query<{ n: number | string }>('select count(*) as n from feedback_items where tenant = $1', [other]);
      assert.equal(Number(items!.n), racing.length * 3);
      const again = (await listRecords(db, other, 'feedback', {})) as Feedback[];
      for (const k of [2, 3]) {
        const options = { k, prior: 5, twoMembers: true };
        assert.deepEqual(await strengthMap(db, other, options), computeStrengths(again, options));
      }
    });

    it("forgets an erased member's name, and a manager's cells once no item is left in them", async () => {
      const gone = tenantName('keys-erased');
      const feedback = denseFeedback(23, 60, 'erased');
      await provision(db, gone, [
        { id: 'boss-a' },
        { id: 'boss-b' },
        ...['m-0', 'm-1', 'm-2', 'm-3'].map((id) => ({ id, managerId: 'boss-a' })),
      ]);
      for (const f of feedback)
        assert.equal((await putRecord(db, gone, 'feedback', f.id, JSON.stringify(f), `erased-${f.id}`)).status, 201);
      const names = async (table: 'feedback_members' | 'feedback_cells', column: 'member_id' | 'manager_id') =>
        new Set((await db.query<{ name: string }>(`select ${column} as name from ${table} where tenant = $1`, [gone])).map((r) => r.name));
      assert.ok((await names('feedback_members', 'member_id')).has('m-1'));
      const same = async () => {
        const stored = (await listRecords(db, gone, 'feedback', {})) as Feedback[];
        for (const k of [2, 3])
          assert.deepEqual(await strengthMap(db, gone, { k, twoMembers: true }), computeStrengths(stored, { k, twoMembers: true }));
        return stored;
      };
      await erasePerson(db, gone, 'm-1');
      assert.ok(!(await names('feedback_members', 'member_id')).has('m-1'));
      assert.ok((await names('feedback_members', 'member_id')).has('m-2'));
      const left = await same();
      assert.ok(left.length > 0 && left.length < feedback.length && left.every((f) => f.memberId !== 'm-1'));
      // The members' feedback about boss-b stays (only what boss-b wrote is erased): so do its cells.
      await erasePerson(db, gone, 'boss-b');
      assert.ok((await names('feedback_cells', 'manager_id')).has('boss-b'));
      await same();
      // Once nothing rates boss-a any more, its cells go with its erasure.
      await db.query("delete from records where tenant = $1 and manager_id = 'boss-a'", [gone]);
      await erasePerson(db, gone, 'boss-a');
      assert.deepEqual([...(await names('feedback_cells', 'manager_id'))], ['boss-b']);
      await same();
    });
  });
}
