/**
 * The contract tests' server: the production app (server/app.ts) with one tenant per path
 * (`/api/t/{tenant}`), listening on a free port over real HTTP, on a driver's database; and the one
 * place the requests' headers come from (a token, once every route requires one).
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db.js';
import type { Driver } from './helpers.js';

/** The headers every contract request carries (add the token here when routes require one). */
export function requestHeaders(_tenant?: string): Record<string, string> {
  return {};
}

export interface ContractServer {
  /** `http://127.0.0.1:port/api` */
  base: string;
  db: Db;
  close(): Promise<void>;
}

export async function startContractServer(driver: Driver): Promise<ContractServer> {
  const db = await driver.open();
  const { app } = createApp({ db, tenantsInPath: true, rateLimit: false });
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
