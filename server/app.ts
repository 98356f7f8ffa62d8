/**
 * Taiwa's backend as a Hono app: the HTTP contract of `openapi.json`, validated with the model's
 * zod schemas, on PostgreSQL (PGlite or a server, see db.ts).
 *
 *   PUT  {base}/records/{kind}/{id}   idempotent upsert, `Idempotency-Key` required
 *   GET  {base}/records/{kind}?personId=&sessionId=&from=&to=   → { records: [...] }
 *   GET  {base}/catalog/{locale}      the host's catalogue override (404: none)
 *   GET  {base}/insights/strengths?managerId=&k=&prior=   the masked strengths map
 *   GET  /healthz, /readyz
 *
 * `{base}` is `/api` (tenant "default"); with `tenantsInPath` also `/api/t/{tenant}` (the tests).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import * as z from 'zod/mini';
import { insightSchemas } from '../src/model/insights.js';
import { Id, IsoDateTime, Locale } from '../src/model/schemas.js';
import { isRecordKind, parseRecord } from '../src/model/validate.js';
import type { Db } from './db.js';
import type { Principal } from './principal.js';
import { accessLog, fail, reply, rateLimit, silentLogger, type Logger, type RateLimit } from './ops.js';
import { catalogOverride, listRecords, putRecord } from './records.js';
import { strengthMap } from './strengths.js';
import { mountHrInsights } from './insights-hr.js';

export interface AppOptions {
  db: Db;
  basePath?: string;
  /** Also serve `{base}/t/{tenant}/…`, one tenant per test. Off in production (issue 13: tenants from the token). */
  tenantsInPath?: boolean;
  /** Origins allowed by CORS; empty: same-origin only. */
  corsOrigins?: string[];
  /** Largest request body in bytes (413 beyond). */
  bodyLimit?: number;
  /** Off with `false`. */
  rateLimit?: RateLimit | false;
  /** Take the client from X-Forwarded-For (behind a proxy you trust). */
  trustProxy?: boolean;
  log?: Logger;
  /** Middleware mounted on every API route before the handlers (the test harness's faults). */
  extend?: (api: Hono<Env>) => void;
}

export type Env = { Variables: { tenant: string; requestId: string; principal?: Principal } };

export const CLIENT_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Taiwa-Flusher'];

const StrengthQuery = z.object({
  managerId: z.optional(Id),
  k: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1000))),
  prior: z.optional(z.number().check(z.gte(0), z.lte(1_000_000))),
});
const ListQuery = z.object({
  personId: z.optional(Id),
  sessionId: z.optional(Id),
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
});

const num = (s: string | undefined) => (s === undefined || s === '' ? undefined : Number(s));

export interface TaiwaApp {
  app: Hono<Env>;
  /** Flips `/readyz` to 503 (shutting down). */
  setReady(ready: boolean): void;
}

export function createApp(options: AppOptions): TaiwaApp {
  const { db, basePath = '/api', log = silentLogger } = options;
  const base = basePath.replace(/\/$/, '');
  let ready = true;
  // `{base}/t/{tenant}/rest` is routed as `{base}/rest`; the tenant is read from the URL below.
  const tenantPath = new RegExp(`^${base}/t/([A-Za-z0-9._-]{1,64})(?=/)`);
  const app = new Hono<Env>({
    getPath: (req) => {
      const url = req.url;
      const start = url.indexOf('/', url.indexOf('://') + 3);
      const q = url.indexOf('?', start);
      const path = url.slice(start, q < 0 ? undefined : q);
      return options.tenantsInPath ? path.replace(tenantPath, base) : path;
    },
  });

  app.use(requestId());
  app.use(accessLog(log));
  app.onError((err, c) => {
    log({ level: 'error', msg: 'unhandled', requestId: c.get('requestId'), error: err.name, code: (err as { code?: string }).code });
    return fail(c, 500, 'Internal error');
  });
  app.notFound((c) => fail(c, 404, 'Not found'));

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    if (!ready) return fail(c, 503, 'Shutting down', {}, { 'retry-after': '1' });
    try {
      await db.query('select 1');
      return c.json({ ok: true });
    } catch {
      return fail(c, 503, 'Database unavailable', {}, { 'retry-after': '1' });
    }
  });

  const api = new Hono<Env>();
  if (options.corsOrigins?.length) {
    api.use(
      cors({
        origin: options.corsOrigins,
        allowMethods: ['GET', 'PUT', 'OPTIONS'],
        allowHeaders: CLIENT_HEADERS,
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed'],
        maxAge: 600,
      }),
    );
  }
  if (options.rateLimit) {
    const header = (c: Context) => c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    api.use(rateLimit(options.rateLimit, (c) => (options.trustProxy && header(c)) || remote(c)));
  }
  api.use(
    bodyLimit({
      maxSize: options.bodyLimit ?? 1_000_000,
      onError: (c) => fail(c, 413, 'Body too large', { detail: `At most ${options.bodyLimit ?? 1_000_000} bytes.` }),
    }),
  );
  api.use(async (c, next) => {
    const m = options.tenantsInPath ? tenantPath.exec(new URL(c.req.url).pathname) : null;
    c.set('tenant', m?.[1] ?? 'default');
    await next();
  });
  options.extend?.(api);

  api.put('/records/:kind/:id', async (c) => {
    const raw = await c.req.text();
    return reply(c, await putRecord(db, c.get('tenant'), c.req.param('kind'), c.req.param('id'), raw, c.req.header('idempotency-key')));
  });

  api.get('/records/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!isRecordKind(kind)) return fail(c, 404, `Unknown record kind "${kind}"`);
    const q = ListQuery.safeParse(c.req.query());
    if (!q.success)
      return fail(c, 400, 'Bad query parameter', { field: q.error.issues[0]?.path.join('.'), detail: q.error.issues[0]?.message });
    const records = [];
    for (const r of await listRecords(db, c.get('tenant'), kind, q.data)) {
      // Response validation: a row changed by hand in SQL is left out (and logged), never sent.
      if (parseRecord(kind, r).ok) records.push(r);
      else log({ level: 'warn', msg: 'invalid stored record left out', requestId: c.get('requestId'), kind });
    }
    return reply(c, { status: 200, body: { records } });
  });

  api.get('/catalog/:locale', async (c) => {
    const locale = c.req.param('locale');
    if (!Locale.safeParse(locale).success) return fail(c, 404, 'No catalogue for this locale', { field: 'locale' });
    const override = await catalogOverride(db, c.get('tenant'), locale);
    return override ? reply(c, { status: 200, body: override }) : fail(c, 404, 'No catalogue override');
  });

  api.get('/insights/strengths', async (c) => {
    const raw = c.req.query();
    const q = StrengthQuery.safeParse({ managerId: raw.managerId || undefined, k: num(raw.k), prior: num(raw.prior) });
    if (!q.success)
      return fail(c, 400, 'Bad query parameter', { field: q.error.issues[0]?.path.join('.'), detail: q.error.issues[0]?.message });
    const map = await strengthMap(db, c.get('tenant'), q.data);
    const checked = insightSchemas.strengths.safeParse(map);
    if (!checked.success) throw new Error('strengths: the published map does not match its schema');
    return reply(c, { status: 200, body: checked.data });
  });

  // HR insights (wp-hr): cadence, drivers, effect, pulse; authorization in insights-scope.ts.
  mountHrInsights(api, db);

  api.all('*', (c) => fail(c, 405, 'Not part of the contract'));

  app.route(base, api);
  return { app, setReady: (r) => void (ready = r) };
}

function remote(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
