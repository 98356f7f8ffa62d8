/**
 * The strengths aggregate in SQL against `computeStrengths` (src/insights) on the same generated
 * feedback, on PGlite and PostgreSQL: every manager's map and the organisation's, for several k
 * and priors, must be equal, field by field.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { computeStrengths } from '../../src/insights/strengths.js';
import type { Feedback } from '../../src/model/schemas.js';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db.js';
import { listRecords, putRecord } from '../../server/records.js';
import { strengthMap } from '../../server/strengths.js';
import { createAuthenticator } from '../../server/auth.js';
import { bearer, drivers, provision, tenantName, TEST_SECRET } from './helpers.js';
// The demo's seeded PRNG.
import { mulberry32 } from '../../demo/data/generate.js';

const TOPICS = ['career', 'skills', 'work', 'wellbeing'];
const RESPONSES = ['advice', 'listen', 'think-together'];
const SCALES = [
  { min: 1, max: 5 },
  { min: 1, max: 5 },
  { min: 0, max: 10 },
  { min: 1, max: 7 },
  { min: 3, max: 3 }, // no range: ignored by both
];

/** Feedback with known traps: equal createdAt (ordered by id), offsets, manager reflections, empty items. */
export function generateFeedback(seed: number, n: number): Feedback[] {
  const rnd = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const out: Feedback[] = [];
  for (let i = 0; i < n; i++) {
    const minute = Math.floor(i / 3); // three records per minute: ties on createdAt
    const instant = Date.UTC(2025, 0, 1) + minute * 60_000;
    const nine = rnd() < 0.3;
    const createdAt = nine ? new Date(instant + 9 * 3600_000).toISOString().replace('Z', '+09:00') : new Date(instant).toISOString();
    const scale = pick(SCALES);
    const items = Array.from({ length: Math.floor(rnd() * 4) }, () => ({
      topicId: pick(TOPICS),
      responseId: pick(RESPONSES),
      rating: Math.min(10, scale.min + Math.floor(rnd() * (scale.max - scale.min + 2))),
    }));
    out.push({
      id: `f-${Math.floor(rnd() * 1e6).toString(36)}-${i}`,
      createdAt,
      updatedAt: createdAt,
      sessionId: `s-${i}`,
      memberId: `m-${i % 11}`,
      managerId: pick(['boss-a', 'boss-b', 'boss-c', 'boss-a']),
      by: rnd() < 0.15 ? 'manager' : 'member',
      scale,
      overall: scale.min,
      items,
      // A third chose, a third shared by name, a third did not share: the policy default decides the rest.
      ...(i % 3 === 0 ? {} : { sharedWithManager: i % 3 === 1 }),
    });
  }
  return out;
}

