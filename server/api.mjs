// The example backend: Taiwa's HTTP contract (see docs/contract.md and openapi.json) as a plain
// Node middleware `(req, res, next)`, in memory. Portal teams can read it as a reference for their
// own server; the tests run it with fault injection.
//
//   PUT  {base}/records/{kind}/{id}   idempotent upsert, `Idempotency-Key` required
//   GET  {base}/records/{kind}?personId=&sessionId=&from=&to=   → { records: [...] }
//   GET  {base}/catalog/{locale}      the host's catalogue override (404: none)
//
// `{base}` is `/api` (tenant "default") or `/api/t/{tenant}`: each test gets its own tenant, so
// tests never see each other's records. With `control: true` a tenant can also be told to fail:
//
//   POST   {base}/_control            configure faults (see faults.mjs and Tenant.configure)
//   DELETE {base}/_control            forget everything of the tenant
//   GET    {base}/_control/stats      counters: records, duplicates, overlaps, faults
//   GET    {base}/_control/requests   every request seen (method, path, headers, raw body)
import { createHash } from 'node:crypto';
import { decide, latency } from './faults.mjs';
import { loadModel } from './model.mjs';
import { tenant } from './store.mjs';

const MAX_BODY = 1_000_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ------------------------------------------------------------------ answers

function send(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  const json = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': status >= 400 ? 'application/problem+json' : 'application/json',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(json);
}

/** RFC 9457 problem details; `field` and `rule` say what to fix. */
function problem(res, status, title, extra = {}, headers = {}) {
  send(res, status, { type: 'about:blank', title, status, ...extra }, headers);
  return { status, body: { type: 'about:blank', title, status, ...extra } };
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) reject(Object.assign(new Error('too large'), { status: 413 }));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// ------------------------------------------------------------------ server-side rules

/**
 * Rules a backend may add beyond the schemas; the client's schema accepts these records, the
 * server refuses them with 422 and names the rule, and the outbox shows them as "needs attention".
 */
function serverRules(kind, record) {
  if (Date.parse(record.updatedAt) < Date.parse(record.createdAt)) {
    return { rule: 'updated-before-created', field: 'updatedAt', detail: 'updatedAt is before createdAt.' };
  }
  if (kind === 'agenda') {
    const i = record.items.findIndex((item) => item.memoVisibility !== 'shared' && item.memo !== undefined);
    if (i >= 0)
      return {
        rule: 'private-memo',
        field: `items.${i}.memo`,
        detail: 'A private memo stays on the member’s device; the server does not accept it.',
      };
  }
  return undefined;
}

/** Same semantics as the adapters' in-memory `matches()`: a session is its own session. */
function matches(r, q, kind) {
  const personId = q.get('personId');
  const sessionId = q.get('sessionId');
  const from = q.get('from');
  const to = q.get('to');
  if (personId !== null && r.memberId !== personId && r.managerId !== personId) return false;
  if (sessionId !== null && (kind === 'session' ? r.id : r.sessionId) !== sessionId) return false;
  const at = Date.parse(r.createdAt);
  if (from !== null && !(at >= Date.parse(from))) return false;
  if (to !== null && !(at < Date.parse(to))) return false;
  return true;
}

// ------------------------------------------------------------------ handlers

async function putRecord(t, model, req, res, kind, id, raw) {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    return problem(res, 400, 'Idempotency-Key header missing', {
      detail: 'Every write needs an Idempotency-Key header (1–255 characters).',
    });
  }
  const fingerprint = createHash('sha256').update(`${kind}\n${id}\n${raw}`).digest('hex');
  const known = t.answers.get(key);
  if (known) {
    if (known.fingerprint !== fingerprint) {
      return problem(res, 422, 'Idempotency-Key reused with a different request', { rule: 'idempotency-key-reused' });
    }
    t.stats.replayed++;
    send(res, known.status, known.body, { 'idempotent-replayed': 'true' });
    return undefined;
  }
  const remember = (answer) => {
    // A 5xx is never a stored answer: the client will retry and deserves a real one.
    if (answer && answer.status < 500) t.answers.set(key, { fingerprint, ...answer });
  };
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    return remember(problem(res, 400, 'Body is not JSON'));
  }
  if (!model.isRecordKind(kind)) return remember(problem(res, 404, `Unknown record kind "${kind}"`));
  const parsed = model.parseRecord(kind, body);
  if (!parsed.ok) {
    t.stats.rejected++;
    return remember(problem(res, 422, 'Invalid record', { field: parsed.error.field, detail: parsed.error.reason }));
  }
  const record = parsed.value;
  if (record.id !== id) return remember(problem(res, 400, 'The id in the path and in the body differ', { field: 'id' }));
  const broken = serverRules(kind, record);
  if (broken) {
    t.stats.rejected++;
    return remember(problem(res, 422, 'Refused by a server rule', broken));
  }
  const current = t.kind(kind).get(id);
  if (current && Date.parse(current.updatedAt) > Date.parse(record.updatedAt)) {
    return remember(problem(res, 409, 'A newer version of this record is stored', { rule: 'stale-write', current }));
  }
  const status = t.upsert(kind, record);
  const answer = { status, body: record };
  remember(answer);
  send(res, status, record);
  return answer;
}

function forced(t, id) {
  const rule = t.config.failIds?.[id];
  if (rule === undefined) return undefined;
  const r = typeof rule === 'number' ? { status: rule } : rule;
  if (r.times !== undefined) {
    if (r.times <= 0) return undefined;
    r.times--;
    t.config.failIds[id] = r;
  }
  return r.status;
}

