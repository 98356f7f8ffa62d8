/**
 * SCIM 2.0 over real HTTP on PGlite and PostgreSQL: a client flow shaped like Entra ID's and Okta's
 * (create → patch the manager → deactivate → list), what that changes in the org chart a manager
 * sees, the errors (SCIM error JSON, `scimType`), the bearer secret, and no SCIM without one.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import { configFrom } from '../../server/config.js';
import type { Db } from '../../server/db.js';
import { startServer } from '../../server/main.js';
import { directReports } from '../../server/people.js';
import { drivers, TEST_SECRET } from './helpers.js';

const TOKEN = 'scim-secret-for-the-tests-0123456789';
const ENT = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const PATCH = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

for (const driver of drivers) {
  describe(`SCIM on ${driver.name}`, () => {
    let db: Db;
    let root: string;
    let close: () => Promise<void>;
    before(async () => {
      db = await driver.open();
      const config = { ...configFrom({ PORT: '0', TAIWA_SCIM_TOKEN: TOKEN, TAIWA_JWT_SECRET: TEST_SECRET }), log: false, rateLimit: false as const };
      const s = await startServer({ ...config, port: 0 }, { db });
      root = `http://127.0.0.1:${s.port}/scim/v2`;
      close = s.close;
    });
    after(() => close());

    const scim = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await fetch(root + path, {
        method,
        headers: {
          authorization: `Bearer ${TOKEN}`,
          ...(body !== undefined ? { 'content-type': 'application/scim+json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        location: res.headers.get('location'),
        body: (text ? JSON.parse(text) : undefined) as Json,
      };
    };
    const newUser = (externalId: string, userName: string, extra: Json = {}) => ({
      schemas: [CORE, ENT],
      externalId,
      userName,
      name: { givenName: 'Misaki', familyName: 'Ito' },
      emails: [{ value: `${externalId}@example.com`, type: 'work', primary: true }],
      active: true,
      ...extra,
    });
    const patch = (...Operations: Json[]) => ({ schemas: [PATCH], Operations });
    const reportsOf = async (id: string) => (await directReports(db, 'default', id)).map((p) => p.id);

    it('refuses a missing or wrong bearer token with 401, as SCIM error JSON', async () => {
      for (const authorization of [undefined, 'Bearer nope', `Basic ${TOKEN}`]) {
        const res = await fetch(`${root}/Users`, { headers: authorization ? { authorization } : {} });
        assert.equal(res.status, 401);
        assert.match(res.headers.get('content-type') ?? '', /application\/scim\+json/);
        assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
        const body = (await res.json()) as Json;
        assert.deepEqual(body.schemas, ['urn:ietf:params:scim:api:messages:2.0:Error']);
        assert.equal(body.status, '401');
      }
    });

    it('runs a provisioning flow: create → patch the manager → deactivate → list, and the org chart follows', async () => {
      for (const [id, name] of [
        ['boss-a', 'a@example.com'],
        ['boss-b', 'b@example.com'],
      ] as const) {
        assert.equal((await scim('POST', '/Users', newUser(id, name, { displayName: id }))).status, 201);
      }
      const created = await scim(
        'POST',
        '/Users',
        newUser('mem-x', 'Misaki.Ito@example.com', {
          timezone: 'Asia/Tokyo',
          [ENT]: { manager: { value: 'boss-a' }, department: 'Sales' },
        }),
      );
      assert.equal(created.status, 201);
      assert.match(created.type ?? '', /application\/scim\+json/);
      assert.equal(created.body.id, 'mem-x');
      assert.equal(created.body.displayName, 'Misaki Ito');
      assert.equal(created.body[ENT].manager.value, 'boss-a');
      assert.equal(created.body.meta.location, `${root}/Users/mem-x`);
      assert.equal(created.location, `${root}/Users/mem-x`);
      assert.equal(created.etag, created.body.meta.version);
      assert.deepEqual(await reportsOf('boss-a'), ['mem-x']);

      // Entra ID: capitalised op, the manager by its URN path, the value as { value }.
      const moved = await scim('PATCH', '/Users/mem-x', patch({ op: 'Replace', path: `${ENT}:manager`, value: { value: 'boss-b' } }));
      assert.equal(moved.status, 200);
      assert.equal(moved.body[ENT].manager.value, 'boss-b');
      assert.notEqual(moved.etag, created.etag);
      assert.deepEqual(await reportsOf('boss-a'), []);
      assert.deepEqual(await reportsOf('boss-b'), ['mem-x']);

      // Okta: a path-less replace of several attributes, the extension as an object.
      const renamed = await scim(
        'PATCH',
        '/Users/mem-x',
        patch({ op: 'replace', value: { displayName: '伊藤 美咲', [ENT]: { department: 'Support' } } }),
      );
      assert.equal(renamed.body.displayName, '伊藤 美咲');
      assert.equal(renamed.body[ENT].department, 'Support');
      assert.equal(renamed.body[ENT].manager.value, 'boss-b');

      // Entra ID's deactivation: "False" as a string.
      const off = await scim('PATCH', '/Users/mem-x', patch({ op: 'Replace', path: 'active', value: 'False' }));
      assert.equal(off.status, 200);
      assert.equal(off.body.active, false);
      assert.deepEqual(await reportsOf('boss-b'), []);

      const listed = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "misaki.ito@example.com"')}`);
      assert.equal(listed.status, 200);
      assert.equal(listed.body.totalResults, 1);
      assert.equal(listed.body.Resources[0].active, false);
      const byExternal = await scim('GET', `/Users?filter=${encodeURIComponent('externalId eq "boss-b"')}`);
      assert.deepEqual(
        byExternal.body.Resources.map((r: Json) => r.id),
        ['boss-b'],
      );
      const none = await scim('GET', `/Users?filter=${encodeURIComponent('userName eq "nobody@example.com"')}`);
      assert.deepEqual([none.body.totalResults, none.body.Resources], [0, []]);

      const back = await scim(
        'PATCH',
        '/Users/mem-x',
        patch({ op: 'replace', value: { active: true } }, { op: 'remove', path: `${ENT}:manager` }),
      );
      assert.equal(back.body.active, true);
      assert.equal(back.body[ENT].manager, undefined);
    });

    it('refuses a taken userName (any case) with 409 uniqueness, and a taken externalId', async () => {
      await scim('POST', '/Users', newUser('u-1', 'taken@example.com'));
      const again = await scim('POST', '/Users', newUser('u-2', 'TAKEN@example.com'));
      assert.equal(again.status, 409);
      assert.equal(again.body.scimType, 'uniqueness');
      assert.equal((await scim('POST', '/Users', newUser('u-1', 'other@example.com'))).body.scimType, 'uniqueness');
      assert.equal((await scim('PATCH', '/Users/u-1', patch({ op: 'replace', path: 'userName', value: 'a@example.com' }))).status, 409);
    });

    it('replaces with PUT (absent attributes cleared), and refuses a stale If-Match with 412', async () => {
      const made = await scim('POST', '/Users', newUser('u-put', 'put@example.com', { [ENT]: { department: 'Sales' } }));
      const stale = made.etag!;
      const put = await scim(
        'PUT',
        '/Users/u-put',
        { schemas: [CORE], userName: 'put@example.com', displayName: 'Put' },
        { 'if-match': stale },
      );
      assert.equal(put.status, 200);
      assert.equal(put.body[ENT].department, undefined);
      assert.equal(put.body.emails, undefined);
      const refused = await scim('PUT', '/Users/u-put', { userName: 'put@example.com' }, { 'if-match': stale });
      assert.equal(refused.status, 412);
      assert.equal((await scim('GET', '/Users/u-put')).body.displayName, 'Put');
    });

    it('pages with startIndex and count', async () => {
      for (let i = 0; i < 5; i++) await scim('POST', '/Users', newUser(`page-${i}`, `page-${i}@example.com`));
      const filter = encodeURIComponent('userName sw "page-"');
      const page = await scim('GET', `/Users?filter=${filter}&startIndex=2&count=2`);
      assert.equal(page.body.totalResults, 5);
      assert.equal(page.body.startIndex, 2);
      assert.equal(page.body.itemsPerPage, 2);
      assert.deepEqual(
        page.body.Resources.map((r: Json) => r.id),
        ['page-1', 'page-2'],
      );
      const tail = await scim('GET', `/Users?filter=${filter}&startIndex=5&count=10`);
      assert.deepEqual(
        tail.body.Resources.map((r: Json) => r.id),
        ['page-4'],
      );
      assert.equal((await scim('GET', `/Users?filter=${filter}&count=0`)).body.Resources.length, 0);
    });

    it('DELETE deactivates and hides the user (404 from then on); the userName is free again', async () => {
      await scim('POST', '/Users', newUser('u-del', 'del@example.com'));
      assert.equal((await scim('DELETE', '/Users/u-del')).status, 204);
      assert.equal((await scim('GET', '/Users/u-del')).status, 404);
      assert.equal((await scim('DELETE', '/Users/u-del')).status, 404);
      assert.equal((await scim('PATCH', '/Users/u-del', patch({ op: 'replace', path: 'active', value: true }))).status, 404);
      const [row] = await db.query<{ active: boolean; deactivated: boolean }>(
        "select active, deactivated_at is not null as deactivated from people where tenant = 'default' and id = 'u-del'",
      );
      assert.deepEqual(row, { active: false, deactivated: true });
      assert.equal((await scim('POST', '/Users', newUser('u-new', 'del@example.com'))).status, 201);
    });

    it('answers bad requests with SCIM errors, never a 500', async () => {
      const cases: [Promise<{ status: number; body: Json }>, number, string | undefined][] = [
        [scim('GET', `/Users?filter=${encodeURIComponent('userName eq')}`), 400, 'invalidFilter'],
        [scim('GET', '/Users?startIndex=x'), 400, 'invalidValue'],
        [scim('POST', '/Users', '{nope'), 400, 'invalidSyntax'],
        [scim('POST', '/Users', { userName: '' }), 400, 'invalidValue'],
        [scim('POST', '/Users', newUser('tz', 'tz@example.com', { timezone: 'Mars/Olympus' })), 400, 'invalidValue'],
        [scim('POST', '/Users', newUser('bad id!', 'badid@example.com')), 400, 'invalidValue'],
        [scim('POST', '/Users', newUser('self', 'self@example.com', { [ENT]: { manager: 'self' } })), 400, 'invalidValue'],
        [scim('PATCH', '/Users/boss-a', { Operations: [] }), 400, 'invalidSyntax'],
        [scim('PATCH', '/Users/boss-a', patch({ op: 'move', path: 'active' })), 400, 'invalidSyntax'],
        [scim('PATCH', '/Users/boss-a', patch({ op: 'replace', path: 'a b c', value: 1 })), 400, 'invalidPath'],
        [scim('PATCH', '/Users/boss-a', patch({ op: 'remove', path: 'userName' })), 400, 'mutability'],
        [scim('PATCH', '/Users/boss-a', patch({ op: 'replace', path: 'active', value: 'maybe' })), 400, 'invalidValue'],
        [scim('GET', '/Users/nobody'), 404, undefined],
        [scim('GET', '/Groups'), 404, undefined],
      ];
      for (const [pending, status, scimType] of cases) {
        const res = await pending;
        assert.equal(res.status, status, JSON.stringify(res.body));
        assert.equal(res.body.scimType, scimType);
        assert.equal(res.body.status, String(status));
      }
      const wrongType = await scim('POST', '/Users', 'userName=x', { 'content-type': 'text/plain' });
      assert.equal(wrongType.status, 415);
    });

    it('describes itself: ServiceProviderConfig, Schemas, ResourceTypes', async () => {
      const spc = await scim('GET', '/ServiceProviderConfig');
      assert.equal(spc.body.patch.supported, true);
      assert.equal(spc.body.filter.supported, true);
      const types = await scim('GET', '/ResourceTypes');
      assert.equal(types.body.Resources[0].schemaExtensions[0].schema, ENT);
      const schemas = await scim('GET', '/Schemas');
      assert.deepEqual(
        schemas.body.Resources.map((s: Json) => s.id),
        [CORE, ENT],
      );
    });
  });
}

describe('SCIM without TAIWA_SCIM_TOKEN', () => {
  it('has no routes: 404', async () => {
    const db = await drivers[0]!.open();
    try {
      const { app } = createApp({ db, rateLimit: false, authenticator: createAuthenticator({ secret: TEST_SECRET }) });
      const res = await app.request('/scim/v2/Users', { headers: { authorization: 'Bearer anything-at-all' } });
      assert.equal(res.status, 404);
      assert.throws(() => configFrom({ TAIWA_SCIM_TOKEN: 'short' }), /at least 24/);
      assert.equal(configFrom({}).scimToken, undefined);
    } finally {
      await db.close();
    }
  });
});