for (const driver of drivers) {
  describe(`strengths in SQL on ${driver.name}`, () => {
    let db: Db;
    const tenant = tenantName('strengths');
    let stored: Feedback[];
    before(async () => {
      db = await driver.open();
      for (const f of generateFeedback(7, 240)) {
        const answer = await putRecord(db, tenant, 'feedback', f.id, JSON.stringify(f), `key-${f.id}`);
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
      }
      stored = (await listRecords(db, tenant, 'feedback', {})) as Feedback[];
      assert.equal(stored.length, 240);
    });
    after(() => db.close());

    it('equals computeStrengths for every manager and the organisation, k 1, 2, 3, 5, priors 0 and 5', async () => {
      let published = 0;
      for (const k of [1, 2, 3, 5]) {
        for (const prior of [0, 5]) {
          for (const managerId of [undefined, 'boss-a', 'boss-b', 'boss-c', 'nobody']) {
            const options = { ...(managerId ? { managerId } : {}), k, prior };
            const expected = computeStrengths(stored, options);
            const actual = await strengthMap(db, tenant, options);
            assert.deepEqual(actual, expected, JSON.stringify(options));
            published += expected.cells.filter((c) => !c.masked).length;
          }
        }
      }
      assert.ok(published > 100, `only ${published} cells published: the data does not exercise the arithmetic`);
    });

    it('agrees with computeStrengths on who sees what: shared feedback left out, two members per batch', async () => {
      let published = 0;
      let differs = 0;
      for (const k of [2, 3]) {
        for (const sharedByDefault of [false, true]) {
          for (const managerId of [undefined, 'boss-a', 'boss-c']) {
            const options = { ...(managerId ? { managerId } : {}), k, prior: 5, sharedByDefault, twoMembers: true };
            const expected = computeStrengths(stored, options);
            assert.deepEqual(await strengthMap(db, tenant, options), expected, JSON.stringify(options));
            published += expected.cells.filter((c) => !c.masked).length;
            if (JSON.stringify(expected) !== JSON.stringify(computeStrengths(stored, { ...options, twoMembers: false }))) differs++;
          }
        }
      }
      assert.ok(published > 20, `only ${published} cells published`);
      assert.ok(differs > 0, 'the two-member rule never mattered: the data does not exercise it');
    });

    it("is served at GET /insights/strengths with the server's k and prior: a k or prior in the query is ignored", async () => {
      const sharing = { shareRatingsByDefault: false, k: 2, prior: 4, hrNamedStrengths: false };
      const authenticator = createAuthenticator({ secret: TEST_SECRET, tenantClaim: 'tenant' });
      const { app } = createApp({ db, authenticator, tenantsInPath: true, policy: sharing });
      await provision(db, tenant, [{ id: 'boss-b' }, { id: 'm-1', managerId: 'boss-b' }]);
      const headers = await bearer('boss-b', { claims: { tenant } });
      const expected = JSON.parse(JSON.stringify(computeStrengths(stored, { managerId: 'boss-b', k: 2, prior: 4, twoMembers: true })));
      for (const q of ['', '&k=1&prior=0', '&k=1000&prior=1e6', '&k=-1']) {
        const res = await app.request(`/api/t/${tenant}/insights/strengths?managerId=boss-b${q}`, { headers });
        assert.equal(res.status, 200, q);
        const body = (await res.json()) as Record<string, unknown>;
        assert.deepEqual(body, expected, q);
        assert.ok(!JSON.stringify(body).includes('"rating"'));
      }
      const policy = await app.request(`/api/t/${tenant}/policy`, { headers });
      assert.deepEqual(await policy.json(), { shareRatingsByDefault: false, k: 2 });
    });

    it('follows TAIWA_SHARE_RATINGS_BY_DEFAULT: feedback without a choice is shown by name, so left out of the map', async () => {
      const sharing = { shareRatingsByDefault: true, k: 3, prior: 5, hrNamedStrengths: false };
      const authenticator = createAuthenticator({ secret: TEST_SECRET, tenantClaim: 'tenant' });
      const { app } = createApp({ db, authenticator, tenantsInPath: true, policy: sharing });
      await provision(db, tenant, [{ id: 'boss-a' }, { id: 'm-a', managerId: 'boss-a' }]);
      const headers = await bearer('boss-a', { claims: { tenant } });
      const res = await app.request(`/api/t/${tenant}/insights/strengths?managerId=boss-a`, { headers });
      const options = { managerId: 'boss-a', k: 3, prior: 5, twoMembers: true };
      assert.deepEqual(await res.json(), JSON.parse(JSON.stringify(computeStrengths(stored, { ...options, sharedByDefault: true }))));
      assert.notDeepEqual(computeStrengths(stored, { ...options, sharedByDefault: true }), computeStrengths(stored, options));
      assert.deepEqual(await (await app.request(`/api/t/${tenant}/policy`, { headers })).json(), { shareRatingsByDefault: true, k: 3 });
    });

    it('answers an empty organisation with a masked 1..5 map', async () => {
      const map = await strengthMap(db, tenantName('empty'), { k: 3 });
      assert.deepEqual(map, computeStrengths([], { k: 3 }));
      assert.deepEqual(map.scale, { min: 1, max: 5 });
    });
  });
}
