/**
 * Sign-in over real HTTP (node's fetch against the listening server): HS256 with a shared secret,
 * RS256 and ES256 from a JWKS URL (a real HTTP server), issuer and audience, expiry, people who are
 * not (or no longer) in the org chart, the tenant from the token, the demo's sign-in only with
 * TAIWA_DEMO, the test harness never in the production server; and the four probes of issue 13.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import { configFrom } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { startServer } from '../../server/main.js';
import { bearer, drivers, provision, tokenFor, TEST_SECRET } from './helpers.js';

type Started = { base: string; close: () => Promise<void> };

async function serve(db: Db, env: Record<string, string>): Promise<Started> {
  // The server closes its database on close; these tests keep theirs for the next server.
  const s = await startServer({ ...configFrom({ PORT: '0', ...env }), log: false }, { db: { ...db, close: async () => {} } });
  return { base: `http://127.0.0.1:${s.port}/api`, close: s.close };
}

const problemOf = async (res: Response) => {
  assert.equal(res.headers.get('content-type'), 'application/problem+json');
  return (await res.json()) as { status: number; rule?: string; detail?: string };
};

describe('sign-in', () => {
  const driver = drivers[0]!;
  let db: Db;
  let jwks: Server;
  let jwksUrl: string;
  const keys: Record<'RS256' | 'ES256', { privateKey: KeyLike; kid: string }> = {} as never;
  before(async () => {
    db = await driver.open();
    await provision(db, 'default', [{ id: 'boss' }, { id: 'm1', managerId: 'boss' }, { id: 'gone', managerId: 'boss', active: false }]);
    const published: object[] = [];
    for (const alg of ['RS256', 'ES256'] as const) {
      const pair = await generateKeyPair(alg);
      keys[alg] = { privateKey: pair.privateKey, kid: `key-${alg}` };
      published.push({ ...(await exportJWK(pair.publicKey)), kid: `key-${alg}`, alg, use: 'sig' });
    }
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/jwks.json`;
  });
  after(async () => {
    await new Promise((resolve) => jwks.close(resolve));
    await db.close();
  });

  it('refuses to start without a way to verify tokens', async () => {
    await assert.rejects(serve(db, {}), /TAIWA_JWT_SECRET or TAIWA_JWKS_URL/);
    assert.throws(() => configFrom({ TAIWA_JWT_SECRET: 'short' }), /at least 32 bytes/);
  });

  it('HS256: 401 with WWW-Authenticate for a missing, malformed, forged, expired or misaddressed token; 403 for someone not in the org chart', async () => {
    const s = await serve(db, { TAIWA_JWT_SECRET: TEST_SECRET, TAIWA_JWT_ISSUER: 'https://portal.example', TAIWA_JWT_AUDIENCE: 'taiwa' });
    try {
      const good = { claims: { iss: 'https://portal.example', aud: 'taiwa' } };
      const get = (headers: Record<string, string>) => fetch(`${s.base}/records/pulse`, { headers });
      assert.equal((await get(await bearer('m1', good))).status, 200);
      const refused: [string, Record<string, string>][] = [
        ['none', {}],
        ['not bearer', { authorization: 'Basic bTE6eA==' }],
        ['garbage', { authorization: 'Bearer not.a.token' }],
        ['forged', await bearer('m1', { ...good, secret: 'another-secret-another-secret-0123456789' })],
        ['expired', await bearer('m1', { ...good, exp: Math.floor(Date.now() / 1000) - 3600 })],
        ['wrong issuer', await bearer('m1', { claims: { iss: 'https://evil.example', aud: 'taiwa' } })],
        ['wrong audience', await bearer('m1', { claims: { iss: 'https://portal.example', aud: 'other' } })],
        [
          'alg none',
          {
            authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"m1"}').toString('base64url')}.`,
          },
        ],
      ];
      for (const [what, headers] of refused) {
        const res = await get(headers);
        assert.equal(res.status, 401, what);
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/, what);
        assert.equal((await problemOf(res)).status, 401);
      }
      const expired = await problemOf(await get(await bearer('m1', { ...good, exp: Math.floor(Date.now() / 1000) - 3600 })));
      assert.match(expired.detail ?? '', /expired/);
      for (const who of ['stranger', 'gone']) {
        const res = await get(await bearer(who, good));
        assert.equal(res.status, 403, who);
        assert.equal((await problemOf(res)).rule, 'unknown-person');
      }
    } finally {
      await s.close();
    }
  });

  it('RS256 and ES256 from a JWKS URL; an HS256 token is refused when no secret is configured', async () => {
    const s = await serve(db, { TAIWA_JWKS_URL: jwksUrl });
    try {
      for (const alg of ['RS256', 'ES256'] as const) {
        const token = await new SignJWT({})
          .setProtectedHeader({ alg, kid: keys[alg].kid })
          .setSubject('m1')
          .setExpirationTime('5m')
          .sign(keys[alg].privateKey);
        const res = await fetch(`${s.base}/records/pulse`, { headers: { authorization: `Bearer ${token}` } });
        assert.equal(res.status, 200, alg);
      }
      assert.equal((await fetch(`${s.base}/records/pulse`, { headers: await bearer('m1') })).status, 401);
    } finally {
      await s.close();
    }
  });

  it('demo sign-in: 404 without TAIWA_DEMO; with it, a token for a person in the org chart and nobody else', async () => {
    const off = await serve(db, { TAIWA_JWT_SECRET: TEST_SECRET });
    try {
      const res = await fetch(`${off.base}/demo/sign-in`, { method: 'POST', body: JSON.stringify({ personId: 'm1' }) });
      assert.equal(res.status, 404);
      await problemOf(res);
    } finally {
      await off.close();
    }
    const on = await serve(db, { TAIWA_DEMO: '1' });
    try {
      const signIn = (personId: unknown) => fetch(`${on.base}/demo/sign-in`, { method: 'POST', body: JSON.stringify({ personId }) });
      const res = await signIn('m1');
      assert.equal(res.status, 200);
      const { token, personId } = (await res.json()) as { token: string; personId: string };
      assert.equal(personId, 'm1');
      assert.equal((await fetch(`${on.base}/records/pulse`, { headers: { authorization: `Bearer ${token}` } })).status, 200);
      assert.equal((await signIn('stranger')).status, 404);
      assert.equal((await signIn('gone')).status, 404);
      assert.equal((await signIn(42)).status, 400);
      // The per-process secret is random: a token from the tests' secret is not accepted.
      assert.equal((await fetch(`${on.base}/records/pulse`, { headers: await bearer('m1') })).status, 401);
    } finally {
      await on.close();
    }
  });

  it('the production server mounts no test harness and no tenant in the URL', async () => {
    const s = await serve(db, { TAIWA_JWT_SECRET: TEST_SECRET });
    try {
      const headers = await bearer('m1');
      for (const [method, path] of [
        ['POST', '/_control/token'],
        ['POST', '/_control/people'],
        ['GET', '/_control/stats'],
        ['GET', '/t/default/records/pulse'],
      ] as const) {
        const res = await fetch(s.base + path, { method, headers, body: method === 'POST' ? '{"personId":"m1"}' : null });
        assert.ok(res.status === 404 || res.status === 405, `${method} ${path}: ${res.status}`);
        await problemOf(res);
      }
      // Without a token, not even the routing answers.
      assert.equal((await fetch(`${s.base}/_control/token`, { method: 'POST', body: '{"personId":"m1"}' })).status, 401);
    } finally {
      await s.close();
    }
  });
});

for (const driver of drivers) {
  describe(`the probes of issue 13 over HTTP on ${driver.name}`, () => {
    let db: Db;
    let s: Started;
    before(async () => {
      db = await driver.open();
      for (const tenant of ['acme', 'globex'])
        await provision(db, tenant, [{ id: 'boss' }, { id: 'm1', managerId: 'boss' }, { id: 'm2', managerId: 'boss' }]);
      s = await serve(db, { TAIWA_JWT_SECRET: TEST_SECRET, TAIWA_JWT_TENANT_CLAIM: 'org' });
    });
    after(async () => {
      await s.close();
      await db.close();
    });

    const as = (personId: string, org = 'acme') => bearer(personId, { claims: { org } });
    let key = 0;
    const put = async (personId: string, kind: string, record: { id: string }, org = 'acme') =>
      fetch(`${s.base}/records/${kind}/${record.id}`, {
        method: 'PUT',
        headers: { ...(await as(personId, org)), 'content-type': 'application/json', 'idempotency-key': `probe-${key++}` },
        body: JSON.stringify(record),
      });
    const list = async (personId: string, path: string, org = 'acme') => {
      const res = await fetch(`${s.base}${path}`, { headers: await as(personId, org) });
      assert.equal(res.status, 200, path);
      return ((await res.json()) as { records: { id: string }[] }).records.map((r) => r.id);
    };
    const rating = (id: string, memberId: string, by: 'member' | 'manager' = 'member') => ({
      id,
      createdAt: '2025-05-01T00:00:00.000Z',
      updatedAt: '2025-05-01T00:00:00.000Z',
      sessionId: 's-1',
      memberId,
      managerId: 'boss',
      by,
      scale: { min: 1, max: 5 },
      overall: 5,
      items: [],
      comment: `${memberId}'s words`,
      sharedWithManager: true,
    });

    it('all four are refused, and nothing of another member, manager side or tenant is seen or changed', async () => {
      assert.equal((await put('m1', 'feedback', rating('f-m1', 'm1'))).status, 201);
      assert.equal((await put('m1', 'feedback', rating('f-acme-only', 'm1'), 'acme')).status, 201);
      // 1. Read another member's records: the lists leave them out, by person or not.
      for (const kind of ['feedback', 'agenda', 'pulse', 'session']) {
        assert.deepEqual(await list('m2', `/records/${kind}?personId=m1`), [], kind);
        assert.deepEqual(await list('m2', `/records/${kind}`), [], kind);
      }
      // 2. Write feedback as the manager while signed in as the member.
      const asManager = await put('m1', 'feedback', rating('f-fake', 'm1', 'manager'));
      assert.equal(asManager.status, 403);
      assert.equal((await problemOf(asManager)).rule, 'not-your-side');
      // 3. Overwrite another member's rating: as them (the body says m1), or as oneself (same id).
      const newer = { updatedAt: '2025-06-01T00:00:00.000Z', overall: 1 };
      assert.equal((await put('m2', 'feedback', { ...rating('f-m1', 'm1'), ...newer })).status, 403);
      const takeover = await put('m2', 'feedback', { ...rating('f-m1', 'm2'), ...newer });
      assert.equal(takeover.status, 403);
      assert.equal((await problemOf(takeover)).rule, 'not-your-record');
      const [kept] = (await (await fetch(`${s.base}/records/feedback?personId=m1`, { headers: await as('m1') })).json()).records;
      assert.equal(kept.overall, 5);
      // 4. Pick another tenant: not in the URL, and a token for it is checked against its own org chart.
      const inPath = await fetch(`${s.base}/t/globex/records/feedback`, { headers: await as('m1') });
      assert.notEqual(inPath.status, 200);
      assert.deepEqual(await list('m1', '/records/feedback', 'globex'), []);
      const forged = await fetch(`${s.base}/records/feedback`, {
        headers: {
          authorization: `Bearer ${await tokenFor('m1', { claims: { org: 'globex' }, secret: 'another-secret-another-secret-0123456789' })}`,
        },
      });
      assert.equal(forged.status, 401);
      const noTenant = await fetch(`${s.base}/records/feedback`, { headers: await bearer('m1') });
      assert.equal(noTenant.status, 401);
      const strangerThere = await fetch(`${s.base}/records/feedback`, { headers: await as('boss2', 'globex') });
      assert.equal(strangerThere.status, 403);
      console.log(
        `issue 13 probes on ${driver.name}: read another member's records, write as the manager, overwrite another member's rating, pick another tenant: all refused`,
      );
    });
  });
}
