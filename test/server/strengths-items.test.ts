/**
 * feedback_items (migration 0006, numbered cells and members since migration 0008): applied to a
 * database that already holds feedback (the backfill: from before 0006, and from before 0008 with
 * 0006's rows in place), then kept by its trigger through every later write (a new record, a
 * replaced one, a manager's reflection, a deletion), so the strengths map read from it still
 * equals computeStrengths over the stored records, on PGlite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { computeStrengths } from '../../src/insights/strengths.js';
import type { Feedback } from '../../src/model/schemas.js';
import type { Db } from '../../server/db.js';
import { loadMigrations, migrate } from '../../server/migrate.js';
import { listRecords, putRecord, resetTenant } from '../../server/records.js';
import { strengthMap } from '../../server/strengths.js';
import { drivers, tenantName } from './helpers.js';
import { mulberry32 } from '../../demo/data/generate.js';

const SCALES = [
  { min: 1, max: 5 },
  { min: 0, max: 10 },
  { min: 3, max: 3 }, // no range: no items rows
];

/** Feedback with ties on createdAt, empty items, mixed scales, reflections and every sharing choice. */
function generateFeedback(seed: number, n: number): Feedback[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const createdAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 60_000).toISOString();
    const scale = pick(SCALES);
    return {
      id: `f-${seed}-${Math.floor(rnd() * 1e6).toString(36)}-${i}`,
      createdAt,
      updatedAt: createdAt,
      sessionId: `s-${i}`,
      memberId: `m-${i % 7}`,
      managerId: pick(['boss-a', 'boss-b']),
      by: rnd() < 0.15 ? ('manager' as const) : ('member' as const),
      scale,
      overall: scale.min,
      items: Array.from({ length: Math.floor(rnd() * 4) }, () => ({
        topicId: pick(['career', 'skills', 'work']),
        responseId: pick(['advice', 'listen']),
        rating: scale.min + Math.floor(rnd() * (scale.max - scale.min + 1)),
      })),
      ...(i % 3 === 0 ? {} : { sharedWithManager: i % 3 === 1 }),
    };
  });
}

/** How many eligible items `feedback` holds: the rows feedback_items must have. */
const itemsOf = (feedback: readonly Feedback[]) =>
  feedback.filter((f) => f.by === 'member' && f.scale.max > f.scale.min).reduce((n, f) => n + f.items.length, 0);

// The migrations the feedback is written before: 0006's and 0008's (found by name).
for (const [driver, before0] of drivers.flatMap((d) => ['feedback_items', 'feedback_keys'].map((m) => [d, m] as const))) {
  describe(`feedback_items on ${driver.name}, feedback written before migration ${before0}`, () => {
    let db: Db;
    const tenant = tenantName('items');
    /** `unchecked`: a write the policy would refuse (a record changing sides), here only to exercise the trigger. */
    const put = async (f: Feedback, key: string, owner?: 'unchecked') => {
      const answer = await putRecord(db, tenant, 'feedback', f.id, JSON.stringify(f), key, {}, undefined, owner);
      assert.ok(answer.status === 200 || answer.status === 201, JSON.stringify(answer.body));
    };
    const rows = async () =>
      Number((await db.query<{ n: number | string }>('select count(*) as n from feedback_items where tenant = $1', [tenant]))[0]!.n);
    const same = async (options: { managerId?: string; k: number; twoMembers?: boolean }) => {
      const stored = (await listRecords(db, tenant, 'feedback', {})) as Feedback[];
      assert.deepEqual(await strengthMap(db, tenant, { ...options, prior: 5 }), computeStrengths(stored, { ...options, prior: 5 }));
      return stored;
    };

    before(async () => {
      db = await driver.open({ migrated: false });
      const all = await loadMigrations();
      const upTo = all.find((m) => m.name === before0)!.version;
      // The database as it was before that migration, with feedback in it.
      await migrate(
        db,
        all.filter((m) => m.version < upTo),
      );
      for (const f of generateFeedback(11, 150)) await put(f, `before-${f.id}`);
      await migrate(db, all);
    });
    after(() => db.close());

    it('backfills the feedback stored before the migration', async () => {
      const stored = await same({ k: 3 });
      assert.equal(stored.length, 150);
      assert.ok(itemsOf(stored) > 100);
      assert.equal(await rows(), itemsOf(stored));
      await same({ managerId: 'boss-a', k: 2, twoMembers: true });
    });

    it('follows every later write: new records, replaced items, deletions', async () => {
      const later = generateFeedback(12, 60).map((f) => ({ ...f, id: `later-${f.id}` }));
      for (const f of later) await put(f, `later-${f.id}`);
      // A replaced record: its items change (and one member record becomes the manager's reflection).
      const [first, second] = later;
      await put({ ...first!, by: 'member', scale: { min: 1, max: 5 }, items: [{ topicId: 'career', responseId: 'listen', rating: 5 }] }, 'again-1');
      await put({ ...second!, by: 'manager' }, 'again-2', 'unchecked');
      let stored = await same({ k: 3 });
      assert.equal(await rows(), itemsOf(stored));
      await db.query("delete from records where tenant = $1 and kind = 'feedback' and id like 'later-%'", [tenant]);
      stored = await same({ k: 2 });
      assert.equal(stored.length, 150);
      assert.equal(await rows(), itemsOf(stored));
      await resetTenant(db, tenant);
      assert.equal(await rows(), 0);
    });
  });
}
