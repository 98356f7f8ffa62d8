/**
 * HR and named strengths maps (wp-share): refused by default (organisation patterns only), allowed
 * with TAIWA_HR_NAMED_STRENGTHS and then written down, and the manager reads when their map was opened.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db.js';
import { setGrant } from '../../server/people.js';
import { drivers, tenantName } from './helpers.js';

const as = (personId: string, tenant: string) => (api: Parameters<NonNullable<Parameters<typeof createApp>[0]['extend']>>[0]) =>
  api.use(async (c, next) => {
    c.set('principal', { personId, tenant });
    await next();
  });

for (const driver of drivers) {
  describe(`named strengths maps and their audit on ${driver.name}`, () => {
    let db: Db;
    const tenant = tenantName('share-audit');
    before(async () => {
      db = await driver.open();
      await setGrant(db, tenant, 'hr-1', 'hr-admin', true);
    });
    after(() => db.close());

    const app = (personId: string, hrNamedStrengths: boolean) =>
      createApp({
        db,
        tenantsInPath: true,
        sharing: { shareRatingsByDefault: false, k: 3, prior: 5, hrNamedStrengths },
        extend: as(personId, tenant),
      }).app;
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
      // The manager's own reads and another manager's map are not audited.
      assert.equal((await app('boss-a', true).request(url('/insights/strengths?managerId=boss-a'))).status, 200);
      assert.equal((await app('boss-b', true).request(url('/insights/strengths?managerId=boss-a'))).status, 200);
      const { reads } = (await (await app('boss-a', true).request(url('/insights/strengths/reads'))).json()) as { reads: { at: string }[] };
      assert.equal(reads.length, 1);
      assert.ok(Date.parse(reads[0]!.at) >= before - 5000);
      assert.ok(!JSON.stringify(reads).includes('hr-1'), 'who read it is not said, only when');
      const other = (await (await app('boss-b', true).request(url('/insights/strengths/reads'))).json()) as { reads: unknown[] };
      assert.deepEqual(other.reads, []);
    });
  });
}
