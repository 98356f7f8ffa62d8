/**
 * Taiwa's backend as a Hono app: the HTTP contract of `openapi.json`, validated with the model's
 * zod schemas, on PostgreSQL (PGlite or a server, see db.ts).
 *
 *   PUT  {base}/records/{kind}/{id}   idempotent upsert, `Idempotency-Key` required; `If-Match` → 412
 *   GET  {base}/records/{kind}?personId=&sessionId=&from=&to=   → { records: [...], revisions: { id: rev } }
 *   GET  {base}/catalog/{locale}      the host's catalogue override (404: none)
 *   GET  {base}/insights/strengths?managerId=   the masked strengths map (k and prior: the server's)
 *   GET  {base}/insights/strength-patterns?department=   how many managers are weak/strong per cell (HR)
 *   GET  {base}/policy                the sharing policy the kit follows
 *   POST {base}/demo/sign-in {personId}   a token for a sample person (`demo` only; 404 otherwise)
 *   GET  {base}/reminders?on=YYYY-MM-DD&timeZone=   the caller's reminders due that day (server/reminders.ts)
 *   GET  /healthz, /readyz
 *
 * Every `{base}` route but the demo's sign-in needs a verified token (server/auth.ts) and asks the
 * policy (server/policy.ts). `{base}` is `/api`; the tenant comes from the token. The test harness
 * alone (`tenantsInPath`) also serves `/api/t/{tenant}`, whose tenant must be the token's.
 */
import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import * as z from 'zod/mini';
import { Id, IsoDateTime, Locale } from '../src/model/schemas.js';
import type { TaiwaRecord } from '../src/model/records.js';
import { isRecordKind, parseRecord } from '../src/model/validate.js';
import { authenticate, type Authenticator } from './auth.js';
import { sharingFrom, type PolicyConfig } from './config.js';
import type { Db } from './db.js';
import { getPerson } from './people.js';
import { canWrite, filterReadable, type PolicyContext } from './policy.js';
import type { Principal } from './principal.js';
import { accessLog, bodyLimit, fail, reply, rateLimit, silentLogger, strictQuery, type Logger, type RateLimit } from './ops.js';
import { catalogOverride, listRevisions, putRecord } from './records.js';
import type { OwnerRule } from './write-owner.js';
import { writeReadsOf } from './write-reads.js';
import { mountStrengths } from './strengths-routes.js';
import { ReminderQuery, reminderZone, remindersOn } from './reminders.js';
import { mountPeople } from './me-routes.js';
import { scimApp } from './scim.js';
import { mountHrInsights } from './insights-hr.js';
import { mountStrengthPatterns } from './strengths-org.js';

export interface AppOptions {
  db: Db;
  /** Verifies the callers' tokens (server/auth.ts `createAuthenticator`). */
  authenticator: Authenticator;
  /** What the policy leaves to the deployment (config.ts). */
  policy?: PolicyConfig;
  /** Serve `POST {base}/demo/sign-in` (`TAIWA_DEMO=1`); 404 without. */
  demo?: boolean;
  basePath?: string;
  /**
   * Test harness only (server/testing/harness.ts; server/main.ts never sets it): also serve
   * `{base}/t/{tenant}/…`, one tenant per test; the token's tenant must be the path's.
   */
  tenantsInPath?: boolean;
  /** Test harness only: tenants whose writes and reads skip the relations (authentication still applies). */
  relationsOff?: (tenant: string) => boolean;
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
  /** SCIM 2.0 at `/scim/v2` with this bearer secret (TAIWA_SCIM_TOKEN); without it, no SCIM routes (404). */
  scimToken?: string;
}

export type Env = { Variables: { tenant: string; requestId: string; principal?: Principal } };

export const CLIENT_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'Taiwa-Flusher', 'If-Match', 'If-None-Match'];

const ListQuery = z.object({
  personId: z.optional(Id),
  sessionId: z.optional(Id),
  from: z.optional(IsoDateTime),
  to: z.optional(IsoDateTime),
});

const LIST_PARAMS = ['personId', 'sessionId', 'from', 'to'];
/** The methods of each contract path, for the `Allow` of a 405 (HEAD comes with GET). */
const ALLOW: [string, string][] = [
  ['/records/:kind/:id', 'PUT'],
  ['/records/:kind', 'GET, HEAD'],
  ['/catalog/:locale', 'GET, HEAD'],
  ['/insights/strengths', 'GET, HEAD'],
  ['/reminders', 'GET, HEAD'],
  ['/policy', 'GET, HEAD'],
  ['/insights/strengths/reads', 'GET, HEAD'],
  ['/insights/strength-patterns', 'GET, HEAD'],
  ['/insights/:insight', 'GET, HEAD'],
];

