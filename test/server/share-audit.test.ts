/**
 * HR and named strengths maps (wp-share): refused by default (organisation patterns only), allowed
 * with TAIWA_HR_NAMED_STRENGTHS and then written down, and the manager reads when their map was opened.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db.js';
import { createAuthenticator } from '../../server/auth.js';
import { bearer, drivers, provision, tenantName, TEST_SECRET } from './helpers.js';

const authenticator = createAuthenticator({ secret: TEST_SECRET, tenantClaim: 'tenant' });

for (const driver of drivers) {
  describe(`named strengths maps and their audit on ${driver.name}`, () => {
    let db: Db;
    const tenant = tenantName('share-audit');
    before(async () => {
      db = await driver.open();
      await provision(db, tenant, [
        { id: 'hr-1', hrAdmin: true },
        { id: 'boss-a' },
        { id: 'boss-b' },
        { id: 'm-a', managerId: 'boss-a' },
        { id: 'm-b', managerId: 'boss-b' },
      ]);
    });
    after(() => db.close());

    /** The app with the policy's `hrNamedStrengths`, and requests signed in as `personId`. */
    const app = (personId: string, hrNamedStrengths: boolean) => {
      const { app } = createApp({
        db,
        authenticator,
        tenantsInPath: true,
        policy: { shareRatingsByDefault: false, k: 3, prior: 5, hrNamedStrengths },
      });
      return { request: async (url: string) => app.request(url, { headers: await bearer(personId, { claims: { tenant } }) }) };
    };
    const url = (path: string) => `/api/t/${tenant}${path}`;

    it('refuses HR a named map by default (problem+json), and writes nothing down', async () => {
      const res = await app('hr-1', false).request(url('/insights/strengths?managerId=boss-a'));
      assert.equal(res.status, 403);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      const org = await app('hr-1', false).request(url('/insights/strengths'));
      assert.equal(org.status, 200, 'the organisation’s map stays open to HR');
      const reads = await app('boss-a', false).request(url('/insights/strengths/reads'));
      assert.deepEqual(await reads.json(), { reads: [] });
    });

    it('with TAIWA_HR_NAMED_STRENGTHS, serves HR the map and tells the manager when', async () => {
      const before = Date.now();
      assert.equal((await app('hr-1', true).request(url('/insights/strengths?managerId=boss-a'))).status, 200);
      // The manager's own reads are not audited; another manager may not open the map at all (the policy).
      assert.equal((await app('boss-a', true).request(url('/insights/strengths?managerId=boss-a'))).status, 200);
      assert.equal((await app('boss-b', true).request(url('/insights/strengths?managerId=boss-a'))).status, 403);
      const { reads } = (await (await app('boss-a', true).request(url('/insights/strengths/reads'))).json()) as { reads: { at: string }[] };
      assert.equal(reads.length, 1);
      assert.ok(Date.parse(reads[0]!.at) >= before - 5000);
      assert.ok(!JSON.stringify(reads).includes('hr-1'), 'who read it is not said, only when');
      const other = (await (await app('boss-b', true).request(url('/insights/strengths/reads'))).json()) as { reads: unknown[] };
      assert.deepEqual(other.reads, []);
    });

    it('the manager’s own map carries when HR opened it; refused reads write nothing', async () => {
      type Map = { readBy?: { at: string }[] };
      const own = async (hr: boolean) => (await (await app('boss-b', hr).request(url('/insights/strengths'))).json()) as Map;
      assert.equal((await own(false)).readBy, undefined, 'no read yet: no readBy');
      // Named maps off: HR is refused, and the manager's next map still shows no read.
      assert.equal((await app('hr-1', false).request(url('/insights/strengths?managerId=boss-b'))).status, 403);
      assert.equal((await own(false)).readBy, undefined);
      // Named maps on: HR reads, and the manager's next map shows when.
      const before = Date.now();
      assert.equal((await app('hr-1', true).request(url('/insights/strengths?managerId=boss-b'))).status, 200);
      const { readBy } = await own(true);
      assert.equal(readBy?.length, 1);
      assert.ok(Math.abs(Date.parse(readBy![0]!.at) - before) < 60_000);
      // HR's own answer carries no reads (only the manager's own map says them).
      const hrView = (await (await app('hr-1', true).request(url('/insights/strengths?managerId=boss-b'))).json()) as Map;
      assert.equal(hrView.readBy, undefined);
    });
  });
}
