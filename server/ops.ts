/**
 * Operational middleware: JSON access logs (request id, route template, status, time; never a
 * body, a query string or the Authorization header), a per-client rate limit, and the answers
 * every route shares.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import type { Answer } from './records.js';
import { problem } from './records.js';

export type LogEntry = Record<string, string | number | boolean | undefined>;
export type Logger = (entry: LogEntry) => void;

/** One JSON line per entry on stdout. */
export const jsonLogger: Logger = (entry) => process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
export const silentLogger: Logger = () => {};

/** Sends an `Answer`: JSON, or problem+json for 4xx/5xx; never cached. */
export function reply(_c: Context, answer: Answer): Response {
  const headers: Record<string, string> = {
    'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json',
    'cache-control': 'no-store',
    ...answer.headers,
  };
  return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
}

export const fail = (c: Context, status: number, title: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>) =>
  reply(c, problem(status, title, extra, headers));

/** Access log: the route's template (`/records/:kind/:id`), not the path with its ids and query. */
export function accessLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    log({
      level: c.res.status >= 500 ? 'error' : 'info',
      msg: 'request',
      requestId: c.get('requestId' as never) as string | undefined,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
    });
  };
}

export interface RateLimit {
  /** Requests allowed per client and window. */
  max: number;
  windowMs: number;
}

/**
 * A fixed-window limit per client key (the socket's address, or the first X-Forwarded-For hop
 * behind a trusted proxy). In memory, per instance: behind a load balancer each instance limits
 * on its own, so set `max` per instance (or limit at the balancer).
 */
export function rateLimit({ max, windowMs }: RateLimit, keyOf: (c: Context) => string): MiddlewareHandler {
  let windowStart = Date.now();
  let counts = new Map<string, number>();
  return async (c, next) => {
    const now = Date.now();
    if (now - windowStart >= windowMs) {
      windowStart = now - ((now - windowStart) % windowMs);
      counts = new Map();
    }
    const key = keyOf(c);
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n > max) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000));
      return fail(
        c,
        429,
        'Too many requests',
        { detail: `At most ${max} requests per ${windowMs / 1000} s.` },
        { 'retry-after': String(retryAfter) },
      );
    }
    await next();
  };
}

/** 400 for a query parameter the route does not know, or one given twice; undefined when it is fine. */
export function strictQuery(c: Context, known: string[]): Response | undefined {
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (!known.includes(name)) return fail(c, 400, 'Unknown query parameter', { field: name, detail: `Known: ${known.join(', ')}.` });
    if (values.length > 1) return fail(c, 400, 'Query parameter given more than once', { field: name });
  }
  return undefined;
}

/**
 * Hono's bodyLimit, without its cost for a request that declares its length: a Content-Length
 * within the limit (Node's parser then reads exactly that many bytes) passes straight on. Hono's
 * reads `req.raw.body`, which makes @hono/node-server build a full web Request and body stream
 * for every request (a tenth of the server's time per write, by a cpu profile); its own
 * `c.req.text()` reads the socket's body directly. Chunked or oversized bodies go to Hono's.
 */
export function bodyLimit(options: Parameters<typeof honoBodyLimit>[0]): MiddlewareHandler {
  const limit = honoBodyLimit(options);
  return (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && /^\d{1,15}$/.test(declared) && Number(declared) <= options.maxSize && !c.req.header('transfer-encoding'))
      return next();
    return limit(c, next);
  };
}
