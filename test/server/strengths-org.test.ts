/**
 * HR's organisation patterns of strengths (wp-share, issue 16), on generated data with a known
 * answer: six managers are weak at career × listen by construction (their members rate it 1–2 and
 * work × advice 4–5), two are strong there (the reverse), three are neither (3–4 everywhere).
 * The route counts managers per cell, never names them, hides a cell with fewer than
 * max(5, k) managers behind it, keeps to a department, and refuses those it is not for.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import type { Db } from '../../server/db.js';
import { setGrant, upsertPerson } from '../../server/people.js';
import { putRecord } from '../../server/records.js';
import { bearer, drivers, tenantName, TEST_SECRET } from './helpers.js';
import { plannedFeedback, type Plan } from '../helpers/strength-plans.js';

const authenticator = createAuthenticator({ secret: TEST_SECRET, tenantClaim: 'tenant' });

/** Manager id → how their career × listen goes, and their department. */
const MANAGERS: [string, Plan, string][] = [
  ...[0, 1, 2, 3, 4, 5].map((i): [string, Plan, string] => [`w${i}`, 'weak', i < 4 ? 'sales' : 'eng']),
  ['s0', 'strong', 'eng'],
  ['s1', 'strong', 'eng'],
  ['n0', 'neither', 'sales'],
  ['n1', 'neither', 'eng'],
  ['n2', 'neither', 'eng'],
];
// Ratings a cell (test/helpers/strength-plans.ts); only four managers rate skills × report: hidden.
const PER_CELL = 24;

interface Patterns {
  k: number;
  department?: string;
  managers: number;
  cells: { topicId: string; responseId: string; hidden: boolean; managers: number | null; weak: number | null; strong: number | null }[];
}

for (const driver of drivers) {
  describe(`GET /insights/strength-patterns on ${driver.name}`, () => {
    let db: Db;
    const tenant = tenantName('strength-patterns');
    before(async () => {
      db = await driver.open();
      const person = (id: string, managerId?: string, department?: string) =>
        upsertPerson(db, tenant, {
          id,
          userName: id,
          displayName: `Name of ${id}`,
          ...(managerId ? { managerId } : {}),
          ...(department ? { department } : {}),
        });
      await person('hr-1');
      await setGrant(db, tenant, 'hr-1', 'hr-admin', true);
      await person('director');
      let extra = 0;
      for (const [id, plan, department] of MANAGERS) {
        await person(id, id.startsWith('w') ? 'director' : undefined, department);
        for (const m of [0, 1]) await person(`${id}-m${m}`, id, department);
        for (const f of plannedFeedback(id, plan, plan !== 'weak' && extra++ < 4, PER_CELL)) {
          const answer = await putRecord(db, tenant, 'feedback', f.id, JSON.stringify(f), `key-${f.id}`);
          assert.ok(answer.status < 300, JSON.stringify(answer.body));
        }
      }
    });
    after(() => db.close());

    const request = async (personId: string, path: string) => {
      const { app } = createApp({
        db,
        authenticator,
        tenantsInPath: true,
        policy: { shareRatingsByDefault: false, k: 3, prior: 5, hrNamedStrengths: false },
      });
      return app.request(`/api/t/${tenant}${path}`, { headers: await bearer(personId, { claims: { tenant } }) });
    };
    const cell = (p: Patterns, topicId: string, responseId: string) =>
      p.cells.find((c) => c.topicId === topicId && c.responseId === responseId)!;

    it('counts the managers weak and strong per cell across the organisation, naming none', async () => {
      const res = await request('hr-1', '/insights/strength-patterns');
      assert.equal(res.status, 200);
      const text = await res.text();
      const p = JSON.parse(text) as Patterns;
      assert.equal(p.k, 5);
      assert.equal(p.managers, MANAGERS.length);
      assert.deepEqual(cell(p, 'career', 'listen'), {
        topicId: 'career',
        responseId: 'listen',
        hidden: false,
        managers: 11,
        weak: 6,
        strong: 2,
      });
      assert.deepEqual(cell(p, 'work', 'advice'), {
        topicId: 'work',
        responseId: 'advice',
        hidden: false,
        managers: 11,
        weak: 2,
        strong: 6,
      });
      // Four managers behind skills × report: hidden, every count null.
      assert.deepEqual(cell(p, 'skills', 'report'), {
        topicId: 'skills',
        responseId: 'report',
        hidden: true,
        managers: null,
        weak: null,
        strong: null,
      });
      for (const [id] of MANAGERS) assert.ok(!text.includes(id), `${id} is not named`);
      assert.ok(!text.includes('Name of'), 'no display name');
    });

    it('keeps to a department', async () => {
      const p = (await (await request('hr-1', '/insights/strength-patterns?department=sales')).json()) as Patterns;
      assert.equal(p.department, 'sales');
      assert.equal(p.managers, 5);
      assert.deepEqual(cell(p, 'career', 'listen'), {
        topicId: 'career',
        responseId: 'listen',
        hidden: false,
        managers: 5,
        weak: 4,
        strong: 0,
      });
      const none = (await (await request('hr-1', '/insights/strength-patterns?department=nowhere')).json()) as Patterns;
      assert.equal(none.managers, 0);
      assert.ok(none.cells.every((c) => c.hidden));
    });

    it('gives a manager of managers the managers below them only', async () => {
      const p = (await (await request('director', '/insights/strength-patterns')).json()) as Patterns;
      assert.equal(p.managers, 6);
      assert.deepEqual(cell(p, 'career', 'listen'), {
        topicId: 'career',
        responseId: 'listen',
        hidden: false,
        managers: 6,
        weak: 6,
        strong: 0,
      });
    });

    it('refuses a manager of members alone and a member (problem+json), and bad queries (400)', async () => {
      for (const who of ['w0', 'w0-m0']) {
        const res = await request(who, '/insights/strength-patterns');
        assert.equal(res.status, 403, who);
        assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      }
      for (const q of ['?managerId=w0', '?department=a&department=b', '?department=']) {
        const res = await request('hr-1', `/insights/strength-patterns${q}`);
        assert.equal(res.status, 400, q);
        assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      }
      assert.equal((await request('hr-1', '/insights/strength-patterns?department=' + 'x'.repeat(300))).status, 400);
    });
  });
}
