/**
 * The server's entry point: `npm run server` (tsx, development) or `node dist-server/main.js`
 * (after `npm run build:server`). Opens the database (PGlite in TAIWA_DATA_DIR, or DATABASE_URL),
 * runs the migrations, listens, and on SIGTERM/SIGINT stops taking requests, finishes the ones in
 * flight, then closes the database.
 */
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createApp, type AppOptions, type TaiwaApp } from './app.js';
import { createAuthenticator } from './auth.js';
import { configFrom, type Config } from './config.js';
import { openDb, type Db } from './db.js';
import { migrate } from './migrate.js';
import { jsonLogger, silentLogger, type Logger } from './ops.js';
import { scheduleRetention } from './retention.js';
import { warmWrites, type WarmOptions, type WarmReport } from './write-warm.js';

export interface Running extends TaiwaApp {
  db: Db;
  config: Config;
  /** The options the app was built with (the warm-up builds its own from them). */
  options: AppOptions;
  close(): Promise<void>;
  /** Stops the daily retention (waits for a run in flight). */
  stopRetention(): Promise<void>;
}

/** Opens the database and builds the app, without listening (the demo mounts it in vite). */
export interface Hooks {
  /** A database opened by the caller (tests); closed with the server. */
  db?: Db;
  log?: Logger;
  /** The warm-up's size and bound (tests). */
  warm?: WarmOptions;
}

export async function startEmbedded(config: Config = configFrom(), hooks: Hooks = {}): Promise<Running> {
  const log = hooks.log ?? (config.log ? jsonLogger : silentLogger);
  const db =
    hooks.db ??
    (await openDb(config.databaseUrl ? { databaseUrl: config.databaseUrl, poolSize: config.dbPool } : { dataDir: config.dataDir }));
  const applied = await migrate(db);
  log({ level: 'info', msg: 'database ready', driver: db.driver, migrationsApplied: applied.length });
  // Fails to start without a way to verify tokens: the API is never open to anyone.
  const authenticator = createAuthenticator(config.auth, { demo: config.demo });
  const options: AppOptions = { ...config, db, log, authenticator };
  const taiwa = createApp(options);
  // Deactivated people are erased after TAIWA_RETENTION_DAYS (now, then daily).
  const stopRetention = scheduleRetention(db, config.retentionDays, log);
  return { ...taiwa, db, config, options, close: () => stopRetention().then(() => db.close()), stopRetention };
}

/**
 * Starts listening; resolves once the port is open. `/readyz` says ready once the write path is
 * warm (`warmed`; server/write-warm.ts), at once with TAIWA_WARM=0.
 */
export async function startServer(
  config: Config = configFrom(),
  hooks: Hooks = {},
): Promise<Running & { server: Server; port: number; warmed: Promise<WarmReport | undefined> }> {
  const running = await startEmbedded(config, hooks);
  const log = hooks.log ?? (config.log ? jsonLogger : silentLogger);
  if (config.warm) running.setReady(false, 'Warming up');
  let server!: Server;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: running.app.fetch, port: config.port, hostname: config.host }, (info) => resolve(info.port)) as Server;
    server.once('error', reject);
  });
  log({ level: 'info', msg: 'listening', host: config.host, port });
  let closing: Promise<void> | undefined;
  const warmed = config.warm ? warm(running, log, { ...hooks.warm, stopped: () => !!closing }) : Promise.resolve(undefined);
  const close = () =>
    (closing ??= (async () => {
      running.setReady(false);
      // Stop accepting; in-flight requests (and their transactions) finish before the database closes.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (server.closeAllConnections(), resolve()), config.shutdownMs);
        server.close(() => (clearTimeout(timer), resolve()));
        server.closeIdleConnections();
      });
      await running.stopRetention();
      // The warm-up (bounded; it starts no more writes now) rolls back before the database closes.
      await warmed;
      await running.db.close();
      log({ level: 'info', msg: 'stopped' });
    })());
  return { ...running, server, port, close, warmed };
}

/** The warm-up, then ready (unless shutting down meanwhile). A failed warm-up only means a cold start: ready all the same. */
async function warm(running: Running, log: Logger, options: WarmOptions & { stopped: () => boolean }): Promise<WarmReport | undefined> {
  // The app's router is built on its first request: that too before ready.
  await running.app.request('/healthz');
  let report: WarmReport | undefined;
  try {
    report = await warmWrites(running.options, options);
    log({ level: 'info', msg: 'warmed up', ...report });
  } catch (err) {
    log({ level: 'warn', msg: 'warm-up failed', error: (err as Error).name, detail: (err as Error).message });
  }
  if (!options.stopped()) running.setReady(true);
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const log = jsonLogger;
  startServer().then(
    (s) => {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          log({ level: 'info', msg: 'shutting down', signal });
          void s.close().then(() => process.exit(0));
        });
      }
    },
    (err: Error) => {
      log({ level: 'error', msg: 'could not start', error: err.name, detail: err.message });
      process.exit(1);
    },
  );
}
