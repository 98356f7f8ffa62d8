/**
 * The server over real HTTP (node's fetch against a listening Hono server) on PGlite and on
 * PostgreSQL: the contract's answers, idempotency as a database constraint, operational limits.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { configFrom } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { startServer } from '../../server/main.js';
import type { LogEntry } from '../../server/ops.js';
import { bearer, drivers, provision, pulse, TEST_SECRET } from './helpers.js';

for (const driver of drivers) {
  describe(`server on ${driver.name}`, () => {
    let db: Db;
    let base: string;
    let root: string;
    let close: () => Promise<void>;
    const logs: LogEntry[] = [];
    before(async () => {
      const config = {
        ...configFrom({
          PORT: '0',
          TAIWA_RATE_LIMIT: '100',
          TAIWA_TRUST_PROXY: '1',
          TAIWA_RATE_WINDOW_S: '3600',
          TAIWA_BODY_LIMIT: '20000',
          TAIWA_JWT_SECRET: TEST_SECRET,
        }),
        corsOrigins: ['https://portal.example'],
        log: false,
      };
      // The database is opened here (per driver) and handed in through the `db` hook.
      db = await driver.open();
      const s = await startServer({ ...config, port: 0 }, { db, log: (e) => logs.push(e) });
      // Ready (readyz 200) once the write path is warm (server/write-warm.ts).
      await s.warmed;
      root = `http://127.0.0.1:${s.port}`;
      base = `${root}/api`;
      close = s.close;
      const members = ['m-0', 'm-1', 'm-2', 'm-3', 'm-4', 'm-5', 'm-6', 'm-list', 'secret-person'];
      await provision(db, 'default', [{ id: 'boss' }, ...members.map((id) => ({ id, managerId: 'boss' }))]);
    });
    /** GET as `personId` (a member of boss's team). */
    const get = async (url: string, personId = 'm-2') => fetch(url, { headers: await bearer(personId) });
    after(() => close());

    /** PUT as the record's member (m-2 for a body that is not a record). */
    const put = async (
      body: unknown,
      key: string | undefined,
      path = `/records/pulse/${(body as { id?: string }).id}`,
      headers: Record<string, string> = {},
    ) =>
      fetch(base + path, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          ...(await bearer((body as { memberId?: string }).memberId ?? 'm-2')),
          ...(key ? { 'idempotency-key': key } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });

    it('creates (201), replays a repeated key, refuses a reused key, replaces (200) in arrival order, never by the client clock', async () => {
      const r1 = await put(pulse(1), 'k-1');
      assert.equal(r1.status, 201);
      assert.deepEqual(await r1.json(), pulse(1));
      assert.equal(r1.headers.get('etag'), '"1"');
      const again = await put(pulse(1), 'k-1');
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(again.headers.get('etag'), '"1"');
      const reused = await put(pulse(1, { growth: 1 }), 'k-1');
      assert.equal(reused.status, 422);
      assert.equal(reused.headers.get('content-type'), 'application/problem+json');
      assert.equal(((await reused.json()) as { rule: string }).rule, 'idempotency-key-reused');
      const newer = pulse(1, { updatedAt: '2025-06-01T00:00:00.000Z', growth: 5 });
      assert.equal((await put(newer, 'k-2')).status, 200);
      // An older updatedAt (a device whose clock is behind) is the later write all the same.
      const later = await put(pulse(1, { growth: 2 }), 'k-3');
      assert.equal(later.status, 200);
      assert.equal(later.headers.get('etag'), '"3"');
      const list = (await (await get(`${base}/records/pulse?personId=m-1`, 'm-1')).json()) as { records: unknown[]; revisions: Record<string, string> };
      assert.deepEqual(list.records, [pulse(1, { growth: 2 })]);
      assert.deepEqual(list.revisions, { 'p-1': '3' });
    });

    it('answers bad requests with problem+json, never a 500', async () => {
      const cases: [Response, number][] = [
        [await put(pulse(2), undefined), 400],
        [await put('{not json', 'k-bad-1', '/records/pulse/p-2'), 400],
        [await put(pulse(2), 'k-bad-2', '/records/nope/p-2'), 404],
        [await put({ ...pulse(2), growth: 'lots' }, 'k-bad-3'), 422],
        [await put(pulse(2), 'k-bad-4', '/records/pulse/other'), 400],
        [await put(pulse(2, { updatedAt: '2024-01-01T00:00:00.000Z' }), 'k-bad-5'), 422],
        [await put('x'.repeat(30_000), 'k-bad-6', '/records/pulse/p-2'), 413],
        [await get(`${base}/records/pulse?from=yesterday`), 400],
        [await get(`${base}/records/nope`), 404],
        // k and prior are the server's: a k or prior in the query is ignored (test/server/strengths.test.ts).
        [await get(`${base}/insights/strengths?managerId=${'x'.repeat(200)}`), 400],
        [await get(`${base}/catalog/xx`), 404],
        [await fetch(`${base}/records`, { method: 'DELETE', headers: await bearer('m-2') }), 405],
        [await fetch(`${base}/records/pulse`), 401],
      ];
      for (const [res, status] of cases) {
        assert.equal(res.status, status, res.url);
        assert.equal(res.headers.get('content-type'), 'application/problem+json');
        assert.equal(((await res.json()) as { status: number }).status, status);
      }
      // A 4xx is a stored answer: the same key and request get it again, and nothing was written.
      const replay = await put(pulse(2, { updatedAt: '2024-01-01T00:00:00.000Z' }), 'k-bad-5');
      assert.equal(replay.status, 422);
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      const list = (await (await get(`${base}/records/pulse?personId=m-2`)).json()) as { records: unknown[] };
      assert.deepEqual(list.records, []);
    });

    it('lists by person, session and time, oldest first', async () => {
      for (const i of [13, 11, 12]) assert.equal((await put(pulse(i, { memberId: 'm-list' }), `k-list-${i}`)).status, 201);
      const all = (await (await get(`${base}/records/pulse?personId=m-list`, 'm-list')).json()) as { records: { id: string }[] };
      assert.deepEqual(
        all.records.map((r) => r.id),
        ['p-11', 'p-12', 'p-13'],
      );
      const from = encodeURIComponent(pulse(12).createdAt);
      const to = encodeURIComponent(pulse(13).createdAt);
      const some = (await (await get(`${base}/records/pulse?personId=m-list&from=${from}&to=${to}`, 'm-list')).json()) as {
        records: { id: string }[];
      };
      assert.deepEqual(
        some.records.map((r) => r.id),
        ['p-12'],
      );
    });

    it('runs concurrent requests with one key once', async () => {
      const answers = await Promise.all(Array.from({ length: 8 }, () => put(pulse(20), 'k-race')));
      assert.deepEqual(answers.map((a) => a.status).sort(), Array(8).fill(201));
      assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') !== 'true').length, 1);
    });

    it('CORS: allows the configured origin with every client header, not others', async () => {
      const pre = await fetch(`${base}/records/pulse/p-1`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://portal.example',
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'idempotency-key',
        },
      });
      assert.equal(pre.headers.get('access-control-allow-origin'), 'https://portal.example');
      const allowed = (pre.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const h of ['authorization', 'content-type', 'idempotency-key', 'taiwa-flusher']) assert.ok(allowed.includes(h), h);
      const other = await fetch(`${base}/records/pulse`, { headers: { origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    });

    it('healthz and readyz answer; logs carry request ids and routes, never bodies, queries or tokens', async () => {
      assert.equal((await fetch(`${root}/healthz`)).status, 200);
      assert.equal((await fetch(`${root}/readyz`)).status, 200);
      await put(pulse(30, { memberId: 'secret-person' }), 'k-log', undefined, { authorization: 'Bearer sekrit' });
      await fetch(`${base}/records/pulse?personId=secret-person`);
      const text = JSON.stringify(logs);
      assert.ok(logs.some((l) => l.route === '/api/records/:kind/:id' && typeof l.requestId === 'string'));
      for (const secret of ['secret-person', 'sekrit', 'growth']) assert.ok(!text.includes(secret), secret);
    });

    it('rate-limits with 429 and Retry-After', async () => {
      let limited: Response | undefined;
      for (let i = 0; i < 150 && !limited; i++) {
        const res = await fetch(`${base}/records/session`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
        if (res.status === 429) limited = res;
      }
      assert.ok(limited, 'no 429 within 150 requests');
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
    });
  });
}