/** `application/json` or a `+json` type, with any parameters. */
const isJson = (type: string | undefined) => !!type && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim());


export interface TaiwaApp {
  app: Hono<Env>;
  /** Flips `/readyz` to 503 (`why`: its title; default "Shutting down"). */
  setReady(ready: boolean, why?: string): void;
}

export function createApp(options: AppOptions): TaiwaApp {
  const { db, basePath = '/api', log = silentLogger } = options;
  const base = basePath.replace(/\/$/, '');
  let ready = true;
  let notReady = 'Shutting down';
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
    if (!ready) return fail(c, 503, notReady, {}, { 'retry-after': '1' });
    try {
      await db.query('select 1');
      return c.json({ ok: true });
    } catch {
      return fail(c, 503, 'Database unavailable', {}, { 'retry-after': '1' });
    }
  });

  // wp-scim: SCIM provisioning, outside `{base}` (its own bearer secret, not a person's token).
  if (options.scimToken) app.route('/scim/v2', scimApp({ db, token: options.scimToken, bodyLimit: options.bodyLimit ?? 1_000_000 }));

  const api = new Hono<Env>();
  if (options.corsOrigins?.length) {
    api.use(
      cors({
        origin: options.corsOrigins,
        allowMethods: ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS'],
        allowHeaders: CLIENT_HEADERS,
        exposeHeaders: ['Retry-After', 'Idempotent-Replayed', 'ETag'],
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
  if (options.tenantsInPath) {
    api.use(async (c, next) => {
      const m = tenantPath.exec(new URL(c.req.url).pathname);
      if (m) c.set('tenant', m[1]!);
      await next();
    });
  }
  options.extend?.(api);

  const { authenticator } = options;
  const policy: PolicyConfig = options.policy ?? sharingFrom({});
  api.post('/demo/sign-in', async (c) => {
    if (!options.demo || !authenticator.sign) return fail(c, 404, 'Not found');
    const body = (await c.req.json().catch(() => undefined)) as { personId?: unknown } | undefined;
    const personId = body?.personId;
    if (typeof personId !== 'string' || !Id.safeParse(personId).success) return fail(c, 400, 'personId missing', { field: 'personId' });
    const tenant = c.get('tenant') ?? 'default';
    const person = await getPerson(db, tenant, personId);
    if (!person?.active) return fail(c, 404, 'No such person', { field: 'personId' });
    const claims = authenticator.tenantClaim ? { [authenticator.tenantClaim]: tenant } : {};
    const token = await authenticator.sign(person.id, claims);
    return reply(c, { status: 200, body: { token, personId: person.id, displayName: person.displayName } });
  });

  api.use(authenticate(db, authenticator));
  const writeReads = writeReadsOf(db);
  const ctxOf = (c: Context<Env>): PolicyContext => ({ db, principal: c.get('principal')!, config: policy, writeReads });
  const relationsOff = (c: Context<Env>) => options.relationsOff?.(c.get('tenant')) === true;

  // People (`GET {base}/records/person`) and the caller's own data (`{base}/me/…`).
  mountPeople(api, db);

  api.put('/records/:kind/:id', async (c) => {
    if (!isJson(c.req.header('content-type')))
      return fail(c, 415, 'Unsupported media type', { detail: 'Send the record as application/json.' }, { accept: 'application/json' });
    const raw = await c.req.text();
    const kind = c.req.param('kind');
    const id = c.req.param('id');
    // A record that passes its schema is asked of the policy first (again if it meets another's record: write-owner.ts); a bad one gets putRecord's 4xx.
    let checked: TaiwaRecord | undefined;
    let owner: OwnerRule = relationsOff(c) ? 'unchecked' : {};
    if (isRecordKind(kind) && !relationsOff(c)) {
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const parsed = parseRecord(kind, body);
      if (parsed.ok && parsed.value.id === id) {
        const decision = await canWrite(ctxOf(c), kind, parsed.value);
        if (!decision.ok) return fail(c, decision.status, decision.title, { rule: decision.rule, detail: decision.detail });
        [checked, owner] = [parsed.value, { recheck: () => canWrite(ctxOf(c), kind, parsed.value) }];
      }
    }
    const conditions = { ifMatch: c.req.header('if-match'), ifNoneMatch: c.req.header('if-none-match') };
    return reply(c, await putRecord(db, c.get('tenant'), kind, id, raw, c.req.header('idempotency-key'), conditions, checked, owner));
  });

  api.get('/records/:kind', async (c) => {
    const kind = c.req.param('kind');
    if (!isRecordKind(kind)) return fail(c, 404, `Unknown record kind "${kind}"`);
    const strict = strictQuery(c, LIST_PARAMS);
    if (strict) return strict;
    const q = ListQuery.safeParse(c.req.query());
    if (!q.success)
      return fail(c, 400, 'Bad query parameter', { field: q.error.issues[0]?.path.join('.'), detail: q.error.issues[0]?.message });
    const records = [];
    // Without a person or a session: the records that name the caller. The policy then keeps what they may read.
    const off = relationsOff(c);
    const query = off || q.data.personId || q.data.sessionId ? q.data : { ...q.data, personId: c.get('principal')!.personId };
    const listed = await listRevisions(db, c.get('tenant'), kind, query);
    // Each record's revision by its id: what a client sends back as If-Match.
    const revisionOf = new Map(listed.map((r) => [(r.body as { id: string }).id, r.revision]));
    const bodies = listed.map((r) => r.body);
    const revisions: [string, string][] = [];
    for (const body of off ? bodies : await filterReadable(ctxOf(c), kind, bodies)) {
      // Response validation: a row changed by hand in SQL is left out (and logged), never sent.
      if (parseRecord(kind, body).ok) {
        const id = (body as { id: string }).id;
        records.push(body);
        revisions.push([id, revisionOf.get(id)!]);
      } else log({ level: 'warn', msg: 'invalid stored record left out', requestId: c.get('requestId'), kind });
    }
    return reply(c, { status: 200, body: { records, revisions: Object.fromEntries(revisions) } });
  });

  api.get('/catalog/:locale', async (c) => {
    const locale = c.req.param('locale');
    if (!Locale.safeParse(locale).success) return fail(c, 404, 'No catalogue for this locale', { field: 'locale' });
    const override = await catalogOverride(db, c.get('tenant'), locale);
    return override ? reply(c, { status: 200, body: override }) : fail(c, 404, 'No catalogue override');
  });

  // Who sees what: the policy the kit reads; k and prior are the server's, a `k` or `prior` in the
  // query is ignored (a viewer cannot lower the masking).
  api.get('/policy', (c) => strictQuery(c, []) ?? reply(c, { status: 200, body: { shareRatingsByDefault: policy.shareRatingsByDefault, k: policy.k } }));

  // The strengths map and its reads by HR: server/strengths-routes.ts.
  mountStrengths(api, db, policy, relationsOff);

  // wp-share: HR's organisation patterns of strengths (how many managers, never which): server/strengths-org.ts.
  mountStrengthPatterns(api, db, policy, relationsOff);

  // The caller's reminders (the principal's: never someone else's).
  api.get('/reminders', async (c) => {
    const strict = strictQuery(c, ['on', 'timeZone']);
    if (strict) return strict;
    const q = ReminderQuery.safeParse(c.req.query());
    if (!q.success)
      return fail(c, 400, 'Bad query parameter', { field: q.error.issues[0]?.path.join('.'), detail: q.error.issues[0]?.message });
    const personId = c.get('principal')!.personId;
    const timeZone = await reminderZone(db, c.get('tenant'), personId, q.data.timeZone);
    const reminders = await remindersOn(db, c.get('tenant'), personId, q.data.on, timeZone);
    return reply(c, { status: 200, body: { on: q.data.on, timeZone, reminders } });
  });

  // HR insights: cadence, drivers, effect, pulse; authorization in policy.ts (insightScope).
  mountHrInsights(api, db, { relationsOff: options.relationsOff });

  // 405 with `Allow`: the methods of the path in openapi.json (none for a path outside it).
  for (const [path, allow] of ALLOW) api.all(path, (c) => fail(c, 405, 'Method not allowed', { detail: `Allowed: ${allow || 'none'}.` }, { allow }));
  api.all('*', (c) => fail(c, 405, 'Not part of the contract', {}, { allow: '' }));

  app.route(base, api);
  return { app, setReady: (r, why = 'Shutting down') => void ((ready = r), (notReady = why)) };
}

function remote(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
