/**
 * One series per pair, on PGlite and PostgreSQL, over HTTP as the signed-in member: a second open
 * series for the same member and manager is 409 problem+json (`series-exists`, naming the open
 * one) and stores nothing; changing the open series and ending it pass; after the end a new series
 * may start; another pair, or a concurrent pair of first series, meets the rule as well.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import type { Db } from '../../server/db.js';
import { listRecords } from '../../server/records.js';
import { bearer, drivers, provision, TEST_SECRET } from './helpers.js';

const stamp = '2026-03-01T00:00:00.000Z';
const series = (id: string, memberId: string, extra: Record<string, unknown> = {}) => ({
  id,
  createdAt: stamp,
  updatedAt: stamp,
  memberId,
  managerId: 'kenji',
  everyWeeks: 2,
  startsAt: '2026-03-10T01:00:00.000Z',
  timeZone: 'Asia/Tokyo',
  ...extra,
});

for (const driver of drivers) {
  describe(`one series per pair on ${driver.name}`, () => {
    let db: Db;
    let app: ReturnType<typeof createApp>['app'];
    let n = 0;
    before(async () => {
      db = await driver.open();
      app = createApp({ db, rateLimit: false, authenticator: createAuthenticator({ secret: TEST_SECRET }) }).app;
      await provision(db, 'default', [
        { id: 'kenji' },
        { id: 'aoi', managerId: 'kenji' },
        { id: 'ren', managerId: 'kenji' },
        { id: 'sora', managerId: 'kenji' },
      ]);
    });
    after(() => db.close());

    const put = async (record: ReturnType<typeof series>, as = record.memberId) => {
      const res = await app.request(`/api/records/series/${record.id}`, {
        method: 'PUT',
        headers: { ...(await bearer(as)), 'content-type': 'application/json', 'idempotency-key': `k-${n++}` },
        body: JSON.stringify(record),
      });
      return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as Record<string, unknown> };
    };
    const stored = async (memberId: string) =>
      ((await listRecords(db, 'default', 'series', { personId: memberId })) as Array<{ id: string; endedAt?: string; everyWeeks: number }>)
        .filter((s) => (s as unknown as { memberId: string }).memberId === memberId)
        .map((s) => [s.id, s.everyWeeks, s.endedAt ?? null]);

    it('refuses a second open series for the pair with 409 series-exists, and stores nothing', async () => {
      assert.equal((await put(series('se-a', 'aoi'))).status, 201);
      const second = await put(series('se-b', 'aoi', { everyWeeks: 1 }), 'kenji');
      assert.equal(second.status, 409);
      assert.match(second.type, /^application\/problem\+json/);
      assert.equal(second.body.rule, 'series-exists');
      assert.equal(second.body.existing, 'se-a');
      assert.match(String(second.body.detail), /end it/);
      assert.deepEqual(await stored('aoi'), [['se-a', 2, null]]);
    });

    it('lets the pair change the open series, end it, and then start another', async () => {
      assert.equal((await put(series('se-a', 'aoi', { everyWeeks: 3, updatedAt: '2026-03-02T00:00:00.000Z' }))).status, 200);
      const ended = series('se-a', 'aoi', { everyWeeks: 3, endedAt: '2026-03-03T00:00:00.000Z', updatedAt: '2026-03-03T00:00:00.000Z' });
      assert.equal((await put(ended, 'kenji')).status, 200);
      assert.equal((await put(series('se-c', 'aoi', { everyWeeks: 1 }))).status, 201);
      assert.deepEqual((await stored('aoi')).sort(), [
        ['se-a', 3, '2026-03-03T00:00:00.000Z'],
        ['se-c', 1, null],
      ]);
      // An ended series may always be written: it competes with nobody.
      assert.equal((await put(series('se-d', 'aoi', { endedAt: stamp }))).status, 201);
    });

    it('counts per pair: another member of the same manager has their own series', async () => {
      assert.equal((await put(series('se-r', 'ren'))).status, 201);
    });

    it('lets exactly one of two concurrent first series for a pair in', async () => {
      const answers = await Promise.all([put(series('se-s1', 'sora')), put(series('se-s2', 'sora'), 'kenji')]);
      assert.deepEqual(answers.map((a) => a.status).sort(), [201, 409]);
      assert.equal((await stored('sora')).length, 1);
    });
  });
}
