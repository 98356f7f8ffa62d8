/**
 * GET {base}/reminders on PGlite and PostgreSQL: the caller's reminders due on a local date (the day
 * before a 1on1 and its day), counted in the person's zone, cancelled and held 1on1s left out, and
 * bad queries answered with problem+json.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import type { Db } from '../../server/db.js';
import { upsertPerson } from '../../server/people.js';
import { putRecord } from '../../server/records.js';
import { bearer, drivers, TEST_SECRET } from './helpers.js';

const stamp = '2026-03-01T00:00:00.000Z';
const session = (id: string, scheduledAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  memberId: 'aoi',
  managerId: 'kenji',
  scheduledAt,
  ...extra,
});

for (const driver of drivers) {
  describe(`reminders on ${driver.name}`, () => {
    let db: Db;
    let app: ReturnType<typeof createApp>['app'];
    before(async () => {
      db = await driver.open();
      app = createApp({ db, rateLimit: false, authenticator: createAuthenticator({ secret: TEST_SECRET }) }).app;
      await upsertPerson(db, 'default', { id: 'aoi', userName: 'aoi', displayName: 'Aoi', timeZone: 'Asia/Tokyo' });
      await upsertPerson(db, 'default', { id: 'kenji', userName: 'kenji', displayName: 'Kenji', timeZone: 'America/New_York' });
      const sessions = [
        // Tuesday 10 March 2026 10:00 in Tokyo = 01:00 UTC = Monday 9 March 21:00 in New York.
        session('s1', '2026-03-10T01:00:00.000Z', { durationMinutes: 30, timeZone: 'Asia/Tokyo' }),
        session('gone', '2026-03-10T03:00:00.000Z', { cancelledAt: stamp }),
        session('done', '2026-03-10T04:00:00.000Z', { heldAt: '2026-03-10T04:00:00.000Z' }),
        { ...session('other', '2026-03-10T05:00:00.000Z'), memberId: 'ren' },
      ];
      for (const s of sessions) {
        const a = await putRecord(db, 'default', 'session', s.id, JSON.stringify(s), `k-${s.id}`);
        assert.ok(a.status < 300, JSON.stringify(a.body));
      }
    });
    after(() => db.close());

    /** The reminders of the signed-in caller `as`: the route has no way to ask for someone else's. */
    const get = async (query: string, as = 'aoi') => {
      const res = await app.request(`/api/reminders?${query}`, { headers: await bearer(as) });
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Record<string, unknown> };
    };

    it('answers the day before and the same day in the member’s zone', async () => {
      const before = await get('on=2026-03-09');
      assert.equal(before.status, 200);
      assert.equal(before.body.timeZone, 'Asia/Tokyo');
      const list = before.body.reminders as Array<Record<string, unknown>>;
      assert.deepEqual(
        list.map((r) => [r.id, r.kind, r.dueAt, r.side]),
        [['s1/day-before/2026-03-10', 'day-before', '2026-03-09T00:00:00.000Z', 'member']],
      );
      assert.equal(list[0]!.managerId, 'kenji');
      assert.equal(list[0]!.durationMinutes, 30);
      const sameDay = (await get('on=2026-03-10')).body.reminders as Array<Record<string, unknown>>;
      // The 1on1 starts at 10:00, after 08:00: reminded at 08:00 Tokyo = 23:00 UTC the day before.
      assert.deepEqual(
        sameDay.map((r) => [r.id, r.dueAt]),
        [['s1/same-day/2026-03-10', '2026-03-09T23:00:00.000Z']],
      );
      assert.deepEqual((await get('on=2026-03-11')).body.reminders, []);
    });

    it('counts the manager’s reminders in the manager’s zone, or in the one asked for', async () => {
      const ny = (await get('on=2026-03-09', 'kenji')).body;
      assert.equal(ny.timeZone, 'America/New_York');
      assert.deepEqual(
        (ny.reminders as Array<Record<string, unknown>>).map((r) => [r.id, r.side]),
        [
          ['s1/same-day/2026-03-09', 'manager'],
          // Ren's 1on1 is at midnight in New York on the 10th: its day-before reminder is on the 9th.
          ['other/day-before/2026-03-10', 'manager'],
        ],
      );
      const asked = (await get('on=2026-03-10&timeZone=Asia/Tokyo', 'kenji')).body;
      assert.equal(asked.timeZone, 'Asia/Tokyo');
      assert.deepEqual(
        (asked.reminders as Array<{ id: string }>).map((r) => r.id),
        ['other/same-day/2026-03-10', 's1/same-day/2026-03-10'],
      );
    });

    it('refuses bad queries with problem+json', async () => {
      for (const q of [
        '',
        'on=2026-13-01',
        'on=tomorrow',
        'on=2026-03-09&timeZone=Mars/Olympus',
        'on=2026-03-09&personId=kenji',
      ]) {
        const r = await get(q);
        assert.equal(r.status, 400, q);
        assert.match(r.type, /application\/problem\+json/, q);
      }
    });
  });
}
