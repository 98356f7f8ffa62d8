/**
 * People and a person's own data over real HTTP, on PGlite and PostgreSQL: who sees whom
 * (`GET /api/records/person`) and how SCIM changes it, the export, the erasure, the import of
 * local records, and the retention of deactivated people. The caller signs in with a token whose
 * subject is the person id SCIM created (server/auth.ts, as in production).
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import type { Db } from '../../server/db.js';
import { getPerson, setGrant } from '../../server/people.js';
import { runRetention, scheduleRetention } from '../../server/retention.js';
import { RECORD_KINDS, type RecordKind } from '../../src/model/records.js';
import { fixtures } from '../../src/testing/fixtures.js';
import { bearer, drivers, provision, TEST_SECRET } from './helpers.js';
import { putRecord } from '../../server/records.js';
import { createMemoryAdapter } from '../../src/adapters/memory.js';
import { createRestAdapter } from '../../src/adapters/rest.js';
import { importLocalRecords } from '../../src/adapters/import-local.js';
import { guard } from '../../src/core/guard.js';

const TOKEN = 'scim-secret-for-the-me-tests-0123456789';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

for (const driver of drivers) {
  describe(`people and my data on ${driver.name}`, () => {
    let db: Db;
    let server: Server;
    let root: string;
    before(async () => {
      db = await driver.open();
      const { app } = createApp({
        db,
        rateLimit: false,
        scimToken: TOKEN,
        authenticator: createAuthenticator({ secret: TEST_SECRET }),
      });
      await new Promise<void>((resolve) => {
        server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
          root = `http://127.0.0.1:${info.port}`;
          resolve();
        }) as Server;
      });
    });
    after(async () => {
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    });

    const api = async (method: string, path: string, as?: string, body?: unknown) => {
      const res = await fetch(`${root}/api${path}`, {
        method,
        headers: { ...(as ? await bearer(as) : {}), 'content-type': 'application/json', 'idempotency-key': `k-${Math.random()}` },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
    };
    const scim = (method: string, path: string, body?: unknown) =>
      fetch(`${root}/scim/v2${path}`, {
        method,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/scim+json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    const user = (id: string, manager?: string) => ({
      externalId: id,
      userName: `${id}@example.com`,
      displayName: id.toUpperCase(),
      ...(manager ? { [ENT]: { manager: { value: manager } } } : {}),
    });
    const seen = async (as: string) => ((await api('GET', '/records/person', as)).body.records as Json[]).map((p) => p.id);

    it('shows the viewer, their manager and their reports; an HR admin everyone; SCIM changes it', async () => {
      for (const [id, manager] of [['boss'], ['other-boss'], ['hr'], ['mem-a', 'boss'], ['mem-b', 'boss'], ['mem-c', 'other-boss']]) {
        assert.equal((await scim('POST', '/Users', user(id!, manager))).status, 201);
      }
      await setGrant(db, 'default', 'hr', 'hr-admin', true);
      assert.deepEqual(await seen('mem-a'), ['boss', 'mem-a']);
      assert.deepEqual(await seen('boss'), ['boss', 'mem-a', 'mem-b']);
      assert.deepEqual(await seen('hr'), ['boss', 'hr', 'mem-a', 'mem-b', 'mem-c', 'other-boss']);
      // Someone the org chart does not know is refused at sign-in (403 unknown-person).
      assert.equal((await api('GET', '/records/person', 'stranger')).status, 403);
      const one = (await api('GET', '/records/person', 'mem-a')).body.records[1];
      assert.deepEqual(one, { id: 'mem-a', displayName: 'MEM-A', managerId: 'boss', active: true });
      const anonymous = await api('GET', '/records/person');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.headers.get('content-type'), 'application/problem+json');
      assert.equal((await api('PUT', '/records/person/mem-a', 'hr', { id: 'mem-a' })).status, 405);

      // The member moves to another manager: the old one no longer sees them, the new one does.
      await scim('PATCH', '/Users/mem-a', {
        schemas: [PATCH],
        Operations: [{ op: 'replace', path: `${ENT}:manager`, value: 'other-boss' }],
      });
      assert.deepEqual(await seen('boss'), ['boss', 'mem-b']);
      assert.deepEqual(await seen('other-boss'), ['mem-a', 'mem-c', 'other-boss']);
      // Deactivated: still shown (as inactive) until the retention; deleted through SCIM: gone.
      await scim('PATCH', '/Users/mem-b', { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: false }] });
      const b = ((await api('GET', '/records/person', 'boss')).body.records as Json[]).find((p) => p.id === 'mem-b');
      assert.equal(b?.active, false);
      assert.equal((await scim('DELETE', '/Users/mem-b')).status, 204);
      assert.deepEqual(await seen('boss'), ['boss']);
    });

    const f = fixtures('me');
    const ids = (groups: Json) =>
      Object.values(groups)
        .flat()
        .map((r: Json) => r.id as string)
        .sort();

    it('exports what the caller wrote and their 1on1s, for a member and for a manager', async () => {
      // Both people exist; the records of both sides are put straight into the store (who may write
      // which is the policy's subject, test/server/policy*).
      await provision(db, 'default', [{ id: f.manager }, { id: f.member, managerId: f.manager }]);
      for (const set of [f.full, f.minimal])
        for (const kind of RECORD_KINDS) {
          const put = await putRecord(db, 'default', kind, set[kind].id, JSON.stringify(set[kind]), `seed-${set[kind].id}`);
          assert.ok([200, 201].includes(put.status), JSON.stringify(put.body));
        }
      const mine = await api('GET', '/me/export', f.member);
      assert.equal(mine.status, 200);
      assert.match(mine.headers.get('content-disposition') ?? '', /attachment; filename="taiwa-export-\d{4}-\d{2}-\d{2}\.json"/);
      assert.deepEqual(Object.keys(mine.body.records).sort(), [...RECORD_KINDS].sort());
      const member: string[] = [
        'agenda-full',
        'feedback-full',
        'pulse-full',
        'hint-mark-full',
        'action-full',
        'session-full',
        'series-full',
        'agenda-min',
        'level-min',
        'pulse-min',
        'session-min',
        'series-min',
      ];
      assert.deepEqual(ids(mine.body.records), member.map((i) => `me-${i}`).sort());
      assert.equal(mine.body.person?.id, f.member);
      const theirs = await api('GET', '/me/export', f.manager);
      // The minimal hint mark names no manager: it is nobody's as a manager.
      const manager = ['level-full', 'feedback-min', 'action-min', 'session-full', 'series-full', 'session-min', 'series-min'];
      assert.deepEqual(ids(theirs.body.records), manager.map((i) => `me-${i}`).sort());
      assert.equal((await api('GET', '/me/export')).status, 401);
    });

    it('erases the caller: person, grants, records about them as a member and written by them as a manager', async () => {
      await scim('POST', '/Users', user(f.member));
      const gone = await api('DELETE', '/me', f.member);
      assert.equal(gone.status, 200);
      const counts: Partial<Record<RecordKind, number>> = {
        session: 2,
        agenda: 2,
        feedback: 2,
        level: 2,
        pulse: 2,
        'hint-mark': 2,
        action: 2,
        series: 2,
      };
      assert.deepEqual(gone.body.deleted.records, counts);
      assert.equal(gone.body.deleted.person, true);
      assert.equal(await getPerson(db, 'default', f.member), undefined);
      assert.deepEqual(ids((await api('GET', '/me/export', f.member)).body.records), []);
      assert.deepEqual(ids((await api('GET', '/me/export', f.manager)).body.records), []);
      const [left] = await db.query<{ n: number }>("select count(*)::int as n from idempotency_keys where body->>'memberId' = $1", [
        f.member,
      ]);
      assert.equal(left?.n, 0);
    });

    it('imports local records once: only the caller’s, validated, private memos and actions left out', async () => {
      const g = fixtures('imp');
      const agenda = g.full.agenda;
      const withPrivate = {
        ...agenda,
        items: [...agenda.items, { id: 'i3', topicId: 'work', memo: 'Only mine', memoVisibility: 'private', proposedBy: 'member' }],
      };
      const body = {
        records: {
          agenda: [withPrivate],
          feedback: [g.full.feedback, { ...g.full.feedback, id: 'imp-bad', overall: 'great' }],
          action: [g.full.action, { ...g.minimal.action, id: 'imp-private', owner: 'member', visibility: 'private' }],
          pulse: [{ ...g.full.pulse, id: 'imp-someone', memberId: 'someone-else' }],
          nonsense: [{}],
        },
      };
      await provision(db, 'default', [{ id: g.manager }, { id: g.member, managerId: g.manager }]);
      const first = await api('POST', '/me/import', g.member, body);
      assert.equal(first.status, 200);
      assert.equal(first.body.imported, 3);
      assert.deepEqual(first.body.stripped, { memos: 1, actions: 1 });
      assert.deepEqual(first.body.refused.map((r: Json) => [r.kind, r.status, r.rule ?? r.field]).sort(), [
        ['feedback', 422, 'overall'],
        ['nonsense', 404, undefined],
        ['pulse', 403, 'not-yours'],
      ]);
      const stored = await api('GET', `/records/agenda?personId=${g.member}`, g.member);
      assert.equal(stored.body.records[0].items.find((i: Json) => i.id === 'i3').memo, undefined);
      const again = await api('POST', '/me/import', g.member, body);
      assert.deepEqual([again.body.imported, again.body.unchanged], [0, 3]);
      assert.equal((await api('POST', '/me/import', g.member, { records: [] })).status, 400);
      assert.equal((await api('POST', '/me/import', undefined, body)).status, 401);
    });

    it('through the REST adapter: people, and a member’s local records moved to the server once', async () => {
      const h = fixtures('rest');
      await scim('POST', '/Users', user(h.manager));
      await scim('POST', '/Users', user(h.member, h.manager));
      const memberAuth = await bearer(h.member);
      const rest = createRestAdapter({ baseUrl: `${root}/api`, headers: memberAuth });
      const people = await guard(rest).people();
      assert.deepEqual(
        people.records.map((p) => [p.id, p.managerId]),
        [
          [h.manager, undefined],
          [h.member, h.manager],
        ],
      );
      assert.deepEqual(people.errors, []);

      const withPrivate = {
        ...h.full.agenda,
        items: [
          ...h.full.agenda.items,
          { id: 'i9', topicId: 'work', memo: 'mine', memoVisibility: 'private' as const, proposedBy: 'member' as const },
        ],
      };
      const local = createMemoryAdapter({
        agenda: [withPrivate],
        feedback: [h.full.feedback],
        action: [h.full.action, { ...h.minimal.action, id: 'rest-private', owner: 'member', visibility: 'private' }],
        pulse: [{ ...h.full.pulse, id: 'rest-theirs', memberId: h.other }],
        session: [h.full.session],
      });
      const moved = await importLocalRecords(local, rest, { memberId: h.member });
      assert.deepEqual([moved.read, moved.imported, moved.unchanged, moved.refused.length], [5, 4, 0, 0]);
      assert.deepEqual(moved.stripped, { memos: 1, actions: 1 });
      const server = await guard(rest).query('agenda', { personId: h.member });
      assert.equal(server.records[0]?.items.find((i) => i.id === 'i9')?.memo, undefined);
      assert.equal(
        (await guard(rest).query('pulse', {})).records.some((p) => p.id === 'rest-theirs'),
        false,
      );
      const again = await importLocalRecords(local, rest, { memberId: h.member });
      assert.deepEqual([again.imported, again.unchanged], [0, 4]);
    });

    it('erases a person deactivated longer than the retention, with their records, and keeps the rest', async () => {
      const r = fixtures('ret');
      for (const id of ['ret-old', 'ret-recent', 'ret-active', 'ret-back']) await scim('POST', '/Users', user(id));
      for (const id of ['ret-old', 'ret-recent', 'ret-back'])
        await scim('PATCH', `/Users/${id}`, { schemas: [PATCH], Operations: [{ op: 'replace', value: { active: false } }] });
      const age = (id: string, days: number) =>
        db.query(`update people set deactivated_at = now() - interval '${days} days' where id = $1`, [id]);
      // Written while they were active (a deactivated person cannot sign in).
      await putRecord(db, 'default', 'pulse', r.full.pulse.id, JSON.stringify({ ...r.full.pulse, memberId: 'ret-old' }), 'ret-1');
      await putRecord(db, 'default', 'pulse', r.minimal.pulse.id, JSON.stringify({ ...r.minimal.pulse, memberId: 'ret-recent' }), 'ret-2');
      await age('ret-old', 10);
      await age('ret-recent', 3);
      await age('ret-back', 10);
      await scim('PATCH', '/Users/ret-back', { schemas: [PATCH], Operations: [{ op: 'replace', path: 'active', value: true }] });
      const run = await runRetention(db, 7);
      assert.deepEqual(
        run.erased.map((e) => e.id),
        ['ret-old'],
      );
      assert.deepEqual(run.erased[0]?.erasure.records, { pulse: 1 });
      assert.equal(await getPerson(db, 'default', 'ret-old'), undefined);
      for (const id of ['ret-recent', 'ret-active', 'ret-back']) assert.ok(await getPerson(db, 'default', id), id);
      const [kept] = await db.query<{ n: number }>("select count(*)::int as n from records where kind = 'pulse' and member_id = 'ret-recent'");
      assert.equal(kept?.n, 1);
      // The daily schedule runs once at start; its stop waits for that run.
      const logs: Json[] = [];
      const stop = scheduleRetention(db, 2, (e) => logs.push(e));
      await stop();
      assert.equal(await getPerson(db, 'default', 'ret-recent'), undefined);
      assert.equal(logs[0]?.count, 1);
    });
  });
}
