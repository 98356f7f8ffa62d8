/**
 * Who sees which HR insight (`insightScope`), as the routes answer it, on PGlite and PostgreSQL:
 * the matrix of callers (HR, a skip-level manager two levels up, a director with a team of
 * managers, a manager, a member, a manager in another department) × units (the organisation, both
 * departments, every team, a member named as if they led a team) × insights (cadence in full for
 * one's part, pulse only above k).
 *
 *   vp ─ dir-0 (dept-0) ─┬ m-0-0 ─ 6 members (dept-0)
 *                        └ m-0-1 ─ 5 members (dept-0)
 *   m-1-0 (dept-1) ─ 6 members (dept-1)            hr-1: the hr-admin grant
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import type { Db } from '../../server/db.js';
import { setGrant, upsertPerson } from '../../server/people.js';
import { putRecord } from '../../server/records.js';
import { bearer, drivers, tenantName, TEST_SECRET } from './helpers.js';

const UNITS = {
  org: 'organisation',
  dept0: 'department:dept-0',
  dept1: 'department:dept-1',
  dir: 'manager:dept-0/dir-0',
  team00: 'manager:dept-0/m-0-0',
  team01: 'manager:dept-0/m-0-1',
  team10: 'manager:dept-1/m-1-0',
  member: 'manager:dept-0/p-0-0-0',
} as const;
type Unit = keyof typeof UNITS;

/** Caller → units they may see (role in the answer); every other unit is 403. */
const MATRIX: Record<string, Partial<Record<Unit, 'hr-admin' | 'manager' | 'skip-level'>>> = {
  'hr-1': { org: 'hr-admin', dept0: 'hr-admin', dept1: 'hr-admin', dir: 'hr-admin', team00: 'hr-admin', team01: 'hr-admin', team10: 'hr-admin', member: 'hr-admin' },
  // Every person of dept-0 (the director included) is below the vp: the department too.
  vp: { dept0: 'skip-level', dir: 'skip-level', team00: 'skip-level', team01: 'skip-level' },
  // The director is a person of dept-0 but not below themselves: their teams, not the department.
  'dir-0': { dir: 'manager', team00: 'skip-level', team01: 'skip-level' },
  'm-0-0': { team00: 'manager' },
  'p-0-0-0': {},
  // A department whose people all report to this manager is theirs to see, as their team is.
  'm-1-0': { team10: 'manager', dept1: 'skip-level' },
};

for (const driver of drivers) {
  describe(`HR insight scopes (${driver.name})`, () => {
    let db: Db;
    const tenant = tenantName('scope');
    const authenticator = createAuthenticator({ secret: TEST_SECRET, tenantClaim: 'tenant' });
    const call = async (path: string, as: string) => {
      const { app } = createApp({ db, authenticator, tenantsInPath: true, rateLimit: false });
      return app.request(`/api/t/${tenant}${path}`, { headers: await bearer(as, { claims: { tenant } }) });
    };

    before(async () => {
      db = await driver.open();
      const person = (id: string, managerId?: string, department?: string) =>
        upsertPerson(db, tenant, { id, userName: id, displayName: id, ...(managerId ? { managerId } : {}), ...(department ? { department } : {}) });
      await person('hr-1');
      await setGrant(db, tenant, 'hr-1', 'hr-admin', true);
      await person('vp');
      await person('dir-0', 'vp', 'dept-0');
      await person('m-0-0', 'dir-0', 'dept-0');
      await person('m-0-1', 'dir-0', 'dept-0');
      await person('m-1-0', undefined, 'dept-1');
      const teams: Array<[string, string, number]> = [['m-0-0', 'dept-0', 6], ['m-0-1', 'dept-0', 5], ['m-1-0', 'dept-1', 6]];
      let n = 0;
      for (const [manager, dept, size] of teams)
        for (let i = 0; i < size; i++) {
          const id = `p-${manager.slice(2)}-${i}`;
          await person(id, manager, dept);
          const at = new Date(Date.UTC(2025, 2, 3 + i)).toISOString();
          const s = { id: `s-${n++}`, createdAt: at, updatedAt: at, memberId: id, managerId: manager, scheduledAt: at, heldAt: at };
          assert.ok((await putRecord(db, tenant, 'session', s.id, JSON.stringify(s), `k-${s.id}`)).status < 300);
        }
    });
    after(() => db.close());

    it('answers each caller for exactly the units of their part, cadence in full and the rest above k', async () => {
      const q = 'period=month&from=2025-03&to=2025-03&asOf=2025-03-31';
      for (const [caller, allowed] of Object.entries(MATRIX))
        for (const [name, unit] of Object.entries(UNITS) as Array<[Unit, string]>) {
          const role = allowed[name];
          for (const insight of ['cadence', 'pulse'] as const) {
            const res = await call(`/insights/${insight}?${q}&unit=${encodeURIComponent(unit)}`, caller);
            const what = `${caller} → ${insight} of ${unit}`;
            if (!role) {
              assert.equal(res.status, 403, what);
              assert.match(res.headers.get('content-type') ?? '', /problem\+json/, what);
              continue;
            }
            assert.equal(res.status, 200, what);
            const body = (await res.json()) as { unit: string; k: number; groups?: Array<{ id: string; published: boolean; people: number | null }> };
            assert.equal(body.unit, unit, what);
            assert.equal(body.k, insight === 'cadence' && role !== 'hr-admin' ? 1 : 5, what);
            if (insight === 'cadence' && role !== 'hr-admin' && unit.startsWith('manager:dept-0/m-0-1')) {
              // In full: the five-person team is published with its people, as its manager sees it.
              assert.deepEqual(body.groups?.map((g) => [g.id, g.published, g.people]), [[unit, true, 5]], what);
            }
          }
        }
    });

    it('gives a manager, skip-level or not, their own one team when no unit is named', async () => {
      for (const [caller, unit] of [['m-0-0', UNITS.team00], ['dir-0', UNITS.dir], ['vp', 'manager:dept-0/vp']]) {
        const res = await call('/insights/cadence?period=month&from=2025-03&to=2025-03&asOf=2025-03-31', caller!);
        assert.equal(res.status, 200, caller);
        assert.equal(((await res.json()) as { unit: string }).unit, unit, caller);
      }
    });
  });
}
