/**
 * The authorization matrix on PGlite and PostgreSQL, through the whole app (token, middleware,
 * policy, SQL): relation (self, manager, skip-level, another team's manager, another member, HR
 * admin) × record kind and writer side × read / write, against the table in policy-cases.ts; the
 * insights' scopes; the member's sharing choice against the policy's default; and a manager change.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import { sharingFrom, type PolicyConfig } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { upsertPerson } from '../../server/people.js';
import { relationTo } from '../../server/policy.js';
import { bearer, drivers, provision, TEST_SECRET } from './helpers.js';
import { CALLERS, expected, INSIGHT_CASES, ORG, SESSION, VARIANTS, type Caller } from './policy-cases.js';

const authenticator = createAuthenticator({ secret: TEST_SECRET });
const callers = Object.keys(CALLERS) as Caller[];
let key = 0;

function client(db: Db, policy: PolicyConfig = sharingFrom({})) {
  const { app } = createApp({ db, authenticator, policy, rateLimit: false, log: (e) => e.level === 'error' && console.error(e) });
  return {
    put: async (personId: string, kind: string, record: { id: string }) =>
      app.request(`/api/records/${kind}/${record.id}`, {
        method: 'PUT',
        headers: { ...(await bearer(personId)), 'idempotency-key': `k-${personId}-${key++}`, 'content-type': 'application/json' },
        body: JSON.stringify(record),
      }),
    /** The ids `personId` gets back from the lists of `kind` (by m1, by boss, and without a person). */
    readable: async (personId: string, kind: string) => {
      const ids = new Set<string>();
      for (const q of ['?personId=m1', '?personId=boss', '']) {
        const res = await app.request(`/api/records/${kind}${q}`, { headers: await bearer(personId) });
        assert.equal(res.status, 200, `${personId} lists ${kind}${q}`);
        for (const r of ((await res.json()) as { records: { id: string }[] }).records) ids.add(r.id);
      }
      return ids;
    },
    get: async (personId: string, path: string) => app.request(`/api${path}`, { headers: await bearer(personId) }),
  };
}

