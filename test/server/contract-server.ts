/**
 * The contract tests' server: the production app (server/app.ts) with one tenant per path
 * (`/api/t/{tenant}`), listening on a free port over real HTTP, on a driver's database; and the one
 * place the requests' headers come from (a token, once every route requires one).
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from '../../server/app.js';
import { createAuthenticator } from '../../server/auth.js';
import type { Db } from '../../server/db.js';
import { bearer, provision, TEST_SECRET, type Driver } from './helpers.js';

/** The database of the running contract server, and the tenants whose test person exists. */
let current: { db: Db; ready: Map<string, Promise<void>> } | undefined;

/**
 * The headers every contract request carries: a token for the tenant's test person (`tester`,
 * provisioned on first use), with the tenant in its claim as the path's tenant requires.
 */
export async function requestHeaders(tenant = 'default'): Promise<Record<string, string>> {
  if (!current) throw new Error('requestHeaders: no contract server is running');
  const { db, ready } = current;
  if (!ready.has(tenant)) ready.set(tenant, provision(db, tenant, [{ id: 'tester' }]));
  await ready.get(tenant);
  return bearer('tester', { claims: { tenant } });
}

export interface ContractServer {
  /** `http://127.0.0.1:port/api` */
  base: string;
  db: Db;
  close(): Promise<void>;
}

export async function startContractServer(driver: Driver): Promise<ContractServer> {
  const db = await driver.open();
  current = { db, ready: new Map() };
  // Authentication as in production; the relations are the policy tests' subject (test/server/policy*),
  // so these tenants write every kind as one person.
  const authenticator = createAuthenticator({ secret: TEST_SECRET, tenantClaim: 'tenant' });
  const { app } = createApp({ db, authenticator, tenantsInPath: true, rateLimit: false, relationsOff: () => true });
  let server!: Server;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port)) as Server;
    server.once('error', reject);
  });
  return {
    base: `http://127.0.0.1:${port}/api`,
    db,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
    },
  };
}
