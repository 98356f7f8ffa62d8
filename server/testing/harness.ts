/**
 * The test harness: the real server (server/app.ts) on an in-memory PGlite, with what only tests
 * need in front of it: one tenant per test in the URL (`/api/t/{tenant}`), request capture, and
 * fault injection (down, drops, timeouts, 5xx, 429, forced answers per id, slow start, a required
 * token, broken or corrupt lists, a catalogue override). Never part of the production server.
 *
 *   POST   {base}/_control            configure faults (see faults.mjs and FaultConfig)
 *   DELETE {base}/_control            forget everything of the tenant
 *   GET    {base}/_control/stats      counters: records, duplicates, overlaps, faults
 *   GET    {base}/_control/requests   every request seen (method, path, headers, raw body)
 *   POST   {base}/_control/people     provision people: { people: [{ id, managerId?, active?, hrAdmin? }] }
 *   POST   {base}/_control/token      a signed token: { personId, expiresIn? } → { token } (tenant claim: the path's)
 *
 * Authentication is the production one (server/auth.ts, HS256 with HARNESS_SECRET, tenant claim
 * `tenant`, which must equal the path's tenant); so is the policy, unless a tenant's tests
 * configure `{ relations: false }` (the outbox and conformance tests, which write every kind for
 * many people as one signed-in person; the policy has its own tests, test/server/policy*).
 */
import type { HttpBindings } from '@hono/node-server';
import type { Context, Hono, Next } from 'hono';
import { SignJWT } from 'jose';
import { createApp, type Env } from '../app.js';
import { createAuthenticator } from '../auth.js';
import { openDb, type Db } from '../db.js';
import { migrate } from '../migrate.js';
import { fail } from '../ops.js';
import { setGrant, upsertPerson } from '../people.js';
import { resetTenant } from '../records.js';
// @ts-expect-error plain JavaScript, no types
import { decide, latency } from './faults.mjs';
import { HarnessTenant, type FaultConfig } from './tenant.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The harness's HS256 secret: test-only, never a production setting. */
export const HARNESS_SECRET = 'taiwa-test-harness-secret-not-for-production';
export const HARNESS_TENANT_CLAIM = 'tenant';

export interface Harness {
  app: Hono<Env>;
  db: Db;
  close(): Promise<void>;
}

/** The harness on a fresh in-memory PGlite (or `databaseUrl`). */
export async function createHarness({
  basePath = '/api',
  databaseUrl,
}: { basePath?: string; databaseUrl?: string } = {}): Promise<Harness> {
  const db = await openDb(databaseUrl ? { databaseUrl } : {});
  await migrate(db);
  const tenants = new Map<string, HarnessTenant>();
  const tenantOf = (name: string) => {
    let t = tenants.get(name);
    if (!t) tenants.set(name, (t = new HarnessTenant()));
    return t;
  };
  const base = basePath.replace(/\/$/, '');
  const { app } = createApp({
    db,
    basePath,
    authenticator: createAuthenticator({ secret: HARNESS_SECRET, tenantClaim: HARNESS_TENANT_CLAIM }),
    tenantsInPath: true,
    relationsOff: (tenant) => tenants.get(tenant)?.config.relations === false,
    rateLimit: false,
    extend: (api) => api.use((c, next) => harness(c, next, db, base, tenantOf(c.get('tenant')), () => tenants.delete(c.get('tenant')))),
  });
  return { app, db, close: () => db.close() };
}

interface HarnessPerson {
  id: string;
  managerId?: string;
  displayName?: string;
  active?: boolean;
  hrAdmin?: boolean;
}

type C = Context<Env & { Bindings: HttpBindings }>;