for (const driver of drivers) {
  describe(`policy matrix on ${driver.name}`, () => {
    let db: Db;
    before(async () => {
      db = await driver.open();
      await provision(db, 'default', ORG);
      assert.equal((await client(db).put('boss', 'session', SESSION)).status, 201);
    });
    after(() => db.close());

    it('allows exactly what the table says: relation × kind × read / write, and the insights’ scopes', async () => {
      const api = client(db);
      let cases = 0;
      const wronglyAllowed: string[] = [];
      const wronglyRefused: string[] = [];
      const check = (label: string, allowed: boolean, want: boolean) => {
        cases++;
        if (allowed && !want) wronglyAllowed.push(label);
        if (!allowed && want) wronglyRefused.push(label);
      };
      for (const v of VARIANTS) {
        for (const caller of callers) {
          const res = await api.put(CALLERS[caller], v.kind, v.make());
          assert.ok(res.status === 201 || res.status === 403, `${caller} writes ${v.name}: ${res.status} ${await res.clone().text()}`);
          if (res.status === 403) assert.equal(res.headers.get('content-type'), 'application/problem+json');
          check(`${caller} writes ${v.name}`, res.status === 201, expected(caller, v.name, 'write'));
        }
        // One stored record of the variant, written by its writer, then looked for by every caller.
        const record = v.make();
        const writer = expected('self', v.name, 'write') ? 'm1' : 'boss';
        assert.equal((await api.put(writer, v.kind, record)).status, 201, `${writer} seeds ${v.name}`);
        for (const caller of callers) {
          check(
            `${caller} reads ${v.name}`,
            (await api.readable(CALLERS[caller], v.kind)).has(record.id),
            expected(caller, v.name, 'read'),
          );
        }
      }
      for (const c of INSIGHT_CASES) {
        const res = await api.get(CALLERS[c.caller], `/insights/strengths${c.managerId ? `?managerId=${c.managerId}` : ''}`);
        assert.ok(res.status === 200 || res.status === 403, `${c.caller} strengths ${c.managerId}: ${res.status}`);
        check(`${c.caller} reads the strengths of ${c.managerId ?? '(none asked)'}`, res.status === 200, c.allowed);
      }
      console.log(`policy matrix: ${cases} cases, ${wronglyAllowed.length} allowed that the policy forbids`);
      assert.deepEqual(wronglyAllowed, []);
      assert.deepEqual(wronglyRefused, []);
      assert.ok(cases >= VARIANTS.length * callers.length * 2);
    });

    it('names each caller’s relation to the pair (m1, boss) from the org chart', async () => {
      const got = [];
      for (const caller of callers) {
        const principal = { personId: CALLERS[caller], tenant: 'default' };
        got.push(await relationTo({ db, principal, config: sharingFrom({}) }, { memberId: 'm1', managerId: 'boss' }));
      }
      assert.deepEqual(got, ['self', 'manager', 'skip-level', 'other', 'other', 'hr-admin']);
    });

    it('shows the member’s rating by name as the member chose, else as the policy’s default says', async () => {
      const writes = client(db);
      const made = Object.fromEntries(
        ['feedback by member, shared', 'feedback by member, not shared', 'feedback by member, no choice'].map((name) => [
          name,
          VARIANTS.find((v) => v.name === name)!.make(),
        ]),
      );
      for (const r of Object.values(made)) assert.equal((await writes.put('m1', 'feedback', r)).status, 201);
      for (const [shareByDefault, visible] of [
        [false, ['feedback by member, shared']],
        [true, ['feedback by member, shared', 'feedback by member, no choice']],
      ] as const) {
        const seen = await client(db, { ...sharingFrom({}), shareRatingsByDefault: shareByDefault }).readable('boss', 'feedback');
        const got = Object.entries(made)
          .filter(([, r]) => seen.has(r.id))
          .map(([name]) => name);
        assert.deepEqual(got, visible, `shareRatingsByDefault ${shareByDefault}`);
      }
    });

    it('after a manager change, the new manager sees only the 1on1s they hold and the old one writes nothing new', async () => {
      const api = client(db);
      await provision(db, 'default', [{ id: 'mover', managerId: 'boss' }]);
      const session = (id: string, managerId: string) => ({
        id,
        createdAt: '2025-06-01T00:00:00.000Z',
        updatedAt: '2025-06-01T00:00:00.000Z',
        memberId: 'mover',
        managerId,
      });
      assert.equal((await api.put('boss', 'session', session('old-1', 'boss'))).status, 201);
      await upsertPerson(db, 'default', { id: 'mover', userName: 'mover', displayName: 'mover', managerId: 'boss2' });
      // The old manager: no new record for the member, not even one naming the new manager.
      assert.equal((await api.put('boss', 'session', session('old-2', 'boss'))).status, 403);
      assert.equal((await api.put('boss', 'session', session('old-3', 'boss2'))).status, 403);
      assert.equal((await api.put('boss2', 'session', session('new-1', 'boss2'))).status, 201);
      const ids = async (personId: string) =>
        ((await (await api.get(personId, '/records/session?personId=mover')).json()) as { records: { id: string }[] }).records.map(
          (r) => r.id,
        );
      assert.deepEqual(await ids('boss2'), ['new-1']);
      assert.deepEqual(await ids('boss'), ['old-1']);
      assert.deepEqual((await ids('mover')).sort(), ['new-1', 'old-1']);
      // The member's new records go to the new manager only.
      const pulse = (id: string, managerId: string) => ({ ...session(id, managerId), month: '2025-06', growth: 3 });
      assert.equal((await api.put('mover', 'pulse', pulse('pm-1', 'boss'))).status, 403);
      assert.equal((await api.put('mover', 'pulse', pulse('pm-2', 'boss2'))).status, 201);
    });
  });
}
