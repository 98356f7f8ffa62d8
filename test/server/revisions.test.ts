/**
 * Server-assigned revisions on PGlite and PostgreSQL (issue 15): every accepted write bumps a
 * record's revision, sent as a strong ETag; `If-Match` with a revision that moved on is 412 with the
 * stored record; `If-None-Match: *` only creates; without either, writes apply in arrival order and
 * the client clock decides nothing.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { configFrom } from '../../server/config.js';
import { startServer } from '../../server/main.js';
import { bearer, drivers, provision, pulse, TEST_SECRET } from './helpers.js';

const YEAR = 365 * 24 * 3600 * 1000;

for (const driver of drivers) {
  describe(`revisions on ${driver.name}`, () => {
    let base: string;
    let close: () => Promise<void>;
    before(async () => {
      const db = await driver.open();
      const s = await startServer({ ...configFrom({ PORT: '0', TAIWA_JWT_SECRET: TEST_SECRET }), port: 0, log: false }, { db, log: () => undefined });
      // pulse(i)'s member is m-(i % 7), on boss's team: each writes their own pulse.
      await provision(db, 'default', [{ id: 'boss' }, ...[0, 1, 2, 3, 4, 5, 6].map((i) => ({ id: `m-${i}`, managerId: 'boss' }))]);
      base = `http://127.0.0.1:${s.port}/api`;
      close = s.close;
    });
    after(() => close());

    const put = async (body: { id: string; memberId: string }, headers: Record<string, string> = {}) =>
      fetch(`${base}/records/pulse/${body.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID(), ...(await bearer(body.memberId)), ...headers },
        body: JSON.stringify(body),
      });
    const stored = async (id: string) => {
      const list = (await (await fetch(`${base}/records/pulse?personId=m-${Number(id.slice(2)) % 7}`, { headers: await bearer(`m-${Number(id.slice(2)) % 7}`) })).json()) as {
        records: { id: string }[];
        revisions: Record<string, string>;
      };
      return { record: list.records.find((r) => r.id === id), revision: list.revisions[id] };
    };

    it('If-None-Match: * creates once; a second create is 412 with the stored record', async () => {
      const first = await put(pulse(101), { 'if-none-match': '*' });
      assert.equal(first.status, 201);
      assert.equal(first.headers.get('etag'), '"1"');
      const second = await put(pulse(101, { growth: 1 }), { 'if-none-match': '*' });
      assert.equal(second.status, 412);
      assert.equal(second.headers.get('content-type'), 'application/problem+json');
      assert.equal(second.headers.get('etag'), '"1"');
      const problem = (await second.json()) as { rule: string; current: unknown; revision: string; status: number };
      assert.deepEqual([problem.status, problem.rule, problem.revision], [412, 'stale-revision', '1']);
      assert.deepEqual(problem.current, pulse(101));
      assert.deepEqual(await stored('p-101'), { record: pulse(101), revision: '1' });
    });

    it('If-Match with the current revision writes the next one; with a stale one, 412 and nothing written', async () => {
      assert.equal((await put(pulse(102))).status, 201);
      const next = await put(pulse(102, { growth: 4 }), { 'if-match': '"1"' });
      assert.equal(next.status, 200);
      assert.equal(next.headers.get('etag'), '"2"');
      const stale = await put(pulse(102, { growth: 1 }), { 'if-match': '"1"' });
      assert.equal(stale.status, 412);
      assert.equal(stale.headers.get('etag'), '"2"');
      const problem = (await stale.json()) as { current: unknown; revision: string };
      assert.deepEqual(problem.current, pulse(102, { growth: 4 }));
      assert.equal(problem.revision, '2');
      assert.deepEqual(await stored('p-102'), { record: pulse(102, { growth: 4 }), revision: '2' });
      // If-Match on a record that is not stored: nothing to match.
      assert.equal((await put(pulse(103), { 'if-match': '"1"' })).status, 412);
      assert.equal((await stored('p-103')).record, undefined);
    });

    it('a repeated request (same Idempotency-Key) gets the same 412 again, and a malformed precondition is 400', async () => {
      await put(pulse(104));
      await put(pulse(104, { growth: 2 }));
      const key = crypto.randomUUID();
      const a = await put(pulse(104, { growth: 3 }), { 'if-match': '"1"', 'idempotency-key': key });
      const b = await put(pulse(104, { growth: 3 }), { 'if-match': '"1"', 'idempotency-key': key });
      assert.deepEqual([a.status, b.status, b.headers.get('idempotent-replayed'), b.headers.get('etag')], [412, 412, 'true', '"2"']);
      const malformed: Record<string, string>[] = [
        { 'if-match': 'W/"1"' },
        { 'if-match': '1' },
        { 'if-none-match': '"1"' },
        { 'if-match': '"1"', 'if-none-match': '*' },
      ];
      for (const headers of malformed) {
        const res = await put(pulse(104), headers);
        assert.equal(res.status, 400, JSON.stringify(headers));
        assert.equal(res.headers.get('content-type'), 'application/problem+json');
      }
    });

    it('a device whose clock is a year ahead neither wins over a later write nor makes it fail', async () => {
      const ahead = new Date(Date.now() + YEAR).toISOString();
      const fromTheFuture = pulse(105, { updatedAt: ahead, growth: 5 });
      assert.equal((await put(fromTheFuture)).status, 201);
      // The manager's later write, stamped by a correct clock (so "older" by updatedAt), with and without If-Match.
      const now = new Date().toISOString();
      const later = await put(pulse(105, { updatedAt: now, growth: 1 }), { 'if-match': '"1"' });
      assert.equal(later.status, 200);
      assert.deepEqual(await stored('p-105'), { record: pulse(105, { updatedAt: now, growth: 1 }), revision: '2' });
      const plain = await put(pulse(105, { updatedAt: pulse(105).createdAt, growth: 2 }));
      assert.equal(plain.status, 200);
      assert.equal((await stored('p-105')).revision, '3');
    });

    it('of two concurrent writes from the same revision, exactly one is applied and the other is 412', async () => {
      assert.equal((await put(pulse(106))).status, 201);
      const answers = await Promise.all([1, 2, 3, 4].map((g) => put(pulse(106, { growth: g }), { 'if-match': '"1"' })));
      const statuses = answers.map((r) => r.status).sort();
      assert.deepEqual(statuses, [200, 412, 412, 412]);
      const winner = answers.findIndex((r) => r.status === 200) + 1;
      assert.deepEqual(await stored('p-106'), { record: pulse(106, { growth: winner }), revision: '2' });
    });
  });
}