async function harness(c: Context<Env>, next: Next, db: Db, base: string, t: HarnessTenant, forget: () => void): Promise<Response | void> {
  const ctx = c as unknown as C;
  const path = c.req.path.slice(base.length);
  if (path === '/_control' || path.startsWith('/_control/')) return control(ctx, db, t, path.slice('/_control'.length), forget);

  const raw = c.req.method === 'GET' || c.req.method === 'HEAD' ? '' : await c.req.text();
  const url = new URL(c.req.url);
  t.stats.received++;
  t.capture({
    method: c.req.method,
    path: url.pathname + url.search,
    idempotencyKey: c.req.header('idempotency-key'),
    flusher: c.req.header('taiwa-flusher'),
    authorization: c.req.header('authorization'),
    body: raw,
  });
  const cfg = t.config;
  const { incoming, outgoing } = ctx.env;
  const flusher = c.req.header('taiwa-flusher');
  if (flusher) {
    const leave = t.enter(flusher);
    outgoing.on('close', leave);
    outgoing.on('finish', leave);
  }
  const destroy = () => {
    outgoing.destroy();
    incoming.socket.destroy();
    return new Response(null, { status: 499 });
  };

  // "Server unreachable": the connection is closed before any answer.
  if (cfg.down) {
    t.stats.faults.down++;
    return destroy();
  }
  // A slow start: the server takes a while to come up and holds requests until it has.
  const waitStart = t.startedAt + (cfg.slowStartMs ?? 0) - Date.now();
  if (waitStart > 0) await sleep(waitStart);
  if (cfg.requireToken && c.req.header('authorization') !== `Bearer ${cfg.requireToken}`) {
    return fail(c, 401, 'Sign-in needed', {}, { 'www-authenticate': 'Bearer' });
  }

  const records = /^\/records\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  const catalog = /^\/catalog\/([^/]+)$/.exec(path);
  const isWrite = c.req.method === 'PUT' && records?.[2] !== undefined;
  const fate: { fault: string; after: boolean } = isWrite || cfg.reads ? decide(cfg, t.random) : { fault: 'ok', after: false };
  const delay: number = latency(cfg, t.random);
  if (delay > 0) await sleep(delay);
  const retryAfter = { 'retry-after': String(cfg.retryAfterS ?? 1) };

  if (fate.fault === '500') {
    t.stats.faults[500]++;
    return fail(c, 500, 'Injected failure');
  }
  if (fate.fault === '429') {
    t.stats.faults[429]++;
    return fail(c, 429, 'Too many requests', {}, retryAfter);
  }
  const breakConnection = async (): Promise<Response | undefined> => {
    if (fate.fault === 'drop') {
      t.stats.faults.drop++;
      return destroy();
    }
    if (fate.fault === 'timeout') {
      t.stats.faults.timeout++;
      // Hold the request without answering until the client gives up (or hangMs passes).
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, cfg.hangMs ?? 30_000);
        outgoing.on('close', () => (clearTimeout(timer), resolve()));
      });
      return destroy();
    }
    return undefined;
  };

  if (isWrite) {
    const id = decodeURIComponent(records![2]!);
    const kind = decodeURIComponent(records![1]!);
    if (!fate.after) {
      const broken = await breakConnection();
      if (broken) return broken;
    }
    const status = t.forced(id);
    if (status !== undefined) return fail(c, status, 'Injected answer', {}, status === 429 || status === 503 ? retryAfter : undefined);
    await next();
    const replayed = c.res.headers.get('idempotent-replayed') === 'true';
    if (replayed) t.stats.replayed++;
    else if (c.res.status === 200 || c.res.status === 201) {
      t.stats.applied++;
      t.applied.set(`${kind}/${id}`, (t.applied.get(`${kind}/${id}`) ?? 0) + 1);
    } else if (c.res.status === 422) t.stats.rejected++;
    // With `after`, the record is stored, then the answer is lost: the client must retry and must not duplicate.
    if (fate.after) return breakConnection();
    return;
  }
  if (c.req.method === 'GET' && records && records[2] === undefined) {
    const broken = await breakConnection();
    if (broken) return broken;
    if (cfg.badJson) return new Response('{"records": [', { headers: { 'content-type': 'application/json' } });
    await next();
    if (cfg.corrupt && c.res.status === 200) {
      const body = (await c.res.json()) as { records: unknown[] };
      c.res = new Response(JSON.stringify({ records: [...body.records, ...cfg.corrupt] }), {
        headers: { 'content-type': 'application/json' },
      });
    }
    return;
  }
  if (c.req.method === 'GET' && catalog) {
    const override = cfg.catalog?.[catalog[1]!];
    if (override) return c.json(override as object);
  }
  await next();
}

async function control(c: C, db: Db, t: HarnessTenant, sub: string, forget: () => void): Promise<Response> {
  const tenant = c.get('tenant');
  if (c.req.method === 'POST' && sub === '') {
    const raw = await c.req.text();
    let config: FaultConfig;
    try {
      config = raw ? (JSON.parse(raw) as FaultConfig) : {};
    } catch {
      return fail(c, 400, 'Control body is not JSON');
    }
    t.configure(config);
    return c.json({ ok: true });
  }
  if (c.req.method === 'DELETE' && sub === '') {
    await resetTenant(db, tenant);
    forget();
    return c.json({ ok: true });
  }
  if (c.req.method === 'GET' && sub === '/stats') {
    const stored = await db.query<{ kind: string; id: string }>('select kind, id from records where tenant = $1 order by kind, id', [
      tenant,
    ]);
    return c.json(t.summary(stored));
  }
  if (c.req.method === 'GET' && sub === '/requests') return c.json({ requests: t.captured });
  if (c.req.method === 'POST' && sub === '/people') {
    const body = (await c.req.json().catch(() => undefined)) as { people?: HarnessPerson[] } | undefined;
    if (!Array.isArray(body?.people)) return fail(c, 400, 'Expected { people: [...] }');
    for (const p of body.people) {
      if (typeof p?.id !== 'string' || p.id === '') return fail(c, 400, 'Every person needs an id');
      await upsertPerson(db, tenant, {
        id: p.id,
        userName: p.id,
        displayName: p.displayName ?? p.id,
        ...(p.managerId ? { managerId: p.managerId } : {}),
        active: p.active ?? true,
      });
      await setGrant(db, tenant, p.id, 'hr-admin', p.hrAdmin === true);
    }
    return c.json({ ok: true });
  }
  if (c.req.method === 'POST' && sub === '/token') {
    const body = (await c.req.json().catch(() => undefined)) as { personId?: string; expiresIn?: string } | undefined;
    if (typeof body?.personId !== 'string') return fail(c, 400, 'Expected { personId }');
    const token = await new SignJWT({ [HARNESS_TENANT_CLAIM]: tenant })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(body.personId)
      .setIssuedAt()
      .setExpirationTime(body.expiresIn ?? '1h')
      .sign(new TextEncoder().encode(HARNESS_SECRET));
    return c.json({ token });
  }
  return fail(c, 404, 'Unknown control request');
}
