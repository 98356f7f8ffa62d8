/**
 * Warm before ready (server/main.ts; off with TAIWA_WARM=0): a new instance behind a load balancer
 * should not serve its first second cold. Before `/readyz` says ready, 2,000 writes go
 * through the real write handler (routing, token verification, the schema, the policy's batched
 * reads, the group commit), on every connection of the database pool, over HTTP on a port of its
 * own (127.0.0.1, closed after: node's HTTP server and the adapter to Hono warm too), so that:
 * - the write path's named statements are prepared on each connection (node-postgres prepares a
 *   statement per connection, on its first use there), and each backend has its catalog caches;
 * - the JavaScript of the write path has run often enough to be compiled (V8 optimises a function
 *   after it has run many times: the first writes of a cold process cost several times more);
 * - the token verification has run (a fresh token per write half the time: the verified-token
 *   cache would answer the rest), when the server can sign its own tokens (an HS256 secret).
 *
 * Nothing of it is ever visible: each connection's writes go to its own made-up organisation (a
 * random tenant no token of a host names), inside a transaction that is rolled back (Db
 * `rolledBack`); a crash during the warm-up leaves an uncommitted transaction, which the database
 * discards. Bounded: it stops starting new writes after `deadlineMs` (2 s: a restart after a crash
 * should not wait long; on the quiet machine 2,000 writes took 3-5 s, so a restart was ready in
 * 3.4-6.4 s and the crash probe ran past its time limit).
 */
import { serve } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import { createApp, type AppOptions } from './app.js';
import type { Authenticator } from './auth.js';
import type { Db, Queryable } from './db.js';
import { silentLogger } from './ops.js';
import { upsertPerson } from './people.js';

export interface WarmReport {
  /** How long the warm-up took. */
  ms: number;
  /** Writes sent, and how many of them were not stored (they still count as warm-up). */
  writes: number;
  failed: number;
  /** Database connections warmed. */
  connections: number;
}

/** Writes in all (spread over the connections). */
export const WARM_WRITES = 2000;
/** The waves of concurrent writes, in turn: one alone (the single statements), then a batch (the batched ones). */
const WAVES = [1, 50];
const MEMBERS = 8;
/** The claim the warm-up's own app reads its made-up tenant from, when the deployment names none. */
const WARM_CLAIM = 'taiwa_warm_tenant';

export interface WarmOptions {
  writes?: number;
  deadlineMs?: number;
  /** True once the warm-up should start no more writes (the server is shutting down). */
  stopped?: () => boolean;
}

/** Warms the write path of an app built from `options` (the same options the server's app has). */
export async function warmWrites(
  options: AppOptions,
  { writes = WARM_WRITES, deadlineMs = 2_000, stopped = () => false }: WarmOptions = {},
): Promise<WarmReport> {
  const started = performance.now();
  const deadline = started + deadlineMs;
  const run = randomBytes(6).toString('hex');
  let sent = 0;
  let failed = 0;
  let connections = 0;
  await options.db.rolledBack(async (q, index, count) => {
    connections++;
    const tenant = `taiwa-warm.${run}-${index}`;
    const db = onOne(options.db, q);
    const auth = warmAuthenticator(options.authenticator, tenant);
    const own: AppOptions = { ...options, db, authenticator: auth.authenticator, log: silentLogger, rateLimit: false, demo: false };
    delete own.scimToken;
    const { app } = createApp(own);
    const http = await listen(app.fetch);
    try {
      await upsertPerson(q, tenant, { id: 'boss', userName: 'boss', displayName: 'Warm-up' });
      for (let m = 0; m < MEMBERS; m++)
        await upsertPerson(q, tenant, { id: `m-${m}`, userName: `m-${m}`, displayName: 'Warm-up', managerId: 'boss' });
      const share = Math.ceil(writes / count);
      for (let n = 0, wave = 0; n < share && performance.now() < deadline && !stopped(); wave++) {
        const size = Math.min(WAVES[wave % WAVES.length]!, share - n);
        const answers = await Promise.all(
          Array.from({ length: size }, async (_, j) => {
            const i = n + j;
            const m = i % MEMBERS;
            const id = `w-${i}`;
            const token = await auth.token(`m-${m}`, i % 2 === 0);
            const path = `${(options.basePath ?? '/api').replace(/\/$/, '')}/records/pulse/${id}`;
            const init = {
              method: 'PUT',
              headers: { 'content-type': 'application/json', 'idempotency-key': `warm-${i}`, authorization: `Bearer ${token}` },
              body: JSON.stringify({
                id,
                createdAt: WHEN,
                updatedAt: WHEN,
                memberId: `m-${m}`,
                managerId: 'boss',
                month: '2025-03',
                growth: 1 + (i % 5),
              }),
            };
            const res = await (http ? fetch(`${http.url}${path}`, init) : app.request(path, init));
            await res.arrayBuffer();
            return res.status;
          }),
        );
        for (const status of answers) if (status !== 201) failed++;
        n += size;
        sent += size;
      }
    } finally {
      http?.close();
    }
  });
  return { ms: Math.round(performance.now() - started), writes: sent, failed, connections };
}

const WHEN = '2025-01-01T00:00:00.000Z';

/** A listener for the warm-up's app on a free port of 127.0.0.1; undefined when none can be opened (then: in process). */
async function listen(fetch: (req: Request) => Response | Promise<Response>): Promise<{ url: string; close(): void } | undefined> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ url: `http://127.0.0.1:${info.port}`, close: () => (server.close(), server.closeAllConnections()) }),
    ) as Server;
    server.once('error', () => resolve(undefined));
  });
}

/** A `Db` on one connection inside the warm-up's transaction (a nested transaction is that same one). */
function onOne(db: Db, q: Queryable): Db {
  return {
    driver: db.driver,
    query: (sql, params, name) => q.query(sql, params, name),
    transaction: (fn) => fn(q),
    exec: async (sql) => void (await q.query(sql)),
    rolledBack: () => Promise.reject(new Error('Not during the warm-up.')),
    close: async () => {},
  };
}

/**
 * The warm-up's authenticator: the server's own verifier and signer, with the made-up tenant in a
 * claim. Without a signer (keys from a JWKS URL only), tokens cannot be made here: the warm-up's
 * callers are then taken at their word and the verification stays cold.
 */
function warmAuthenticator(real: Authenticator, tenant: string) {
  const claim = real.tenantClaim ?? WARM_CLAIM;
  const sign = real.sign;
  const kept = new Map<string, string>();
  const authenticator: Authenticator = sign
    ? { verify: real.verify, tenantClaim: claim }
    : { verify: async (token) => ({ personId: token, claims: { [claim]: tenant } }), tenantClaim: claim };
  /** A token for `personId`: a fresh one (`fresh`: verified, not found in the cache) or the person's usual one. */
  const token = async (personId: string, fresh: boolean): Promise<string> => {
    if (!sign) return personId;
    if (fresh) return sign(personId, { [claim]: tenant, jti: randomBytes(8).toString('hex') });
    let t = kept.get(personId);
    if (!t) kept.set(personId, (t = await sign(personId, { [claim]: tenant })));
    return t;
  };
  return { authenticator, token };
}