async function control(t, req, res, sub, raw) {
  if (req.method === 'POST' && sub === '') {
    t.configure(raw ? JSON.parse(raw) : {});
    return send(res, 200, { ok: true });
  }
  if (req.method === 'DELETE' && sub === '') {
    t.reset();
    return send(res, 200, { ok: true });
  }
  if (req.method === 'GET' && sub === '/stats') return send(res, 200, t.summary());
  if (req.method === 'GET' && sub === '/requests') return send(res, 200, { requests: t.captured });
  return problem(res, 404, 'Unknown control request');
}

/**
 * The backend as a Node middleware. Requests outside `basePath` go to `next()`.
 *
 * @param {{ basePath?: string, control?: boolean }} [options]
 *   `control` enables the fault-injection endpoints: on in the tests, off for anything else.
 */
export function createTaiwaApi({ basePath = '/api', control: withControl = false } = {}) {
  const route = new RegExp(`^${basePath.replace(/\/$/, '')}(?:/t/([A-Za-z0-9._-]{1,64}))?(/.*)$`);
  const model = loadModel();

  return async function taiwaApi(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const m = route.exec(url.pathname);
    if (!m) return next?.();
    const t = tenant(m[1] ?? 'default');
    const path = m[2];
    try {
      if (path.startsWith('/_control')) {
        if (!withControl) return problem(res, 404, 'Not found');
        return await control(t, req, res, path.slice('/_control'.length), await readBody(req));
      }
      await handle(t, await model, req, res, path, url);
    } catch (err) {
      if (err?.status === 413) problem(res, 413, 'Body too large');
      else problem(res, 500, 'Internal error', { detail: String(err?.message ?? err) });
    }
  };
}

async function handle(t, model, req, res, path, url) {
  const raw = await readBody(req);
  t.stats.received++;
  t.capture({
    method: req.method,
    path: url.pathname + url.search,
    idempotencyKey: req.headers['idempotency-key'],
    flusher: req.headers['taiwa-flusher'],
    authorization: req.headers.authorization,
    body: raw,
  });
  const cfg = t.config;
  const leave = typeof req.headers['taiwa-flusher'] === 'string' ? t.enter(req.headers['taiwa-flusher']) : () => {};
  res.on('close', leave);
  res.on('finish', leave);

  // "Server unreachable": the connection is closed before any answer.
  if (cfg.down) {
    t.stats.faults.down++;
    req.socket.destroy();
    return;
  }
  // A slow start: the server takes a while to come up and holds requests until it has.
  const waitStart = t.startedAt + (cfg.slowStartMs ?? 0) - Date.now();
  if (waitStart > 0) await sleep(waitStart);

  if (cfg.requireToken && req.headers.authorization !== `Bearer ${cfg.requireToken}`) {
    return problem(res, 401, 'Sign-in needed', {}, { 'www-authenticate': 'Bearer' });
  }

  const records = /^\/records\/([^/]+)(?:\/([^/]+))?$/.exec(path);
  const catalog = /^\/catalog\/([^/]+)$/.exec(path);
  const isWrite = req.method === 'PUT' && records?.[2] !== undefined;
  const fate = isWrite || cfg.reads ? decide(cfg, t.random) : { fault: 'ok' };
  const delay = latency(cfg, t.random);
  if (delay > 0) await sleep(delay);

  if (fate.fault === '500') {
    t.stats.faults[500]++;
    return problem(res, 500, 'Injected failure');
  }
  if (fate.fault === '429') {
    t.stats.faults[429]++;
    return problem(res, 429, 'Too many requests', {}, { 'retry-after': String(cfg.retryAfterS ?? 1) });
  }
  const breakConnection = async () => {
    if (fate.fault === 'drop') {
      t.stats.faults.drop++;
      req.socket.destroy();
      return true;
    }
    if (fate.fault === 'timeout') {
      t.stats.faults.timeout++;
      // Hold the request without answering until the client gives up (or hangMs passes).
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, cfg.hangMs ?? 30_000);
        res.on('close', () => (clearTimeout(timer), resolve()));
      });
      req.socket.destroy();
      return true;
    }
    return false;
  };

  if (isWrite) {
    const [, kindRaw, idRaw] = records;
    const kind = decodeURIComponent(kindRaw);
    const id = decodeURIComponent(idRaw);
    if (!fate.after && (await breakConnection())) return;
    const status = forced(t, id);
    if (status !== undefined) {
      return problem(
        res,
        status,
        'Injected answer',
        {},
        status === 429 || status === 503 ? { 'retry-after': String(cfg.retryAfterS ?? 1) } : {},
      );
    }
    if (!fate.after) return void (await putRecord(t, model, req, res, kind, id, raw));
    // The record is stored, then the answer is lost: the client must retry and must not duplicate.
    const fakeRes = { headersSent: false, destroyed: false, writeHead() {}, end() {} };
    await putRecord(t, model, req, fakeRes, kind, id, raw);
    await breakConnection();
    return;
  }
  if (req.method === 'GET' && records && records[2] === undefined) {
    if (await breakConnection()) return;
    const kind = decodeURIComponent(records[1]);
    if (cfg.badJson) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"records": [');
    }
    if (!model.isRecordKind(kind)) return problem(res, 404, `Unknown record kind "${kind}"`);
    const list = [...t.kind(kind).values()]
      .filter((r) => matches(r, url.searchParams, kind))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return send(res, 200, { records: cfg.corrupt ? [...list, ...cfg.corrupt] : list });
  }
  if (req.method === 'GET' && catalog) {
    const override = cfg.catalog?.[catalog[1]];
    return override ? send(res, 200, override) : problem(res, 404, 'No catalogue override');
  }
  return problem(res, 405, 'Not part of the contract');
}
