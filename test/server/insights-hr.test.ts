/**
 * The HR insight routes on PGlite and PostgreSQL: the answer equals the pure computation over the
 * same records and org chart, the caller's scope decides the unit (HR any, a manager their own
 * team, others 403, no caller 401), and bad queries get a 400 problem+json.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import type { Db } from '../../server/db.js';
import { setGrant, upsertPerson } from '../../server/people.js';
import { putRecord } from '../../server/records.js';
import { hrInsight } from '../../src/insights/hr-dispatch.js';
import { generateOrg } from '../helpers/hr-org.js';
import { bearer, drivers, tenantName, TEST_SECRET } from './helpers.js';

const org = generateOrg({ departments: [[6, 7, 2], [8]], seed: 5 });
const stamp = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();

for (const driver of drivers) {
  describe(`HR insight routes (${driver.name})`, () => {
    let db: Db;
    const tenant = tenantName('hr');
    const authenticator = createAuthenticator({ secret: TEST_SECRET, tenantClaim: 'tenant' });
    /** `path` signed in as `as` (a token for that person, in this tenant), or with no token. */
    const call = async (path: string, as?: string) => {
      const { app } = createApp({ db, authenticator, tenantsInPath: true, rateLimit: false });
      return app.request(`/api/t/${tenant}${path}`, as ? { headers: await bearer(as, { claims: { tenant } }) } : {});
    };

    before(async () => {
      db = await driver.open();
      await upsertPerson(db, tenant, { id: 'hr-1', userName: 'hr-1', displayName: 'HR' });
      await setGrant(db, tenant, 'hr-1', 'hr-admin', true);
      const managers = new Set(org.people.map((p) => p.managerId!));
      for (const m of managers) await upsertPerson(db, tenant, { id: m, userName: m, displayName: m });
      for (const p of org.people)
        await upsertPerson(db, tenant, {
          id: p.id,
          userName: p.id,
          displayName: p.id,
          managerId: p.managerId!,
          department: p.departmentId!,
        });
      let i = 0;
      const put = async (kind: string, body: object) => {
        const id = `${kind}-${i++}`;
        const record: Record<string, unknown> = { id, createdAt: stamp(i), ...body };
        record.updatedAt = record.createdAt;
        const answer = await putRecord(db, tenant, kind, id, JSON.stringify(record), `k-${id}`);
        assert.ok(answer.status < 300, JSON.stringify(answer.body));
      };
      for (const s of org.series!) await put('series', { ...s, timeZone: 'Asia/Tokyo' });
      for (const s of org.sessions!) await put('session', s);
      for (const f of org.feedback!) await put('feedback', { ...f, sessionId: 's' });
      for (const p of org.pulse!) await put('pulse', p);
    });
    after(() => db.close());

    it('answers HR with the same figures as the pure computation, for every insight', async () => {
      const q = { period: 'quarter', from: '2025-Q1', to: '2025-Q2', asOf: '2025-06-30' };
      const qs = new URLSearchParams(q).toString();
      for (const insight of ['cadence', 'pulse', 'effect', 'drivers'] as const) {
        const extra = insight === 'drivers' ? { resamples: 50 } : {};
        const res = await call(`/insights/${insight}?${qs}${insight === 'drivers' ? '&resamples=50' : ''}`, 'hr-1');
        assert.equal(res.status, 200, insight);
        const body = await res.json();
        assert.deepEqual(body, JSON.parse(JSON.stringify(hrInsight(insight, { ...q, k: 5, unit: 'organisation', ...extra }, org))), insight);
      }
    });

    it('lets a manager see their own team only: cadence in full, pulse above k', async () => {
      const own = encodeURIComponent('manager:dept-0/m-0-2');
      const cadence = await call(`/insights/cadence?period=month&from=2025-03&to=2025-03&asOf=2025-06-30&unit=${own}`, 'm-0-2');
      assert.equal(cadence.status, 200);
      const report = await cadence.json();
      assert.equal(report.k, 1);
      assert.equal(report.groups[0].published, true);
      assert.equal(report.groups[0].people, 2);
      // Without a unit: their one team.
      const pulse = await call('/insights/pulse?period=month&from=2025-03&to=2025-03&asOf=2025-06-30', 'm-0-2');
      assert.equal(pulse.status, 200);
      const summary = await pulse.json();
      assert.equal(summary.unit, 'manager:dept-0/m-0-2');
      assert.equal(summary.periods[0].published, false);
      assert.equal(summary.periods[0].respondents, null);
      for (const unit of ['organisation', 'department:dept-0', 'manager:dept-0/m-0-1']) {
        const res = await call(`/insights/cadence?unit=${encodeURIComponent(unit)}`, 'm-0-2');
        assert.equal(res.status, 403, unit);
        assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      }
    });

    it('refuses members (403), callers without a principal (401) and bad queries (400), never a 500', async () => {
      assert.equal((await call('/insights/cadence', 'p-0-0-0')).status, 403);
      assert.equal((await call('/insights/cadence')).status, 401);
      for (const bad of [
        'period=week',
        'from=2025-13',
        'k=0',
        'from=2025-Q3&to=2025-Q1&period=quarter',
        'from=2025-01&period=quarter',
        'resamples=abc',
        `unit=${'x'.repeat(600)}`,
        'graceDays=3',
        'unknown=1',
        'k=5&k=6',
      ]) {
        const res = await call(`/insights/drivers?${bad}`, 'hr-1');
        assert.equal(res.status, 400, bad);
        assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      }
      // k below the server's minimum is raised to it.
      const low = await (await call('/insights/pulse?k=1&period=month&from=2025-03&to=2025-03&asOf=2025-06-30', 'hr-1')).json();
      assert.equal(low.k, 5);
    });
  });
}
