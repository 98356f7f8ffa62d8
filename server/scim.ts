/**
 * SCIM 2.0 provisioning (RFC 7643 / 7644) at `/scim/v2`: how Entra ID, Okta and other identity
 * providers keep Taiwa's people and org chart current.
 *
 *   GET    /scim/v2/Users?filter=userName eq "…"&startIndex=1&count=100   ListResponse
 *   POST   /scim/v2/Users            201, 409 `uniqueness` on a taken userName
 *   GET    /scim/v2/Users/{id}       404 once deleted
 *   PUT    /scim/v2/Users/{id}       replace (If-Match: its meta.version, optional; 412 when stale)
 *   PATCH  /scim/v2/Users/{id}       add / replace / remove (`active: false` deactivates)
 *   DELETE /scim/v2/Users/{id}       204: deactivated, hidden from SCIM, deleted by the retention
 *   GET    /scim/v2/ServiceProviderConfig, /Schemas, /ResourceTypes
 *
 * Protected by its own bearer secret (TAIWA_SCIM_TOKEN), not a person's token; without one
 * configured, none of these routes exist (404). One organisation: the tenant is "default".
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Db } from './db.js';
import { FilterError, matches, parseFilter } from './scim-filter.js';
import { ENTERPRISE, LIST, ScimError, toScim, userFromBody, etagOf, CORE } from './scim-resource.js';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser } from './scim-users.js';
import { serviceProviderConfig, resourceTypes, schemas } from './scim-meta.js';
import type { Person } from './people.js';

const SCIM_JSON = 'application/scim+json';
const MAX_COUNT = 200;

export interface ScimOptions {
  db: Db;
  /** The bearer secret SCIM clients send. */
  token: string;
  tenant?: string;
  bodyLimit?: number;
}

const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { ...(body === undefined ? {} : { 'content-type': SCIM_JSON }), 'cache-control': 'no-store', ...headers },
  });

const error = (e: ScimError, headers?: Record<string, string>) => send(e.status, e.body, headers);

const digest = (s: string) => createHash('sha256').update(s).digest();

const origin = (c: Context) => new URL(c.req.url).origin;

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (type && !/^application\/(scim\+)?json\b/i.test(type)) throw new ScimError(415, undefined, `Send ${SCIM_JSON} (got ${type}).`);
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw new ScimError(400, 'invalidSyntax', 'The body is not JSON.');
  }
}

function intParam(raw: string | undefined, name: string, fallback: number, min: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new ScimError(400, 'invalidValue', `${name} must be an integer.`);
  return Math.max(n, min);
}

export function scimApp({ db, token, tenant = 'default', bodyLimit: limit = 1_000_000 }: ScimOptions): Hono {
  const app = new Hono();
  const expected = digest(`Bearer ${token}`);
  const user = (c: Context, p: Person) => toScim(p, `${origin(c)}/scim/v2/Users/${encodeURIComponent(p.id)}`);
  const one = (c: Context, p: Person, status = 200) => {
    const body = user(c, p);
    return send(status, body, { etag: etagOf(p), ...(status === 201 ? { location: (body.meta as { location: string }).location } : {}) });
  };

  app.onError((err) => {
    if (err instanceof ScimError) return error(err);
    return error(new ScimError(500, undefined, 'Internal error.'));
  });
  app.use(async (c, next) => {
    const given = c.req.header('authorization') ?? '';
    if (!timingSafeEqual(digest(given), expected))
      return error(new ScimError(401, undefined, 'A SCIM bearer token is required.'), { 'www-authenticate': 'Bearer realm="taiwa-scim"' });
    await next();
  });
  app.use(bodyLimit({ maxSize: limit, onError: () => error(new ScimError(413, 'tooLarge', `At most ${limit} bytes.`)) }));

  app.get('/ServiceProviderConfig', (c) => send(200, serviceProviderConfig(origin(c), MAX_COUNT)));
  app.get('/Schemas', (c) => send(200, schemas(origin(c))));
  app.get('/ResourceTypes', (c) => send(200, resourceTypes(origin(c))));

  app.get('/Users', async (c) => {
    const q = c.req.query();
    let filter;
    try {
      filter = q.filter ? parseFilter(q.filter) : undefined;
    } catch (err) {
      if (err instanceof FilterError) throw new ScimError(400, 'invalidFilter', err.message);
      throw err;
    }
    const startIndex = intParam(q.startIndex, 'startIndex', 1, 1);
    const count = Math.min(intParam(q.count, 'count', 100, 0), MAX_COUNT);
    const all = (await listUsers(db, tenant)).map((p) => user(c, p)).filter((r) => !filter || matches(filter, r));
    const page = all.slice(startIndex - 1, startIndex - 1 + count);
    return send(200, { schemas: [LIST], totalResults: all.length, startIndex, itemsPerPage: page.length, Resources: page });
  });

  app.post('/Users', async (c) => one(c, await createUser(db, tenant, userFromBody(await readJson(c))), 201));
  app.get('/Users/:id', async (c) => one(c, await getUser(db, tenant, c.req.param('id'))));
  app.put('/Users/:id', async (c) => {
    const fields = userFromBody(await readJson(c));
    return one(c, await replaceUser(db, tenant, c.req.param('id'), fields, c.req.header('if-match')));
  });
  app.patch('/Users/:id', async (c) => one(c, await patchUser(db, tenant, c.req.param('id'), await readJson(c), c.req.header('if-match'))));
  app.delete('/Users/:id', async (c) => {
    await deleteUser(db, tenant, c.req.param('id'));
    return send(204, undefined);
  });
  app.all('/Users', () => error(new ScimError(405, undefined, 'GET or POST.')));
  app.all('/Users/:id', () => error(new ScimError(405, undefined, 'GET, PUT, PATCH or DELETE.')));
  app.all('*', () => error(new ScimError(404, undefined, 'Not a SCIM endpoint (Users, ServiceProviderConfig, Schemas, ResourceTypes).')));
  return app;
}

export { CORE, ENTERPRISE };
